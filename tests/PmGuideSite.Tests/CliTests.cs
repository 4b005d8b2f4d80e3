using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>The command line as a user runs it: exit codes, messages, and what happens to the output folder.</summary>
public sealed class CliTests
{
    [Fact]
    public void Version_and_help_describe_the_commands()
    {
        var version = GeneratorProcess.Run(TestPaths.RepoRoot, null, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output.Trim());

        var help = GeneratorProcess.Run(TestPaths.RepoRoot, null, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("build", help.Output, StringComparison.Ordinal);
        Assert.Contains("check", help.Output, StringComparison.Ordinal);

        var buildHelp = GeneratorProcess.Run(TestPaths.RepoRoot, null, "build", "--help");
        Assert.Contains("--output", buildHelp.Output, StringComparison.Ordinal);
        Assert.Contains("--config", buildHelp.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_exit_with_code_2()
    {
        var result = GeneratorProcess.Run(TestPaths.RepoRoot, null, "build", "--no-such-option");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_config_is_a_configuration_error()
    {
        using var site = TempSite.FromBase();
        File.Delete(Path.Combine(site.Root, "site.yml"));
        var result = GeneratorProcess.Run(site.Root, null, "build");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error PG1001", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_in_the_site_folder_writes_site_and_check_writes_nothing()
    {
        using var site = TempSite.FromBase();
        var check = GeneratorProcess.Run(site.Root, null, "check");
        Assert.True(check.ExitCode == 0, check.Errors);
        Assert.False(Directory.Exists(site.Output));

        var build = GeneratorProcess.Run(site.Root, null);
        Assert.True(build.ExitCode == 0, build.Errors);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.Contains("load", build.Output, StringComparison.Ordinal);
        Assert.Contains("Build succeeded", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_error_prints_one_msbuild_line_exits_1_and_keeps_the_previous_site()
    {
        using var site = TempSite.FromBase();
        Assert.Equal(0, GeneratorProcess.Run(site.Root, null, "build").ExitCode);
        var before = TempSite.Snapshot(site.Output);
        var examplePath = Path.Combine(site.Root, "content", "examples", "checkout.md");
        File.WriteAllText(examplePath, File.ReadAllText(examplePath).Replace("principle: dive-deep", "principle: dive-deeep", StringComparison.Ordinal));

        var result = GeneratorProcess.Run(site.Root, null, "build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/examples/checkout.md(3,12): error PG2101: unknown principle 'dive-deeep' (did you mean 'dive-deep'?)", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
    }

    [Fact]
    public void Under_github_actions_errors_are_also_workflow_annotations()
    {
        using var site = TempSite.FromBase();
        site.Write("content/chapters/next.md", "---\ntitle: \"Next\"\nsummary: \"s\"\norder: 2\n---\n[x](missing.md)\n");
        var result = GeneratorProcess.Run(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::error file=content/chapters/next.md,line=6,col=1,title=PG5001::PG5001: the link points to a missing page", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("theme")]
    [InlineData(".")]
    [InlineData("/")]
    public void Refuses_to_write_over_sources_or_the_root(string output)
    {
        using var site = TempSite.FromBase();
        var before = TempSite.Snapshot(Path.Combine(site.Root, "content"));
        var result = GeneratorProcess.Run(site.Root, null, "build", "--output", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error PG1006: refusing to write", result.Errors, StringComparison.Ordinal);
        Assert.Equal(before.Keys, TempSite.Snapshot(Path.Combine(site.Root, "content")).Keys);
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical_whatever_the_locale()
    {
        using var site = TempSite.FromRepository();
        var first = Path.Combine(site.Root, "out-a");
        var second = Path.Combine(site.Root, "out-b");
        Assert.Equal(0, GeneratorProcess.Run(site.Root, new Dictionary<string, string> { ["LANG"] = "C.UTF-8", ["TZ"] = "UTC" }, "build", "-o", first).ExitCode);
        Assert.Equal(0, GeneratorProcess.Run(site.Root, new Dictionary<string, string> { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Pacific/Kiritimati" }, "build", "-o", second).ExitCode);
        var a = TempSite.Snapshot(first);
        var b = TempSite.Snapshot(second);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(b[kv.Key]), kv.Key + " differs between builds"));
    }
}
