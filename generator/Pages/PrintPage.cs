using System.Text.RegularExpressions;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;

namespace PmGuideSite.Pages;

/// <summary>One chapter or principle on the print page: its heading, and in <see cref="Html"/> a placeholder the body
/// replaces when the page is written (<see cref="PrintBodies"/>).</summary>
internal sealed record PrintSection(string Id, string Title, string Summary, string Url, string Html);

/// <summary>What print.html needs: every chapter in order, then every principle.</summary>
internal sealed record PrintView(IReadOnlyList<PrintSection> Chapters, IReadOnlyList<PrintSection> Principles)
{
    /// <summary>Renders the bodies the placeholders stand for (not visible to templates, which see only public members).</summary>
    internal PrintBodies? Bodies { get; init; }
}

/// <summary>Plans <c>print.html</c>, the whole guide on one page for printing or saving as PDF.</summary>
internal static partial class PrintPage
{
    /// <summary>Where the page goes.</summary>
    public const string OutputPath = "print.html";

    /// <summary>The page job. Bodies are rendered only when the page is written (<see cref="PrintBodies"/>), for this
    /// page's place in the site, so their relative links resolve from the site root; anchors were already checked on
    /// the pages they came from.</summary>
    /// <param name="content">The site's content.</param>
    /// <param name="markdown">The renderer.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="maxParallelism">Bodies rendered at once (-1: every core); the result is the same.</param>
    /// <param name="cache">In serve, keeps the bodies between rebuilds.</param>
    public static PageJob Job(ContentSet content, MarkdownRenderer markdown, DiagnosticBag diagnostics, int maxParallelism = -1,
        Serve.RenderCache? cache = null)
    {
        var sources = new List<PrintBodies.Source>(content.Chapters.Count + content.Principles.Count);
        PrintSection Plan(string id, string title, string summary, string url, MarkdownSource source)
        {
            sources.Add(new(id, title, source));
            return new PrintSection(id, title, summary, url, PrintBodies.Placeholder(sources.Count - 1));
        }

        var chapters = content.Chapters.Select(c => Plan($"chapter-{c.Slug}", c.Title, c.Summary, $"chapters/{c.Slug}.html", c.Source)).ToList();
        var principles = content.Principles.Select(p => Plan($"principle-{p.Id}", p.Name, p.Summary, $"principles/{p.Id}.html", p.Source)).ToList();
        var bodies = new PrintBodies(sources, markdown, diagnostics, maxParallelism, cache);
        return new PageJob(OutputPath, "print", "print", "The whole guide on one page",
            "Every chapter in order, then every Leadership Principle, on one page to print or save as PDF.", null,
            new PrintView(chapters, principles) { Bodies = bodies });
    }

    /// <summary>A body as it appears on the print page: rendered from the root, its ids and in-page links prefixed.</summary>
    internal static string Body(string id, string title, MarkdownSource source, MarkdownRenderer markdown, DiagnosticBag diagnostics,
        Serve.RenderCache? cache)
    {
        var html = cache is null
            ? markdown.Render(source, OutputPath, diagnostics).Html
            : cache.Render(source, OutputPath, title, markdown, diagnostics).Processed.Html;

        return Prefixed(id, html);
    }

    /// <summary>
    /// The same body from the HTML its own page showed (at <paramref name="pageOutputPath"/>): relative URLs are moved to
    /// the site root and ids prefixed, which gives what <see cref="Body"/> renders without parsing the Markdown again.
    /// </summary>
    internal static string FromPage(string id, string pageOutputPath, string html)
    {
        var slash = pageOutputPath.LastIndexOf('/');
        if (slash > 0)
        {
            var folder = pageOutputPath[..slash];
            html = UrlAttribute().Replace(html, m => $"{m.Groups[1].Value}{FromFolder(folder, m.Groups[2].Value)}\"");
        }

        return Prefixed(id, html);
    }

    // A URL written for a page in `folder`, as written from print.html; addresses with a scheme or from the root, and
    // those that climb out of the site, are left as they are.
    private static string FromFolder(string folder, string url)
    {
        if (url.StartsWith('/') || LinkResolver.SchemeOf(url) is not null)
        {
            return url;
        }

        var cut = url.IndexOfAny(['?', '#']);
        var path = cut < 0 ? url : url[..cut];
        return path.Length > 0 && SitePaths.Normalise($"{folder}/{path}") is { Length: > 0 } target
            ? SitePaths.Relative(OutputPath, target) + (cut < 0 ? string.Empty : url[cut..])
            : url;
    }

    // Chapters reuse heading ids ("examples", footnotes): prefix them, and the in-page links to them, per section.
    private static string Prefixed(string id, string html)
    {
        html = IdAttribute().Replace(html, m => $"{m.Groups[1].Value}id=\"{id}--");
        return InPageLink().Replace(html, m => $"{m.Groups[1].Value}href=\"#{id}--");
    }

    // Our renderers and the sanitiser write every attribute in double quotes, and a quote inside a value as &quot;.
    [GeneratedRegex("(\\s(?:href|src)=\")([^\"#][^\"]*)\"")]
    private static partial Regex UrlAttribute();


    [GeneratedRegex("(\\s)id=\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(\\s)href=\"#")]
    private static partial Regex InPageLink();
}
