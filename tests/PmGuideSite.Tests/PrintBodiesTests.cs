using System.Text;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;
using PmGuideSite.Pages;

namespace PmGuideSite.Tests;

/// <summary>print.html is written with each body streamed into its placeholder (<see cref="PrintBodies"/>).</summary>
public sealed class PrintBodiesTests
{
    private static readonly HashSet<string> s_files = new(StringComparer.Ordinal) { "chapters/a.md", "chapters/b.md" };

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

    private static PrintBodies Bodies(IReadOnlyList<PrintBodies.Source> sources, int maxParallelism) =>
        new(sources, new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(s_files)), new DiagnosticBag(), maxParallelism, cache: null);
}
