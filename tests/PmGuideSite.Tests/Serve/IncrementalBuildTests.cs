using System.Text.RegularExpressions;
using PmGuideSite.Serve;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Serve;

/// <summary>
/// A rebuild in serve reads, renders and templates only what an edit affects and rewrites only changed files, leaving
/// print.html, the search index and the sitemap to a follow-up; after the follow-up the folder holds a full build's bytes.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void Every_kind_of_edit_converges_on_a_full_build_after_the_follow_up()
    {
        using var site = TempSite.FromRepository();
        Age(site.Root);
        var rebuilder = new Rebuilder(Path.Combine(site.Root, "site.yml"), null);
        var first = rebuilder.Rebuild(strict: false);
        Assert.True(first.Succeeded, Describe(first));
        Assert.Null(rebuilder.FollowUp);
        Assert.Equal(0, first.ReusedPages);
        AssertSameAsFullBuild(site);
        var pageCount = first.Pages;

        // 1. A body edit: one file read, one body rendered, one page templated and written; the reload can go out before
        // the search index and print.html, which the follow-up then brings in line.
        var faq = Path.Combine(site.Root, "content", "chapters", "faq.md");
        var index = Path.Combine(site.Output, "search", "index.js");
        var indexBefore = File.ReadAllBytes(index);
        File.AppendAllText(faq, "\nOne more paragraph, added by the incremental test.\n");
        var edit = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.True(edit.Succeeded, Describe(edit));
        Assert.Equal((1, 1, 1), (edit.ReadFiles, edit.RenderedBodies, edit.RenderedPages));
        Assert.Equal(pageCount - 2, edit.ReusedPages);
        Assert.Equal(["chapters/faq.html"], edit.Changed);
        Assert.Equal(indexBefore, File.ReadAllBytes(index));
        Assert.Equal(["print.html", "search/index.js", "search/words.js"], WithoutSearchParts(site, FollowUp(rebuilder).Changed));
        AssertSameAsFullBuild(site);

        // 2. Nothing changed: nothing templated, nothing written (the file just saved is read again, see ContentFileCache).
        var idle = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.Equal((0, 0), (idle.RenderedPages, idle.RenderedBodies));
        Assert.Empty(idle.Changed);
        Assert.Empty(FollowUp(rebuilder).Changed);

        // 3. A title shows in every page's navigation: every page is templated again.
        File.WriteAllText(faq, File.ReadAllText(faq).Replace("title: \"", "title: \"Renamed: ", StringComparison.Ordinal));
        var title = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.True(title.Succeeded, Describe(title));
        Assert.Equal(pageCount - 1, title.RenderedPages);
        Assert.True(title.Changed.Count > 50, $"only {title.Changed.Count} files changed");
        FollowUp(rebuilder);
        AssertSameAsFullBuild(site);

        // 4. A question bank edit (its page, the study data, the principle page's question list).
        var bank = Path.Combine(site.Root, "content", "questions", "ownership.yml");
        File.WriteAllText(bank, File.ReadAllText(bank).Replace("text: \"", "text: \"Edited: ", StringComparison.Ordinal));
        var banked = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.True(banked.Succeeded, Describe(banked));
        Assert.Contains("questions/ownership.html", banked.Changed);
        FollowUp(rebuilder);
        AssertSameAsFullBuild(site);

        // 5. A partial of the theme: every page, and print.html in the follow-up.
        var footer = Path.Combine(site.Root, "theme", "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("Works offline:", "Edited footer. Works offline:", StringComparison.Ordinal));
        var themed = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.True(themed.Succeeded, Describe(themed));
        Assert.Equal(pageCount - 1, themed.RenderedPages);
        Assert.Contains("index.html", themed.Changed);
        Assert.Contains("print.html", FollowUp(rebuilder).Changed);
        AssertSameAsFullBuild(site);

        // 6. site.yml: a base URL changes the 404 page and adds sitemap.xml (a follow-up file); removing it deletes the sitemap.
        var config = Path.Combine(site.Root, "site.yml");
        var configText = File.ReadAllText(config);
        File.WriteAllText(config, configText + "base_url: \"https://example.org/guide/\"\n");
        var based = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.True(based.Succeeded, Describe(based));
        Assert.Contains("404.html", based.Changed);
        Assert.Contains("sitemap.xml", FollowUp(rebuilder).Changed);
        AssertSameAsFullBuild(site);
        File.WriteAllText(config, configText);
        Assert.True(rebuilder.Rebuild(strict: false, deferFollowUp: true).Succeeded);
        Assert.Contains("sitemap.xml", FollowUp(rebuilder).Changed);
        Assert.False(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
        AssertSameAsFullBuild(site);

        // 7. A new file (links may now resolve differently, so bodies and pages start over).
        var zz = Path.Combine(site.Root, "content", "chapters", "zz-added.md");
        File.WriteAllText(zz, "---\ntitle: \"Added\"\nsummary: \"A chapter added while serving.\"\norder: 99\n---\nSee the [checklist](faq.md#checklist).\n");
        var added = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.True(added.Succeeded, Describe(added));
        Assert.Contains("chapters/zz-added.html", added.Changed);
        FollowUp(rebuilder);
        AssertSameAsFullBuild(site);

        // 8. A heading another page links to goes away: the linking page comes from the cache, yet its link is checked
        // against the new page. The failed build writes nothing and leaves no follow-up; the fix converges again.
        var before = TempSite.Snapshot(site.Output);
        var faqText = File.ReadAllText(faq);
        File.WriteAllText(faq, faqText.Replace("## Checklist", "## Last checks", StringComparison.Ordinal));
        var anchor = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.False(anchor.Succeeded);
        Assert.Contains(anchor.Diagnostics, d => d.Code == "PG5002" && d.Span?.Path.EndsWith("zz-added.md", StringComparison.Ordinal) == true);
        Assert.Null(rebuilder.FollowUp);
        AssertSameFiles(before, TempSite.Snapshot(site.Output));
        File.WriteAllText(faq, faqText);
        Assert.True(rebuilder.Rebuild(strict: false, deferFollowUp: true).Succeeded);
        FollowUp(rebuilder);
        AssertSameAsFullBuild(site);

        // 9. A broken file, then a different fix.
        File.WriteAllText(faq, "---\ntitle: broken\n");
        var broken = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "PG2009");
        Assert.Null(rebuilder.FollowUp);
        AssertSameFiles(before, TempSite.Snapshot(site.Output));
        File.WriteAllText(faq, "---\ntitle: \"FAQ again\"\nsummary: \"Fixed.\"\norder: 3\n---\nFixed body.\n\n## Checklist\n\nDone.\n");
        Assert.True(rebuilder.Rebuild(strict: false, deferFollowUp: true).Succeeded);
        FollowUp(rebuilder);
        AssertSameAsFullBuild(site);

        // 10. A deleted file: its page goes.
        File.Delete(zz);
        var deleted = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.True(deleted.Succeeded, Describe(deleted));
        Assert.Contains("chapters/zz-added.html", deleted.Changed);
        Assert.False(File.Exists(Path.Combine(site.Output, "chapters", "zz-added.html")));
        FollowUp(rebuilder);
        AssertSameAsFullBuild(site);
    }

    [Fact]
    public void A_rebuild_without_deferring_writes_the_whole_site_at_once()
    {
        using var site = TempSite.FromRepository();
        var rebuilder = new Rebuilder(Path.Combine(site.Root, "site.yml"), null);
        Assert.True(rebuilder.Rebuild(strict: false).Succeeded);
        var faq = Path.Combine(site.Root, "content", "chapters", "faq.md");
        File.AppendAllText(faq, "\nOne more paragraph.\n");
        var edit = rebuilder.Rebuild(strict: false);
        Assert.True(edit.Succeeded, Describe(edit));
        Assert.Null(rebuilder.FollowUp);
        Assert.Equal(["chapters/faq.html", "print.html", "search/index.js", "search/words.js"], WithoutSearchParts(site, edit.Changed));
        AssertSameAsFullBuild(site);
    }

    [Fact]
    public void A_newer_rebuild_makes_the_older_follow_up_stale()
    {
        using var site = TempSite.FromRepository();
        var rebuilder = new Rebuilder(Path.Combine(site.Root, "site.yml"), null);
        Assert.True(rebuilder.Rebuild(strict: false).Succeeded);
        var faq = Path.Combine(site.Root, "content", "chapters", "faq.md");
        File.AppendAllText(faq, "\nFirst edit.\n");
        Assert.True(rebuilder.Rebuild(strict: false, deferFollowUp: true).Succeeded);
        var older = rebuilder.FollowUp!.Run();
        File.AppendAllText(faq, "\nSecond edit.\n");
        Assert.True(rebuilder.Rebuild(strict: false, deferFollowUp: true).Succeeded);

        // The older result would write a search index without the second edit: it is refused.
        Assert.Null(rebuilder.Complete(older));
        FollowUp(rebuilder);
        AssertSameAsFullBuild(site);
    }

    [Fact]
    public void A_failing_follow_up_reports_and_keeps_the_previous_files()
    {
        using var site = TempSite.FromRepository();
        var rebuilder = new Rebuilder(Path.Combine(site.Root, "site.yml"), null);
        Assert.True(rebuilder.Rebuild(strict: false).Succeeded);
        var print = Path.Combine(site.Output, "print.html");
        var printBefore = File.ReadAllBytes(print);

        // Only print.html uses this layout, so the pages build and the follow-up fails.
        var layout = Path.Combine(site.Root, "theme", "layouts", "print.html");
        var original = File.ReadAllText(layout);
        File.WriteAllText(layout, original + "{{ if }}");
        File.AppendAllText(Path.Combine(site.Root, "content", "chapters", "faq.md"), "\nAn edit while the print layout is broken.\n");
        var pages = rebuilder.Rebuild(strict: false, deferFollowUp: true);
        Assert.True(pages.Succeeded, Describe(pages));
        Assert.Contains("chapters/faq.html", pages.Changed);
        var failed = rebuilder.Complete(rebuilder.FollowUp!.Run());
        Assert.NotNull(failed);
        Assert.False(failed.Succeeded);
        Assert.True(failed.IsFollowUp);
        Assert.Contains(failed.Diagnostics, d => d.Code == "PG4001" && d.Span?.Path.EndsWith("layouts/print.html", StringComparison.Ordinal) == true);
        Assert.Equal(printBefore, File.ReadAllBytes(print));

        File.WriteAllText(layout, original);
        Assert.True(rebuilder.Rebuild(strict: false, deferFollowUp: true).Succeeded);
        Assert.Contains("print.html", FollowUp(rebuilder).Changed);
        AssertSameAsFullBuild(site);
    }

    [Fact]
    public void A_file_saved_again_within_the_time_tick_it_was_read_in_is_read_again()
    {
        using var site = TempSite.FromRepository();
        var path = Path.Combine(site.Root, "content", "chapters", "faq.md");
        var cache = new ContentFileCache();
        (string? Text, bool Read) Load()
        {
            cache.BeginBuild();
            var text = cache.Load(path, new Diagnostics.DiagnosticBag(), _ => File.ReadAllText(path));
            return (text, cache.Misses == 1);
        }

        // Same size, same time: only a file read well after its last write can be trusted to be what was read.
        File.WriteAllText(path, "version A");
        var written = File.GetLastWriteTimeUtc(path);
        Assert.Equal(("version A", true), Load());
        File.WriteAllText(path, "version B");
        File.SetLastWriteTimeUtc(path, written);
        Assert.Equal(("version B", true), Load());

        // Once the file is old when read, its size and time stand for it.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        Assert.Equal(("version B", true), Load());
        Assert.Equal(("version B", false), Load());
    }

    private static RebuildOutcome FollowUp(Rebuilder rebuilder)
    {
        var work = rebuilder.FollowUp;
        Assert.NotNull(work);
        var outcome = rebuilder.Complete(work.Run());
        Assert.NotNull(outcome);
        Assert.True(outcome.Succeeded, Describe(outcome));
        Assert.True(outcome.IsFollowUp);
        Assert.Null(rebuilder.FollowUp);
        return outcome;
    }

    // Files copied a moment ago are all too fresh to be trusted by their times; age them, so counts show what an edit reads.
    private static void Age(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-10));
        }
    }

    // The changed files but the search index's chunks and the store's blocks, of which an edit changes some: those
    // holding the edited document's words and its block, never all of them.
    private static List<string> WithoutSearchParts(TempSite site, IReadOnlyList<string> changed)
    {
        var parts = changed.Where(p => Regex.IsMatch(p, @"^search/(index|store)-[0-9]+\.js$")).ToList();
        var all = Directory.GetFiles(Path.Combine(site.Output, "search"), "*-*.js").Length;
        Assert.True(parts.Count < all, $"{parts.Count} of the {all} chunks and blocks changed");
        return changed.Except(parts).ToList();
    }

    private static string Describe(RebuildOutcome outcome) => string.Join('\n', outcome.Diagnostics.Select(d => d.ToMsBuildString()));

    private static void AssertSameAsFullBuild(TempSite site)
    {
        var full = Path.Combine(site.Root, "full-" + Guid.NewGuid().ToString("N"));
        var (code, output, errors) = site.Run("build", "--output", full, "--quiet");
        Assert.True(code == 0, output + errors);
        // Everything but sw.js: serve writes no service worker (a cache in front of its pages would hide each edit).
        var expected = TempSite.Snapshot(full);
        Assert.True(expected.Remove("sw.js"), "a full build writes sw.js");
        AssertSameFiles(expected, TempSite.Snapshot(site.Output));
        Directory.Delete(full, recursive: true);
    }

    private static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a full build");
        }
    }
}
