using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>
/// Markdown specs: <c>Specs/Markdown/NNN-name.md</c> is a body written in <c>chapters/a.md</c> (page title "A");
/// <c>.out.html</c> holds the final HTML, then in comments the table of contents, the section texts search indexes,
/// and any diagnostics.
/// </summary>
public sealed class MarkdownSpecTests
{
    private static readonly HashSet<string> s_files = new(StringComparer.Ordinal)
    {
        "chapters/a.md", "chapters/b.md", "principles/dive-deep.md", "questions/dive-deep.yml", "images/matrix.png",
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Specs, "Markdown"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_expected(string name)
    {
        var body = File.ReadAllText(Path.Combine(TestPaths.Specs, "Markdown", name + ".md"));
        var diagnostics = new DiagnosticBag();
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(s_files));
        var rendered = renderer.Render(new MarkdownSource("chapters/a.md", "chapters/a.md", body, 1), "chapters/a.html", diagnostics);
        var processed = rendered.ForPage("A");
        var actual = processed.Html.TrimEnd() + "\n";
        if (processed.Toc.Count > 0)
        {
            actual += "<!-- toc\n" + string.Concat(processed.Toc.Select(t => $"h{t.Level} #{t.Id} {t.Text}".TrimEnd() + "\n")) + "-->\n";
        }

        if (processed.Sections.Count > 0)
        {
            actual += "<!-- search\n" + string.Concat(processed.Sections.Select(s => $"#{s.Id} [{s.Title}] {s.Text}".TrimEnd() + "\n")) + "-->\n";
        }

        var lines = diagnostics.Sorted().Select(d => d.ToMsBuildString()).ToList();
        lines.AddRange(rendered.AnchorLinks.Select(a => $"anchor {a.TargetOutputPath}#{a.Anchor} at {a.Span.Line},{a.Span.Column}"));
        if (lines.Count > 0)
        {
            actual += "<!-- diagnostics\n" + string.Join('\n', lines) + "\n-->\n";
        }

        var expectedPath = Path.Combine(TestPaths.Specs, "Markdown", name + ".out.html");
        ExpectedFile.Check(expectedPath, actual, "FullyQualifiedName~MarkdownSpecTests");
    }
}
