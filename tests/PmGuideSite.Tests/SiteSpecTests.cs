using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>
/// Diagnostics specs: each <c>Specs/Sites/NNN-name.txt</c> changes the base site; <c>NNN-name.out.txt</c> holds the exit
/// code and the diagnostics. Every failing case must also leave the previous output byte-identical.
/// </summary>
public sealed class SiteSpecTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Specs, "Sites"), "*.txt").Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_gives_the_expected_diagnostics_and_keeps_the_previous_site(string name)
    {
        using var site = TempSite.FromBase();
        var first = site.Run("build", "--quiet");
        Assert.True(first.ExitCode == 0, "the base site must build: " + first.Errors);
        var before = TempSite.Snapshot(site.Output);

        var bundle = File.ReadAllText(Path.Combine(TestPaths.Specs, "Sites", name + ".txt"));
        Bundle.Apply(bundle, site);
        var (code, _, errors) = site.Run("build", "--quiet");
        var actual = $"exit {code}\n" + string.Concat(errors.Split('\n').Where(l => l.Length > 0 && !l.Contains(" succeeded in ", StringComparison.Ordinal)).Select(l => l + "\n"));

        // chmod cannot stop root (CI runs as root): such cases keep a second expected file for that documented behaviour.
        var asRoot = Bundle.UsesChmod(bundle) && PermissionProbe.PermissionsDoNotBind();
        var expectedPath = Path.Combine(TestPaths.Specs, "Sites", name + (asRoot ? ".asroot.out.txt" : ".out.txt"));
        ExpectedFile.Check(expectedPath, actual, "FullyQualifiedName~SiteSpecTests");
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        if (code != 0)
        {
            var after = TempSite.Snapshot(site.Output);
            Assert.Equal(before.Keys, after.Keys);
            foreach (var (path, bytes) in before)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed after a failed build");
            }
        }
    }
}
