using System.Globalization;
using AngleSharp.Html.Parser;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>
/// Each page's navigation is bounded: a site with more chapters than the nav limit lists the first ones and links
/// the home page's full list, so a page's size does not grow with the number of pages.
/// </summary>
public sealed class NavigationScaleTests
{
    [Fact]
    public void A_site_with_more_chapters_than_the_limit_lists_the_first_fifty_and_links_the_full_list()
    {
        using var site = TempSite.FromBase();
        for (var i = 1; i <= 60; i++)
        {
            var n = i.ToString("00", CultureInfo.InvariantCulture);
            site.Write($"content/chapters/extra-{n}.md", $"---\ntitle: \"Extra {n}\"\nsummary: \"Extra chapter {n}.\"\norder: {100 + i}\n---\nBody of extra chapter {n}.\n");
        }

        var (code, output, errors) = site.Run("build");
        Assert.True(code == 0, output + errors);
        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "chapters", "extra-60.html")));
        var chapterLinks = page.QuerySelectorAll("nav#site-nav ol.nav-list")[0].QuerySelectorAll("a");
        Assert.Equal(50, chapterLinks.Length);
        var more = page.QuerySelector("nav#site-nav .nav-more a");
        Assert.NotNull(more);
        Assert.Equal("../index.html#chapters-heading", more!.GetAttribute("href"));
        Assert.Equal("All 62 chapters", more.TextContent);

        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.NotNull(home.GetElementById("chapters-heading"));
        Assert.Equal(62, home.QuerySelectorAll("ol.chapter-list li").Length);
    }
}
