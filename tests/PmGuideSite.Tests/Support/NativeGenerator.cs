using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PmGuideSite.Tests.Support;

/// <summary>
/// The native generator the README's "Faster builds" command makes: <c>dotnet publish generator -c Release</c>, run
/// once per test class (xunit class fixture). The first publish compiles the whole program ahead of time (a minute
/// or two on two cores); later ones only check that nothing changed.
/// </summary>
public sealed partial class NativeGenerator
{
    public NativeGenerator()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", Path.Combine("generator", "PmGuideSite.csproj"), "-c", "Release", "--nologo", "-v", "quiet", "-clp:ErrorsOnly" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish did not finish within 15 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
        }

        Executable = Path.Combine(TestPaths.RepoRoot, "generator", "bin", "Release", "net10.0", "linux-x64", "publish", "pmguide");
        if (!File.Exists(Executable))
        {
            throw new FileNotFoundException("dotnet publish did not make the native generator where the README says", Executable);
        }
    }

    /// <summary>The native executable.</summary>
    public string Executable { get; }

    /// <summary>Runs the native executable with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public (int ExitCode, string Output, string Errors) Run(string workingDirectory, string? input, params string[] args) =>
        Start(Executable, [], workingDirectory, input, args);

    /// <summary>Runs <c>dotnet pmguide.dll</c> (the tests' own build, compiled just in time) the same way.</summary>
    public static (int ExitCode, string Output, string Errors) RunDll(string workingDirectory, string? input, params string[] args) =>
        Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "pmguide.dll")], workingDirectory, input, args);

    /// <summary>Starts the native executable with redirected output (for <c>serve</c>).</summary>
    public Process StartProcess(string workingDirectory, params string[] args)
    {
        var info = Info(Executable, [], workingDirectory, args);
        return Process.Start(info)!;
    }

    /// <summary>The text with timings (which differ from run to run) replaced by placeholders.</summary>
    public static string WithoutTimings(string text) => Seconds().Replace(Milliseconds().Replace(text, "(# ms)"), "in # s");

    private static (int, string, string) Start(string file, string[] prefix, string workingDirectory, string? input, string[] args)
    {
        var info = Info(file, prefix, workingDirectory, args);
        info.RedirectStandardInput = input is not null;
        using var process = Process.Start(info)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within 2 minutes");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }

    private static ProcessStartInfo Info(string file, string[] prefix, string workingDirectory, string[] args)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in prefix.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("GITHUB_ACTIONS");
        return info;
    }

    [GeneratedRegex(@"\(\d+ ms\)")]
    private static partial Regex Milliseconds();

    [GeneratedRegex(@"in \d+\.\d\d s")]
    private static partial Regex Seconds();
}
