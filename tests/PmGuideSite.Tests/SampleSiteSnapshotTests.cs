using System.Text;
using PmGuideSite.Search;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>
/// Builds the small spec site and compares every output file with <c>Specs/SampleSiteExpected/</c>, so a change in
/// output shows in review as a readable diff. Set PMGUIDE_UPDATE_SPECS=1 to accept new output.
/// </summary>
public sealed class SampleSiteSnapshotTests
{
    [Fact]
    public void The_sample_site_matches_the_committed_output_file_by_file()
    {
        using var site = TempSite.FromBase();
        var (code, _, errors) = site.Run("build", "--quiet");
        Assert.True(code == 0, errors);
        var actual = TempSite.Snapshot(site.Output);
        var expectedDir = Path.Combine(TestPaths.Specs, "SampleSiteExpected");
        if (TestPaths.UpdateExpected)
        {
            if (Directory.Exists(expectedDir))
            {
                Directory.Delete(expectedDir, recursive: true);
            }

            foreach (var (path, bytes) in actual.Where(kv => !kv.Key.StartsWith("assets/", StringComparison.Ordinal)))
            {
                var target = Path.Combine(expectedDir, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
        }

        // Theme assets are copied verbatim and checked by equality with the theme instead of a second copy here.
        var expected = TempSite.Snapshot(expectedDir);
        Assert.Equal(expected.Keys, actual.Keys.Where(k => !k.StartsWith("assets/", StringComparison.Ordinal)));
        foreach (var (path, bytes) in expected)
        {
            Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(actual[path]));
        }

        foreach (var asset in actual.Keys.Where(k => k.StartsWith("assets/", StringComparison.Ordinal)))
        {
            var npm = NpmPackages.Files.FirstOrDefault(f => f.OutputPath == asset);
            var source = npm is not null
                ? Path.Combine(TestPaths.RepoRoot, "node_modules", npm.Package, npm.File)
                : Path.Combine(TestPaths.RepoRoot, "theme", asset);
            Assert.True(File.ReadAllBytes(source).AsSpan().SequenceEqual(actual[asset]), asset);
        }
    }
}
