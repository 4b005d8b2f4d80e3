using System.Text.RegularExpressions;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;

namespace PmGuideSite.Pages;

/// <summary>One chapter or principle on the print page: its heading and its body with ids made unique on the page.</summary>
internal sealed record PrintSection(string Id, string Title, string Summary, string Url, string Html);

/// <summary>What print.html needs: every chapter in order, then every principle.</summary>
internal sealed record PrintView(IReadOnlyList<PrintSection> Chapters, IReadOnlyList<PrintSection> Principles);

/// <summary>Plans <c>print.html</c>, the whole guide on one page for printing or saving as PDF.</summary>
internal static partial class PrintPage
{
    /// <summary>Where the page goes.</summary>
    public const string OutputPath = "print.html";

    /// <summary>The page job. Bodies are rendered again for this page's place in the site, so their relative links
    /// resolve from the site root; anchors were already checked on the pages they came from.</summary>
    /// <param name="content">The site's content.</param>
    /// <param name="markdown">The renderer.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="maxParallelism">Bodies rendered at once (-1: every core); the result is the same.</param>
    /// <param name="cache">In serve, keeps the bodies between rebuilds.</param>
    public static PageJob Job(ContentSet content, MarkdownRenderer markdown, DiagnosticBag diagnostics, int maxParallelism = -1,
        Serve.RenderCache? cache = null)
    {
        // Every body of the site is rendered here before the pages are: on one thread that would hold the build up.
        var chapters = new PrintSection[content.Chapters.Count];
        Parallel.For(0, chapters.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var c = content.Chapters[i];
            chapters[i] = Section($"chapter-{c.Slug}", c.Title, c.Summary, $"chapters/{c.Slug}.html", c.Source, markdown, diagnostics, cache);
        });
        var principles = content.Principles.Select(p => Section($"principle-{p.Id}", p.Name, p.Summary, $"principles/{p.Id}.html", p.Source, markdown, diagnostics, cache)).ToList();
        return new PageJob(OutputPath, "print", "print", "The whole guide on one page",
            "Every chapter in order, then every Leadership Principle, on one page to print or save as PDF.", null, new PrintView(chapters, principles));
    }

    private static PrintSection Section(string id, string title, string summary, string url, MarkdownSource source, MarkdownRenderer markdown,
        DiagnosticBag diagnostics, Serve.RenderCache? cache)
    {
        var html = cache is null
            ? markdown.Render(source, OutputPath, diagnostics).Html
            : cache.Render(source, OutputPath, title, markdown, diagnostics).Processed.Html;

        // Chapters reuse heading ids ("examples", footnotes): prefix them, and the in-page links to them, per section.
        html = IdAttribute().Replace(html, m => $"{m.Groups[1].Value}id=\"{id}--");
        html = InPageLink().Replace(html, m => $"{m.Groups[1].Value}href=\"#{id}--");
        return new PrintSection(id, title, summary, url, html);
    }

    [GeneratedRegex("(\\s)id=\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(\\s)href=\"#")]
    private static partial Regex InPageLink();
}
