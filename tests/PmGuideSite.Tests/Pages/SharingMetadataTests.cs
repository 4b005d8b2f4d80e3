using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Pages;

/// <summary>Canonical links, Open Graph and Twitter tags, JSON-LD and robots.txt: present with base_url, absent without.</summary>
public sealed class SharingMetadataTests
{
    private const string BaseUrl = "https://example.org/pm-guide/";
    private const string HostileTitle = "Say \"no\" & <mean> it </script><script>alert('x')</script> \u2028 done";

    private static readonly HtmlParser s_parser = new();

    [Fact]
    public void With_a_base_url_every_shared_page_has_a_canonical_link_open_graph_and_twitter_tags()
    {
        using var site = Build(withBaseUrl: true);
        foreach (var (path, document) in Pages(site.Output).Where(p => p.Path != "404.html"))
        {
            var url = BaseUrl + path;
            Assert.Equal(url, document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
            Assert.Equal(url, Meta(document, "og:url"));
            Assert.Equal(BaseUrl + "assets/social-card.png", Meta(document, "og:image"));
            Assert.Equal(BaseUrl + "assets/social-card.png", Meta(document, "twitter:image"));
            Assert.Equal("Sample Guide", Meta(document, "og:site_name"));
            Assert.Equal(path == "index.html" ? "website" : "article", Meta(document, "og:type"));
            Assert.Equal(document.QuerySelector("meta[name='description']")?.GetAttribute("content"), Meta(document, "og:description"));
            Assert.Equal("summary_large_image", Meta(document, "twitter:card"));
            Assert.False(string.IsNullOrEmpty(Meta(document, "og:title")), path);
        }

        var home = Load(site.Output, "index.html");
        Assert.Equal("Sample Guide", Meta(home, "og:title"));
        var chapter = Load(site.Output, "chapters/intro.html");
        Assert.Equal("Introduction", Meta(chapter, "og:title"));
        Assert.Equal("Introduction", Meta(chapter, "twitter:title"));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "social-card.png")));
    }

    [Fact]
    public void With_a_base_url_json_ld_describes_the_home_page_chapters_principles_and_examples()
    {
        using var site = Build(withBaseUrl: true);
        var expected = new Dictionary<string, string>
        {
            ["index.html"] = "WebSite", ["chapters/intro.html"] = "TechArticle", ["principles/dive-deep.html"] = "Article",
            ["examples/checkout.html"] = "Article",
        };
        foreach (var (path, type) in expected)
        {
            using var json = JsonLd(Load(site.Output, path));
            Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
            Assert.Equal(type, json.RootElement.GetProperty("@type").GetString());
            Assert.Equal(BaseUrl + path, json.RootElement.GetProperty("url").GetString());
        }

        foreach (var path in new[] { "questions/dive-deep.html", "search.html", "practice.html", "404.html" })
        {
            Assert.Empty(Load(site.Output, path).QuerySelectorAll("script[type='application/ld+json']"));
        }

        var missing = Load(site.Output, "404.html");
        Assert.Null(missing.QuerySelector("link[rel='canonical']"));
        Assert.Null(Meta(missing, "og:url"));
    }

    [Fact]
    public void With_a_base_url_robots_txt_names_the_sitemap()
    {
        using var site = Build(withBaseUrl: true);
        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: {BaseUrl}sitemap.xml\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public void A_hostile_title_is_escaped_in_attributes_and_cannot_end_the_json_ld_script()
    {
        using var site = Build(withBaseUrl: true);
        var html = File.ReadAllText(Path.Combine(site.Output, "chapters", "hostile.html"));
        // Only the one JSON-LD script element closes: the title's </script> is escaped inside it.
        Assert.Equal(1, CountOf(html, "<script type=\"application/ld+json\">"));
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        var script = html[start..end];
        Assert.DoesNotContain("<", script["<script".Length..], StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", script, StringComparison.Ordinal);

        var document = s_parser.ParseDocument(html);
        Assert.Equal(HostileTitle, Meta(document, "og:title"));
        Assert.Equal(HostileTitle, Meta(document, "twitter:title"));
        using var json = JsonLd(document);
        Assert.Equal(HostileTitle, json.RootElement.GetProperty("headline").GetString());
        // The parsed page has exactly the scripts of a chapter with a harmless title: none came from the title.
        Assert.Equal(Load(site.Output, "chapters/intro.html").QuerySelectorAll("script").Length, document.QuerySelectorAll("script").Length);
        Assert.DoesNotContain("alert(", string.Concat(document.QuerySelectorAll("script:not([type])").Select(s => s.TextContent)), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_base_url_no_page_has_sharing_metadata_or_an_absolute_url_of_its_own()
    {
        using var site = Build(withBaseUrl: false);
        foreach (var (path, document) in Pages(site.Output))
        {
            Assert.Null(document.QuerySelector("link[rel='canonical']"));
            Assert.Empty(document.QuerySelectorAll("meta[property^='og:'], meta[name^='twitter:'], script[type='application/ld+json']"));
            Assert.DoesNotContain("example.org/pm-guide", document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(site.Output, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
    }

    private static TempSite Build(bool withBaseUrl)
    {
        var site = TempSite.FromBase();
        if (withBaseUrl)
        {
            File.AppendAllText(Path.Combine(site.Root, "site.yml"), $"base_url: \"{BaseUrl}\"\n");
        }

        var yamlTitle = HostileTitle.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\u2028", "\\L", StringComparison.Ordinal);
        site.Write("content/chapters/hostile.md", $"---\ntitle: \"{yamlTitle}\"\nsummary: \"A title with quotes & a closing script tag.\"\norder: 3\n---\nText.\n");
        var (code, output, errors) = site.Run("build", "--quiet");
        Assert.True(code == 0, output + errors);
        return site;
    }

    private static IEnumerable<(string Path, IDocument Document)> Pages(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(output, f).Replace('\\', '/'), (IDocument)s_parser.ParseDocument(File.ReadAllText(f))));

    private static IDocument Load(string output, string path) => s_parser.ParseDocument(File.ReadAllText(Path.Combine(output, path)));

    private static string? Meta(IDocument document, string key) =>
        document.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    private static JsonDocument JsonLd(IDocument document)
    {
        var scripts = document.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        return JsonDocument.Parse(scripts[0].TextContent);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
