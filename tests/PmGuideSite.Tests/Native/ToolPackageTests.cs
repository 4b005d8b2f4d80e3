using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Native;

/// <summary>Test classes that build the generator in Release (publish, pack) share its obj folder, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuilds
{
    public const string Name = "release builds of the generator";
}

/// <summary>
/// The README's tool install: <c>dotnet pack generator -c Release</c> makes a .NET tool package that installs with
/// <c>dotnet tool install</c> and builds the shipped site to the same bytes as the generator run from the checkout.
/// </summary>
[Collection(ReleaseBuilds.Name)]
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_builds_the_shipped_site_byte_identical()
    {
        using var site = TempSite.FromRepository();
        var packages = Path.Combine(site.Root, "packages");
        var tools = Path.Combine(site.Root, "tools");
        // --no-restore: the test run restored the project already, and a restore here would rewrite its lock file without
        // the linux-x64 section the native publish needs.
        Run("dotnet", ["pack", Path.Combine(TestPaths.RepoRoot, "generator", "PmGuideSite.csproj"), "-c", "Release", "-o", packages, "--nologo", "-v", "quiet", "--no-restore"], site.Root);
        // Only the package just made: no other feed (a 'pmguide' elsewhere) and no cached copy of an earlier pack.
        var config = Path.Combine(site.Root, "nuget.config");
        File.WriteAllText(config, $"<configuration><packageSources><clear /><add key=\"local\" value=\"{packages}\" /></packageSources></configuration>");
        Run("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", config, "pmguide"], site.Root,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(site.Root, "nuget-cache") });

        // The site needs its npm packages (lunr.js, ts-fsrs) beside site.yml, as a checkout has them.
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "node_modules"), Path.Combine(TestPaths.RepoRoot, "node_modules"));
        var tool = GeneratorProcess.RunFile(Path.Combine(tools, "pmguide"), ["build", "--output", "by-tool", "--quiet"], site.Root);
        Assert.True(tool.ExitCode == 0, tool.Errors);
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);

        var expected = TempSite.Snapshot(site.Output);
        var actual = TempSite.Snapshot(Path.Combine(site.Root, "by-tool"));
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(actual[kv.Key]), kv.Key + " differs"));
    }

    private static void Run(string file, string[] args, string directory, IDictionary<string, string>? environment = null)
    {
        var result = GeneratorProcess.RunFile(file, args, directory, input: null, environment);
        Assert.True(result.ExitCode == 0, $"{file} {string.Join(' ', args)} failed ({result.ExitCode}):\n{result.Output}\n{result.Errors}");
    }
}
