using System.Text.RegularExpressions;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;

namespace PmGuideSite.Pages;

/// <summary>One chapter, principle or worked example on the print page: its heading, and in <see cref="Html"/> a
/// placeholder the body replaces when the page is written (<see cref="PrintBodies"/>).</summary>
internal sealed record PrintSection(string Id, string Title, string Summary, string Url, string Html, int Number = 0);

/// <summary>A worked example on the print page, with the question it answers and its key numbers.</summary>
internal sealed record PrintExample(PrintSection Section, string Question, IReadOnlyList<string> Metrics);

/// <summary>A principle on the print page, in study order: its page, its question bank (every question with its probes,
/// strong signals and red flags) and its worked examples.</summary>
internal sealed record PrintPrinciple(PrintSection Page, IReadOnlyList<string> Probes, IReadOnlyList<string> StrongSignals,
    IReadOnlyList<string> RedFlags, IReadOnlyList<QuestionView> Questions, IReadOnlyList<PrintExample> Examples);

/// <summary>What print.html needs: every chapter in order, then every principle with its bank and examples.</summary>
internal sealed record PrintView(IReadOnlyList<PrintSection> Chapters, IReadOnlyList<PrintPrinciple> Principles)
{
    /// <summary>Renders the bodies the placeholders stand for (not visible to templates, which see only public members).</summary>
    internal PrintBodies? Bodies { get; init; }
}

/// <summary>Plans <c>print.html</c>, the whole guide on one page for printing or saving as PDF.</summary>
internal static partial class PrintPage
{
    /// <summary>Where the page goes.</summary>
    public const string OutputPath = "print.html";

    // The print page's outline: h1 the guide, h2 each chapter and each principle, h3 a principle's bank and each worked
    // example. A chapter's or principle's "##" sections sit under its h2 (one level down); an example's under its h3.
    private const int ChapterShift = 1;
    private const int ExampleShift = 2;

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
        // Sources are listed in the order the layout shows their placeholders, so print.html streams in one pass.
        var sources = new List<PrintBodies.Source>(content.Chapters.Count + content.Principles.Count + content.Examples.Count);
        PrintSection Plan(string id, string title, string summary, string url, MarkdownSource source, int shift, int number = 0)
        {
            sources.Add(new(id, title, source, shift));
            return new PrintSection(id, title, summary, url, PrintBodies.Placeholder(sources.Count - 1), number);
        }

        var chapters = content.Chapters.Select(c => Plan($"chapter-{c.Slug}", c.Title, c.Summary, $"chapters/{c.Slug}.html", c.Source, ChapterShift, c.Order)).ToList();
        var questions = content.Questions.GroupBy(q => q.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var principles = new List<PrintPrinciple>(content.Principles.Count);
        foreach (var p in content.Principles)
        {
            var page = Plan($"principle-{p.Id}", p.Name, p.Summary, $"principles/{p.Id}.html", p.Source, ChapterShift, p.Order);
            var bank = content.Banks.FirstOrDefault(b => b.PrincipleId == p.Id)?.Questions ?? [];
            var views = bank.Select(q => new QuestionView(q.Id, q.Text, q.Round, q.Level, q.Probes, q.StrongSignals, q.RedFlags,
                PagePlanner.ExamplesFor(q, content).Select(e => new NavItem(e.Title, $"examples/{e.Slug}.html", e.Summary, e.Slug)).ToList())).ToList();
            // The examples that have a page (a known question), in the home page's order.
            var examples = content.Examples.Where(e => e.Principle.Value == p.Id && questions.ContainsKey(e.Question.Value))
                .Select(e => new PrintExample(
                    Plan($"example-{e.Slug}", e.Title, e.Summary, $"examples/{e.Slug}.html", e.Source, ExampleShift),
                    questions[e.Question.Value].Text, e.Metrics))
                .ToList();
            principles.Add(new PrintPrinciple(page, p.Probes, p.StrongSignals, p.RedFlags, views, examples));
        }

        var bodies = new PrintBodies(sources, markdown, diagnostics, maxParallelism, cache);
        return new PageJob(OutputPath, "print", "print", "Study pack to print",
            "Every chapter in order, then each Leadership Principle with its question bank and worked examples, to print or save as PDF.", null,
            new PrintView(chapters, principles) { Bodies = bodies });
    }

    /// <summary>A body as it appears on the print page: rendered from the root, its ids and in-page links prefixed.</summary>
    internal static string Body(string id, string title, MarkdownSource source, MarkdownRenderer markdown, DiagnosticBag diagnostics,
        Serve.RenderCache? cache, int headingShift = 0)
    {
        var html = cache is null
            ? markdown.Render(source, OutputPath, diagnostics).Html
            : cache.Render(source, OutputPath, title, markdown, diagnostics).Processed.Html;

        return Shifted(Prefixed(id, html), headingShift);
    }

    /// <summary>
    /// The same body from the HTML its own page showed (at <paramref name="pageOutputPath"/>): relative URLs are moved to
    /// the site root and ids prefixed, which gives what <see cref="Body"/> renders without parsing the Markdown again.
    /// </summary>
    internal static string FromPage(string id, string pageOutputPath, string html, int headingShift = 0)
    {
        var slash = pageOutputPath.LastIndexOf('/');
        if (slash > 0)
        {
            var folder = pageOutputPath[..slash];
            html = UrlAttribute().Replace(html, m => $"{m.Groups[1].Value}{FromFolder(folder, m.Groups[2].Value)}\"");
        }

        return Shifted(Prefixed(id, html), headingShift);
    }

    // Moves every heading down by `shift` levels (at most to h6), so a body's sections nest under its title. Asides
    // (a worked example's annotations) become plain blocks: on its own page an example has one complementary landmark,
    // but the print page holds every example, and dozens of landmarks with the same name help no one.
    private static string Shifted(string html, int shift)
    {
        html = AsideTag().Replace(html, m => $"<{m.Groups[1].Value}div{m.Groups[2].Value}");
        return shift == 0 ? html : HeadingTag().Replace(html, m =>
            $"<{m.Groups[1].Value}h{Math.Min(6, m.Groups[2].Value[0] - '0' + shift)}{m.Groups[3].Value}");
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


    // <h2 …>, </h2>: never <hr> or <header>.
    [GeneratedRegex("<(/?)h([1-6])([\\s>])")]
    private static partial Regex HeadingTag();

    [GeneratedRegex("<(/?)aside([\\s>])")]
    private static partial Regex AsideTag();

    [GeneratedRegex("(\\s)id=\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(\\s)href=\"#")]
    private static partial Regex InPageLink();
}
