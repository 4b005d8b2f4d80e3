using PmGuideSite.Testing;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Gates;

/// <summary>The link gate on the real site (zero broken; external links listed, never fetched).</summary>
public sealed class LinkGateTests(BuiltRepositorySite site) : IClassFixture<BuiltRepositorySite>
{
    [Fact]
    public void Every_internal_link_and_anchor_of_the_real_site_resolves_from_file_urls()
    {
        Assert.True(site.ExitCode == 0, site.Log);
        var report = LinkChecker.Check(site.Output);
        var artifacts = Path.Combine(GateSites.RepoRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllLines(Path.Combine(artifacts, "external-links.txt"), report.External);
        Assert.True(report.Broken.Count == 0, "broken links:\n" + string.Join('\n', report.Broken));
    }
}

/// <summary>The link gate's checker on the broken fixture: it must name the page and the element.</summary>
public sealed class LinkGateNegativeTests(BrokenGateSite broken) : IClassFixture<BrokenGateSite>
{
    [Fact]
    public void A_dead_link_is_reported_with_its_page_and_element()
    {
        var report = LinkChecker.Check(broken.Output);
        Assert.Contains(report.Broken, line => line.StartsWith(GateSites.BrokenPage + ": <a class=\"gate-dead-link\" href=\"no-such-chapter.html\">", StringComparison.Ordinal)
            && line.Contains("missing file 'chapters/no-such-chapter.html'", StringComparison.Ordinal));
        Assert.Contains("https://example.invalid/remote.png", report.External);
        // print.html holds every chapter, so the broken chapter's raw-HTML problems show there too; nowhere else.
        Assert.All(report.Broken, line => Assert.True(
            line.StartsWith(GateSites.BrokenPage, StringComparison.Ordinal) || line.StartsWith("print.html: ", StringComparison.Ordinal), line));
    }

    [Fact]
    public void Folder_urls_root_relative_urls_missing_anchors_and_bad_schemes_are_broken_from_file_urls()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pmguide-gates", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "chapters"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.html"), "<!DOCTYPE html><title>t</title><h1 id=\"top\">x</h1>"
                + "<a href=\"chapters/\">folder</a><a href=\"/index.html\">root</a><a href=\"index.html#nowhere\">anchor</a>"
                + "<a href=\"javascript:void(0)\">script</a><a href=\"index.html#top\">ok</a><a href=\"#top\">ok</a><a href=\"../outside.html\">out</a>");
            File.WriteAllText(Path.Combine(folder, "chapters", "index.html"), "<!DOCTYPE html><title>t</title><a href=\"../index.html?q=1#top\">ok</a>");
            var broken = LinkChecker.Check(folder).Broken;
            Assert.Equal(5, broken.Count);
            Assert.Contains(broken, b => b.Contains("\"chapters/\"", StringComparison.Ordinal) && b.Contains("folder URL", StringComparison.Ordinal));
            Assert.Contains(broken, b => b.Contains("root-relative", StringComparison.Ordinal));
            Assert.Contains(broken, b => b.Contains("no element with id 'nowhere'", StringComparison.Ordinal));
            Assert.Contains(broken, b => b.Contains("scheme", StringComparison.Ordinal));
            Assert.Contains(broken, b => b.Contains("leaves the site folder", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
