using System.Buffers.Binary;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Output;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Pages;

/// <summary>The web app manifest and sw.js: relative URLs, every file precached, a version that follows the output.</summary>
public sealed partial class OfflineAppTests
{
    [Fact]
    public void The_worker_lists_every_file_a_reader_needs_and_each_exists()
    {
        using var site = Built();
        var listed = Listed(site.Output);
        var written = TempSite.Snapshot(site.Output).Keys.Where(p => p is not (".pmguide-output" or "sw.js")).ToList();
        Assert.Equal(written, listed);
        Assert.Contains("search/index.js", listed);
        Assert.Contains("search/index-0.js", listed);
        Assert.Contains("search/store-0.js", listed);
        Assert.Contains("data/questions.js", listed);
        Assert.Contains("assets/js/service-worker.js", listed);
        Assert.Contains("print.html", listed);
        Assert.EndsWith("importScripts(\"assets/js/service-worker.js\");\n", File.ReadAllText(Path.Combine(site.Output, "sw.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_base_url_the_crawler_files_are_not_precached()
    {
        using var site = TempSite.FromBase();
        File.AppendAllText(Path.Combine(site.Root, "site.yml"), "base_url: \"https://example.org/g/\"\n");
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);
        var listed = Listed(site.Output);
        Assert.DoesNotContain("sitemap.xml", listed);
        Assert.DoesNotContain("robots.txt", listed);
        Assert.True(File.Exists(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public void The_version_is_the_same_for_the_same_output_and_changes_with_any_file()
    {
        using var site = Built();
        var first = VersionOf(site.Output);
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);
        Assert.Equal(first, VersionOf(site.Output));

        // A change that touches only print.html and the chapter's page (both streamed to disk while rendering).
        File.AppendAllText(Path.Combine(site.Root, "content", "chapters", "next.md"), "\nOne more line.\n");
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);
        var second = VersionOf(site.Output);
        Assert.NotEqual(first, second);

        // A theme asset copied as it is.
        File.AppendAllText(Path.Combine(site.Root, "theme", "assets", "css", "site.css"), "\n/* changed */\n");
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);
        Assert.NotEqual(second, VersionOf(site.Output));
    }

    [Fact]
    public void A_build_in_memory_writes_the_same_worker_as_one_streamed_to_disk()
    {
        using var site = Built();
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics)!;
        var result = SiteBuilder.Build(config, diagnostics, forWriting: true);
        Assert.NotNull(result);
        var worker = result!.Site.Files.Single(f => f.Key == "sw.js").Value;
        Assert.Equal(File.ReadAllText(Path.Combine(site.Output, "sw.js")), Assert.IsType<SiteFile.Text>(worker).Content);
    }

    [Fact]
    public void The_manifest_uses_relative_urls_and_the_themes_png_icons_and_every_page_links_it()
    {
        using var site = Built();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "manifest.webmanifest")));
        var root = manifest.RootElement;
        Assert.Equal("Sample Guide", root.GetProperty("name").GetString());
        Assert.Equal("index.html", root.GetProperty("start_url").GetString());
        Assert.Equal("./", root.GetProperty("scope").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        Assert.Equal(["192x192", "512x512"], icons.Select(i => i.GetProperty("sizes").GetString()));
        foreach (var icon in icons)
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, icon.GetProperty("src").GetString()!));
            Assert.Equal("image/png", icon.GetProperty("type").GetString());
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4e, 0x47 }, bytes[..4]);
            var size = int.Parse(icon.GetProperty("sizes").GetString()!.Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
            Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        }

        var parser = new HtmlParser();
        var chapter = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "chapters", "intro.html")));
        Assert.Equal("../manifest.webmanifest", chapter.QuerySelector("link[rel='manifest']")?.GetAttribute("href"));
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Equal("manifest.webmanifest", home.QuerySelector("link[rel='manifest']")?.GetAttribute("href"));
    }

    [Fact]
    public void Serve_writes_no_worker()
    {
        // serve builds with a cache; a service worker in front of its pages would hide each edit.
        using var site = Built();
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(Path.Combine(site.Root, "site.yml"), diagnostics)!;
        var result = SiteBuilder.Build(config, diagnostics, forWriting: false, cache: new PmGuideSite.Serve.BuildCache());
        Assert.NotNull(result);
        Assert.DoesNotContain(result!.Site.Files, f => f.Key == "sw.js");
        Assert.Contains(result.Site.Files, f => f.Key == "manifest.webmanifest");
    }

    private static TempSite Built()
    {
        var site = TempSite.FromBase();
        var (code, output, errors) = site.Run("build", "--quiet");
        Assert.True(code == 0, output + errors);
        return site;
    }

    private static List<string> Listed(string output) =>
        File.ReadAllLines(Path.Combine(output, "sw.js")).Where(l => l.StartsWith("  \"", StringComparison.Ordinal))
            .Select(l => Uri.UnescapeDataString(l.Trim().TrimEnd(',').Trim('"'))).ToList();

    private static string VersionOf(string output) => VersionPattern().Match(File.ReadAllText(Path.Combine(output, "sw.js"))).Groups[1].Value;

    [GeneratedRegex("\"version\": \"([0-9a-f]{20})\"")]
    private static partial Regex VersionPattern();
}
