using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Security;

/// <summary>Bad input to lint and new is a message and exit 2, never exit 3 or a hang.</summary>
public sealed class InputSafetyTests
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "pmguide.dll");

    [Fact]
    public void Lint_refuses_an_endless_device()
    {
        using var site = TempSite.FromRepository();
        var result = GeneratorProcess.Run(site.Root, null, "lint", "/dev/zero");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error PG7003: there is no answer in '/dev/zero'", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("PG9001", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_refuses_standard_input_that_is_not_utf8_or_endless()
    {
        using var site = TempSite.FromRepository();
        var invalid = GeneratorProcess.RunFile("bash", ["-c", $"printf 'I led the launch \\xff\\xfe and it worked' | dotnet '{Dll}' lint -"], site.Root);
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("stdin(1,18): error PG2001: standard input is not valid UTF-8 here", invalid.Errors, StringComparison.Ordinal);

        var endless = GeneratorProcess.RunFile("bash", ["-c", $"dotnet '{Dll}' lint - < /dev/zero"], site.Root);
        Assert.Equal(2, endless.ExitCode);
        Assert.Contains("standard input holds more than 8 MB", endless.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_refuses_an_empty_answer()
    {
        using var site = TempSite.FromRepository();
        site.Write("empty.txt", "  \n\n");
        var result = GeneratorProcess.Run(site.Root, null, "lint", "empty.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("there is no answer in 'empty.txt'", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_a_name_no_file_system_should_hold()
    {
        using var site = TempSite.FromBase();
        var result = GeneratorProcess.Run(site.Root, null, "new", "chapter", new string('a', 300));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error PG1008: the name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' is 300 characters long; ids may have at most 80", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(site.Root, "content", "chapters")), f => Path.GetFileName(f).StartsWith("aaaa", StringComparison.Ordinal));
    }
}
