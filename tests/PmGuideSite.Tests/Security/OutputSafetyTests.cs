using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Security;

/// <summary>The output folder is replaced whole, so the build must refuse any folder whose loss would hurt, and two
/// writers must never share one.</summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData(".git")]
    [InlineData(".git/objects")]
    [InlineData("checkout")]
    public void Refuses_a_repository_or_a_folder_holding_one(string output)
    {
        using var site = TempSite.FromBase();
        site.Write(".git/HEAD", "ref: refs/heads/main\n");
        site.Write(".git/objects/keep", "history\n");
        site.Write("checkout/.git/HEAD", "ref: refs/heads/main\n");
        var before = TempSite.Snapshot(Path.Combine(site.Root, ".git"));

        var result = GeneratorProcess.Run(site.Root, null, "build", "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error PG1006: refusing to write the site", result.Errors, StringComparison.Ordinal);
        Assert.Contains("repository", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
        var after = TempSite.Snapshot(Path.Combine(site.Root, ".git"));
        Assert.Equal(before.Keys, after.Keys);
        Assert.True(File.Exists(Path.Combine(site.Root, "checkout", ".git", "HEAD")));
    }

    [Fact]
    public void Refuses_a_non_empty_folder_it_did_not_write_and_replaces_one_it_did()
    {
        using var site = TempSite.FromBase();
        site.Write("notes/thesis.txt", "two years of work\n");
        var refused = GeneratorProcess.Run(site.Root, null, "build", "--output", "notes");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("it is not empty and no earlier build wrote it", refused.Errors, StringComparison.Ordinal);
        Assert.Equal("two years of work\n", File.ReadAllText(Path.Combine(site.Root, "notes", "thesis.txt")));

        Assert.Equal(0, GeneratorProcess.Run(site.Root, null, "build", "--output", "fresh").ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, "fresh", ".pmguide-output")));
        Assert.Equal(0, GeneratorProcess.Run(site.Root, null, "build", "--output", "fresh").ExitCode);
    }

    [Fact]
    public void A_second_build_into_a_locked_folder_waits_then_exits_2_and_the_site_is_untouched()
    {
        using var site = TempSite.FromBase();
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);
        var before = TempSite.Snapshot(site.Output);

        // Another process holds the lock, as a running build would.
        using (new FileStream(Path.Combine(site.Root, "._site.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var result = GeneratorProcess.Run(site.Root, new Dictionary<string, string> { ["PMGUIDE_LOCK_WAIT_SECONDS"] = "1" }, "build");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error PG6003: another build is writing '_site'", result.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
        }

        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.staging-*"));
    }

    [Fact]
    public async Task Two_builds_at_once_both_succeed_in_turn_and_leave_a_complete_site()
    {
        using var site = TempSite.FromRepository();
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);
        var expected = TempSite.Snapshot(site.Output);

        var builds = Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => GeneratorProcess.Run(site.Root, null, "build")))
            .ToArray();
        var results = await Task.WhenAll(builds);

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(expected.Keys, after.Keys);
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }
}
