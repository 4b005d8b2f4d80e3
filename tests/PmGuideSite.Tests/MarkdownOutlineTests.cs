using AngleSharp.Html.Parser;
using PmGuideSite.Config;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>
/// Two readings of one body must agree. Markdown is rendered to its final HTML with the table of contents and search
/// text read from the syntax tree; a body with raw HTML is instead finished on the sanitiser's parsed tree
/// (<see cref="HtmlPostProcessor"/>). Run over the rendered HTML of every body of the real content and every Markdown
/// spec, that DOM pass must change nothing and find the same table of contents and section texts.
/// </summary>
public sealed class MarkdownOutlineTests
{
    [Fact]
    public void The_syntax_tree_and_the_parsed_html_agree_on_every_page_of_the_real_content()
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(Path.Combine(TestPaths.RepoRoot, "site.yml"), diagnostics)!;
        var content = ContentLoader.Load(config, diagnostics);
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(),
            new LinkResolver(ContentFiles.List(config.ContentDirectory, config.RootDirectory)));
        var sources = content.Chapters.Select(c => c.Source)
            .Concat(content.Principles.Select(p => p.Source))
            .Concat(content.Examples.Select(e => e.Source))
            .ToList();

        var failures = sources
            .Select(s => Disagreement(renderer.Render(s, "chapters/x.html", diagnostics)) is { } why ? $"{s.DisplayPath}: {why}" : null)
            .OfType<string>().ToList();

        Assert.True(sources.Count > 30, $"only {sources.Count} bodies found");
        Assert.Empty(failures);
    }

    [Fact]
    public void The_syntax_tree_and_the_parsed_html_agree_on_every_markdown_spec()
    {
        var files = new HashSet<string>(StringComparer.Ordinal) { "chapters/a.md", "chapters/b.md", "images/matrix.png" };
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(files));
        var specs = Directory.EnumerateFiles(Path.Combine(TestPaths.Specs, "Markdown"), "*.md").Order(StringComparer.Ordinal).ToList();

        var failures = specs
            .Select(f => (Name: Path.GetFileName(f), Body: File.ReadAllText(f)))
            .Select(s => Disagreement(renderer.Render(new MarkdownSource(s.Name, "chapters/a.md", s.Body, 1), "chapters/a.html", new DiagnosticBag())) is { } why
                ? $"{s.Name}: {why}"
                : null)
            .OfType<string>().ToList();

        Assert.True(specs.Count >= 10);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_check_reports_html_the_renderers_would_not_write()
    {
        var unwrapped = new RenderedMarkdown("<table><tbody><tr><td>x</td></tr></tbody></table>", [], [new TextSection(null, string.Empty, "x")], [], [], []);
        var missing = new RenderedMarkdown(
            "<h2 id=\"a\">A<a class=\"heading-anchor\" href=\"#a\" aria-label=\"Link to this section: A\">#</a></h2>", [], [new TextSection("a", "A", string.Empty)], [], [], []);
        var wrongText = new RenderedMarkdown("<p>a</p><p>b</p>", [], [new TextSection(null, string.Empty, "ab")], [], [], []);

        Assert.Contains("changed the HTML", Disagreement(unwrapped));
        Assert.Contains("table of contents", Disagreement(missing));
        Assert.Contains("sections", Disagreement(wrongText));
    }

    private static string? Disagreement(RenderedMarkdown rendered)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body>" + rendered.Html + "</body></html>");
        var parsed = document.Body!.InnerHtml;
        var dom = HtmlPostProcessor.Process(document);
        if (dom.Html != parsed)
        {
            var at = Enumerable.Range(0, Math.Min(dom.Html.Length, parsed.Length)).FirstOrDefault(i => dom.Html[i] != parsed[i]);
            return $"the DOM pass changed the HTML at {at}: «{Around(parsed, at)}» became «{Around(dom.Html, at)}»";
        }

        if (!dom.Toc.SequenceEqual(rendered.Toc))
        {
            return $"table of contents: {string.Join(" | ", rendered.Toc)} from the syntax tree, {string.Join(" | ", dom.Toc)} from the HTML";
        }

        return dom.Sections.SequenceEqual(rendered.Sections)
            ? null
            : $"sections: {string.Join(" | ", rendered.Sections)} from the syntax tree, {string.Join(" | ", dom.Sections)} from the HTML";
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40));
}
