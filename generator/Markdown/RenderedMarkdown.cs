using PmGuideSite.Diagnostics;
using PmGuideSite.Html;

namespace PmGuideSite.Markdown;

/// <summary>A link from a page to an anchor of another page (or itself), checked once every page's ids are known.</summary>
internal sealed record AnchorLink(string TargetOutputPath, string Anchor, SourceSpan Span);

/// <summary>An address on another site, where the content writes it (checked by <c>check --external</c>).</summary>
internal sealed record ExternalLink(string Url, SourceSpan Span);

/// <summary>
/// The final HTML of one Markdown body, its table of contents and section texts, and what it links to. The section
/// before the first heading (null id) has an empty title until <see cref="ForPage"/> names it.
/// </summary>
internal sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<TextSection> Sections,
    IReadOnlyList<AnchorLink> AnchorLinks,
    IReadOnlyList<string> Assets,
    IReadOnlyList<ExternalLink> ExternalLinks)
{
    /// <summary>Nothing rendered (the body could not be used; an error says why).</summary>
    public static RenderedMarkdown Empty { get; } = new(string.Empty, [], [], [], [], []);

    /// <summary>The body as the page at hand shows it: the text before the first section heading is titled <paramref name="pageTitle"/>.</summary>
    public ProcessedHtml ForPage(string pageTitle) =>
        new(Html, Toc, Sections.Select(s => s.Id is null ? s with { Title = pageTitle } : s).ToList());
}
