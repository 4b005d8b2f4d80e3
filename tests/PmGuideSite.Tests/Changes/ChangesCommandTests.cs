using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Changes;

/// <summary><c>changes</c> on two real builds of the base site: pages added, removed and changed in their main content.</summary>
public sealed class ChangesCommandTests : IDisposable
{
    private readonly TempSite _site = TempSite.FromBase();

    [Fact]
    public void Lists_added_removed_and_changed_pages_but_not_pages_that_differ_only_outside_main()
    {
        var oldSite = Path.Combine(_site.Root, "old");
        var newSite = Path.Combine(_site.Root, "new");
        _site.Write("content/chapters/retired.md", Chapter("Retired", 9, "Gone soon."));
        var first = _site.Run("build", "--quiet", "--output", oldSite);
        Assert.True(first.ExitCode == 0, first.Errors);

        File.Delete(Path.Combine(_site.Root, "content", "chapters", "retired.md"));
        _site.Write("content/chapters/extra.md", Chapter("Pipes | and <b>tags</b>", 9, "New."));
        var next = Path.Combine(_site.Root, "content", "chapters", "next.md");
        File.WriteAllText(next, File.ReadAllText(next).Replace("Practise out loud.", "Practise out loud, twice.", StringComparison.Ordinal));
        // Every page's footer changes: that alone must not list a page.
        var footer = Path.Combine(_site.Root, "theme", "partials", "footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>A new footer line.</p></footer>", StringComparison.Ordinal));
        var second = _site.Run("build", "--quiet", "--output", newSite);
        Assert.True(second.ExitCode == 0, second.Errors);

        var untouched = "principles/ownership.html";
        Assert.False(File.ReadAllBytes(Path.Combine(oldSite, untouched)).SequenceEqual(File.ReadAllBytes(Path.Combine(newSite, untouched))),
            "the footer change must reach every page's bytes, or this test proves nothing");

        var (code, output, errors) = Changes(oldSite, newSite);
        Assert.True(code == 0, errors);
        var rows = output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| |", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)).ToList();
        Assert.Contains(@"| added | `chapters/extra.html` | Pipes \| and \<b\>tags\</b\> |", rows);
        Assert.Contains("| removed | `chapters/retired.html` | Retired |", rows);
        Assert.Contains(rows, r => r.StartsWith("| changed | `chapters/next.html` |", StringComparison.Ordinal));
        // The home page lists the chapters and print.html holds them: both really changed.
        Assert.Contains(rows, r => r.StartsWith("| changed | `index.html` |", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("| changed | `print.html` |", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("principles/", StringComparison.Ordinal) || r.Contains("questions/", StringComparison.Ordinal)
            || r.Contains("examples/", StringComparison.Ordinal) || r.Contains("chapters/intro.html", StringComparison.Ordinal));
        Assert.StartsWith("### Pages this change affects\n\n", output, StringComparison.Ordinal);

        var same = Changes(newSite, newSite);
        Assert.Equal(0, same.ExitCode);
        Assert.Contains("No page's content changed (", same.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_built_site_exits_2()
    {
        var (code, _, errors) = Changes(Path.Combine(_site.Root, "content"), Path.Combine(_site.Root, "content"));
        Assert.Equal(2, code);
        Assert.Contains("error PG1009: ", errors, StringComparison.Ordinal);
        Assert.Contains("content' is not a built site", errors, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    private static (int ExitCode, string Output, string Errors) Changes(string oldSite, string newSite)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = PmGuideSite.Cli.CommandLine.Create(output, errors).Run(["changes", oldSite, newSite]);
        return (code, output.ToString(), errors.ToString());
    }

    private static string Chapter(string title, int order, string body) =>
        $"---\ntitle: \"{title}\"\nsummary: \"A chapter.\"\norder: {order}\n---\n{body}\n";
}
