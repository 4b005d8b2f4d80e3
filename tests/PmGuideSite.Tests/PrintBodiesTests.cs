using System.Text;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;
using PmGuideSite.Output;
using PmGuideSite.Pages;

namespace PmGuideSite.Tests;

/// <summary>print.html is written with each body streamed into its placeholder (<see cref="PrintBodies"/>).</summary>
public sealed class PrintBodiesTests
{
    private static readonly HashSet<string> s_files = new(StringComparer.Ordinal)
    {
        "chapters/a.md", "chapters/b.md", "principles/ownership.yml", "images/chart.png", "files/plan.pdf",
    };

    public static TheoryData<string> Bodies() =>
    [
        "## Start\n\nSee [b](b.md), [b's part](b.md#part), [this part](#start), [myself](a.md#start) and [ownership](../principles/ownership.yml).\n",
        "![A chart](../images/chart.png \"Chart\")\n\n[The plan](../files/plan.pdf?v=2#page=3), [web](https://example.com/a?b=1&c=2), <https://example.org>, [mail](mailto:x@example.com).\n",
        "[Broken](missing.md) and [unsafe](javascript:alert(1)).\n\n## Notes[^1]\n\n[^1]: A footnote with [a link](b.md).\n",
        "| a | [b](b.md) |\n| - | - |\n| 1 | ![c](../images/chart.png) |\n\n- [ ] [task](b.md#part)\n",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_body_moved_from_its_page_equals_the_body_rendered_for_print_html(string markdown)
    {
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(s_files));
        var source = new MarkdownSource("chapters/a.md", "chapters/a.md", markdown, 1);

        var onPage = renderer.Render(source, "chapters/a.html", new DiagnosticBag()).Html;
        var forPrint = PrintPage.Body("chapter-a", "A", source, renderer, new DiagnosticBag(), cache: null);

        Assert.Equal(forPrint, PrintPage.FromPage("chapter-a", "chapters/a.html", onPage));
    }

    [Fact]
    public void Hand_written_html_links_move_to_the_site_root_too()
    {
        // Rendering the Markdown again for print.html left these as written, pointing at files that are not at the root.
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(s_files));
        var source = new MarkdownSource("chapters/a.md", "chapters/a.md",
            "<div class=\"note\"><a href=\"b.html#part\">raw</a> <img src=\"../images/chart.png\" alt=\"c\"> <a href=\"#top\">top</a></div>\n", 1);

        var moved = PrintPage.FromPage("chapter-a", "chapters/a.html", renderer.Render(source, "chapters/a.html", new DiagnosticBag()).Html);

        Assert.Contains("href=\"chapters/b.html#part\"", moved, StringComparison.Ordinal);
        Assert.Contains("src=\"images/chart.png\"", moved, StringComparison.Ordinal);
        Assert.Contains("href=\"#chapter-a--top\"", moved, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_placeholder_becomes_its_body_in_order_across_batches_and_one_thread_gives_the_same_bytes()
    {
        // More bodies than one parallel batch (64), each with an id and an in-page link that must be prefixed.
        var sources = Enumerable.Range(0, 150)
            .Select(i => new PrintBodies.Source($"chapter-c{i}", $"C{i}",
                new MarkdownSource($"chapters/c{i}.md", "chapters/a.md", $"## Part {i}\n\nSee [part](#part-{i}) and [b](b.md).\n", 1)))
            .ToList();
        var page = new StringBuilder("<main>\n");
        for (var i = 0; i < sources.Count; i++)
        {
            page.Append("<section>").Append(PrintBodies.Placeholder(i)).Append("</section>\n");
        }

        page.Append("</main>");

        var parallel = Encoding.UTF8.GetString(Bodies(sources, maxParallelism: -1).ToBytes(page.ToString()));
        var single = Encoding.UTF8.GetString(Bodies(sources, maxParallelism: 1).ToBytes(page.ToString()));

        Assert.Equal(single, parallel);
        Assert.DoesNotContain("pmguide-print-body", parallel, StringComparison.Ordinal);
        Assert.StartsWith("<main>\n<section><h2 id=\"chapter-c0--part-0\">", parallel, StringComparison.Ordinal);
        Assert.EndsWith("</section>\n</main>", parallel, StringComparison.Ordinal);
        var positions = Enumerable.Range(0, sources.Count).Select(i => parallel.IndexOf($"id=\"chapter-c{i}--part-{i}\"", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("href=\"#chapter-c149--part-149\"", parallel, StringComparison.Ordinal);
        Assert.Contains("href=\"chapters/b.html\"", parallel, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_used_twice_is_filled_twice_and_text_that_only_looks_like_one_is_kept()
    {
        var sources = new List<PrintBodies.Source>
        {
            new("chapter-a", "A", new MarkdownSource("chapters/a.md", "chapters/a.md", "Only *this*.\n", 1)),
        };
        var page = $"{PrintBodies.Placeholder(0)}|{PrintBodies.Placeholder(0)}|{PrintBodies.Placeholder(7)}|<!--pmguide-print-body:x-->";

        var html = Encoding.UTF8.GetString(Bodies(sources, maxParallelism: 1).ToBytes(page));

        Assert.Equal("<p>Only <em>this</em>.</p>\n|<p>Only <em>this</em>.</p>\n|<!--pmguide-print-body:7-->|<!--pmguide-print-body:x-->", html);
    }

    [Theory]
    [InlineData(new[] { 3, 1, 0 }, false)]
    [InlineData(new[] { 0, 1, 2, 3, 4 }, false)]
    [InlineData(new[] { 4, 2 }, true)]
    public void Print_html_streamed_from_the_pages_bodies_equals_print_html_rendered_whole(int[] offered, bool shuffledLayout)
    {
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(s_files));
        var sources = Enumerable.Range(0, 5)
            .Select(i => new PrintBodies.Source($"chapter-c{i}", $"C{i}",
                new MarkdownSource($"chapters/c{i}.md", "chapters/a.md", $"## Part {i}\n\n[b](b.md#part), [here](#part-{i}), ![c](../images/chart.png).\n", 1)))
            .ToList();
        var bodies = new PrintBodies(sources, renderer, new DiagnosticBag(), maxParallelism: 1, cache: null);
        var indexes = shuffledLayout ? new[] { 1, 0, 2, 4, 3 } : [0, 1, 2, 3, 4];
        var frame = "<main>" + string.Concat(indexes.Select(i => $"<section>{PrintBodies.Placeholder(i)}</section>")) + "</main>";
        var job = new PageJob(PrintPage.OutputPath, "print", "print", "Print", "All", null, new PrintView([], []) { Bodies = bodies });

        var streamer = PrintStreamer.Start(job, bodies, frame, stage: null);
        foreach (var i in offered)
        {
            streamer.Offer(sources[i].Markdown, "chapters/a.html", renderer.Render(sources[i].Markdown, "chapters/a.html", new DiagnosticBag()).Html);
        }

        var page = streamer.Finish();

        var streamed = Assert.IsType<SiteFile.Utf8>(page.Output).Content;
        Assert.Equal(Encoding.UTF8.GetString(bodies.ToBytes(frame)), Encoding.UTF8.GetString(streamed));
    }

    private static PrintBodies Bodies(IReadOnlyList<PrintBodies.Source> sources, int maxParallelism) =>
        new(sources, new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(s_files)), new DiagnosticBag(), maxParallelism, cache: null);
}
