using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>Structural checks over the site built from the real content: links, anchors, headings, titles, navigation.</summary>
public sealed class SiteStructureTests(BuiltRepositorySite site) : IClassFixture<BuiltRepositorySite>
{
    private static readonly HtmlParser s_parser = new();

    private IEnumerable<(string Path, IDocument Document)> Pages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(site.Output, f).Replace('\\', '/'), (IDocument)s_parser.ParseDocument(File.ReadAllText(f))));

    [Fact]
    public void The_real_content_builds_with_no_errors_or_warnings()
    {
        Assert.True(site.ExitCode == 0, site.Log);
        Assert.Contains("0 errors, 0 warnings", site.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_type_is_written()
    {
        foreach (var path in new[] { "index.html", "404.html", "chapters/dive-deep.html", "principles/dive-deep.html", "questions/dive-deep.html", "examples/mobile-checkout-latency.html" })
        {
            Assert.True(File.Exists(Path.Combine(site.Output, path)), path + " is missing");
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves_as_a_file_url_would()
    {
        // The link gate (Gates/LinkChecker) is the one checker; LinkGateTests also lists the external links.
        var broken = Gates.LinkChecker.Check(site.Output).Broken;
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public void Every_page_has_one_h1_a_title_a_language_and_the_navigation()
    {
        foreach (var (path, document) in Pages())
        {
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{path} should have exactly one h1");
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{path} has no title");
            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            var nav = document.QuerySelector("nav#site-nav");
            Assert.NotNull(nav);
            var chapters = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "content", "chapters"), "*.md").Length;
            Assert.Equal(1 + 6 + chapters + 16, nav!.QuerySelectorAll("a").Length); // home, the six study tools, chapters, principles
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.NotNull(document.QuerySelector("a.skip-link[href='#main']"));
            Assert.Empty(document.QuerySelectorAll("script:not([src])"));
            Assert.Empty(document.QuerySelectorAll("[style]"));
        }
    }

    [Fact]
    public void Each_principle_page_links_its_questions_examples_and_the_chapters_that_discuss_it()
    {
        var document = s_parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "principles", "dive-deep.html")));
        var hrefs = document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../questions/dive-deep.html#dive-deep-01", hrefs);
        Assert.Contains("../examples/mobile-checkout-latency.html", hrefs);
        Assert.Contains("../chapters/dive-deep.html", hrefs);
    }

    [Fact]
    public void No_sitemap_without_a_base_url()
    {
        Assert.False(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
    }
}
