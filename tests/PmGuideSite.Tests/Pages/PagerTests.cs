using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Pages;

/// <summary>Previous/next links between worked examples and between question banks, in the order the site lists them.</summary>
public sealed class PagerTests(BuiltRepositorySite site) : IClassFixture<BuiltRepositorySite>
{
    private static readonly HtmlParser s_parser = new();

    private IDocument Load(string path) => s_parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    [Fact]
    public void Worked_examples_link_to_their_neighbours_in_the_home_pages_order()
    {
        var listed = Load("index.html").QuerySelectorAll(".example-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(listed.Count >= 3, "the real content should have several examples");
        AssertChain(listed, "Previous and next worked example");
    }

    [Fact]
    public void Question_banks_link_to_their_neighbours_in_the_navigations_order_of_principles()
    {
        var banks = Load("index.html").QuerySelectorAll("#site-nav a[href^='principles/']")
            .Select(a => a.GetAttribute("href")!.Replace("principles/", "questions/", StringComparison.Ordinal))
            .Where(href => File.Exists(Path.Combine(site.Output, href)))
            .ToList();
        Assert.Equal(16, banks.Count);
        AssertChain(banks, "Previous and next question bank");
    }

    [Fact]
    public void Chapters_keep_their_pager_label()
    {
        var pager = Load("chapters/dive-deep.html").QuerySelector("nav.pager");
        Assert.Equal("Previous and next chapter", pager?.GetAttribute("aria-label"));
    }

    // Each page (root-relative paths, in order) links rel=prev to the one before and rel=next to the one after; the first
    // has no previous link and the last no next link.
    private void AssertChain(IReadOnlyList<string> pages, string label)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var document = Load(pages[i]);
            var pager = document.QuerySelector("main nav.pager");
            Assert.True(pager is not null, $"{pages[i]} has no pager");
            Assert.Equal(label, pager!.GetAttribute("aria-label"));
            Assert.Equal(i > 0 ? "../" + pages[i - 1] : null, pager.QuerySelector("a[rel='prev']")?.GetAttribute("href"));
            Assert.Equal(i + 1 < pages.Count ? "../" + pages[i + 1] : null, pager.QuerySelector("a[rel='next']")?.GetAttribute("href"));
        }
    }
}
