using PmGuideSite.Serve;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Serve;

/// <summary>A rebuild in serve reuses unchanged Markdown and rewrites only changed files, yet ends with a full build's bytes.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void Incremental_rebuilds_produce_the_same_bytes_as_a_full_build()
    {
        using var site = TempSite.FromRepository();
        var rebuilder = new Rebuilder(Path.Combine(site.Root, "site.yml"), null);
        var first = rebuilder.Rebuild(strict: false);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics.Select(d => d.ToMsBuildString())));
        Assert.Equal(0, first.ReusedBodies);

        // 1. A body edit: one body rendered again, every other one reused; only that page, print.html (which holds every
        // chapter) and the search index change.
        var faq = Path.Combine(site.Root, "content", "chapters", "faq.md");
        File.AppendAllText(faq, "\nOne more paragraph, added by the incremental test.\n");
        var edit = rebuilder.Rebuild(strict: false);
        Assert.True(edit.Succeeded);
        Assert.Equal(1, edit.RenderedBodies);
        Assert.True(edit.ReusedBodies > 40, $"only {edit.ReusedBodies} bodies reused");
        Assert.Equal(["chapters/faq.html", "print.html", "search/index.js"], edit.Changed);
        AssertSameAsFullBuild(site);

        // 2. A front-matter edit (the title shows in every page's navigation) and a question bank edit.
        File.WriteAllText(faq, File.ReadAllText(faq).Replace("title: ", "title: Renamed ", StringComparison.Ordinal));
        var bank = Path.Combine(site.Root, "content", "questions", "ownership.yml");
        File.WriteAllText(bank, File.ReadAllText(bank).Replace("text: \"", "text: \"Edited: ", StringComparison.Ordinal));
        var meta = rebuilder.Rebuild(strict: false);
        Assert.True(meta.Succeeded, string.Join('\n', meta.Diagnostics.Select(d => d.ToMsBuildString())));
        Assert.True(meta.Changed.Count > 20);
        AssertSameAsFullBuild(site);

        // 3. A new file (links may now resolve differently, so the cache starts over) and a deleted page.
        File.WriteAllText(Path.Combine(site.Root, "content", "chapters", "zz-added.md"),
            "---\ntitle: \"Added\"\nsummary: \"A chapter added while serving.\"\norder: 99\n---\nSee the [FAQ](faq.md).\n");
        var examples = Directory.GetFiles(Path.Combine(site.Root, "content", "examples"), "*.md").Order(StringComparer.Ordinal).ToList();
        var removed = Path.GetFileNameWithoutExtension(examples[^1]);
        var referenced = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories)
            .Any(f => f != examples[^1] && File.ReadAllText(f).Contains(removed, StringComparison.Ordinal));
        if (!referenced)
        {
            File.Delete(examples[^1]);
        }

        var added = rebuilder.Rebuild(strict: false);
        Assert.True(added.Succeeded, string.Join('\n', added.Diagnostics.Select(d => d.ToMsBuildString())));
        Assert.Contains("chapters/zz-added.html", added.Changed);
        AssertSameAsFullBuild(site);

        // 4. A broken edit changes nothing on disk; the fix then converges again.
        var before = TempSite.Snapshot(site.Output);
        File.WriteAllText(faq, "---\ntitle: broken\n");
        var broken = rebuilder.Rebuild(strict: false);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "PG2009");
        AssertSameFiles(before, TempSite.Snapshot(site.Output));
        File.WriteAllText(faq, "---\ntitle: \"FAQ again\"\nsummary: \"Fixed.\"\norder: 3\n---\nFixed body.\n");
        Assert.True(rebuilder.Rebuild(strict: false).Succeeded);
        AssertSameAsFullBuild(site);
    }

    private static void AssertSameAsFullBuild(TempSite site)
    {
        var full = Path.Combine(site.Root, "full-" + Guid.NewGuid().ToString("N"));
        var (code, output, errors) = site.Run("build", "--output", full, "--quiet");
        Assert.True(code == 0, output + errors);
        AssertSameFiles(TempSite.Snapshot(full), TempSite.Snapshot(site.Output));
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
