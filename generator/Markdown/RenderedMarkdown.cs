using PmGuideSite.Diagnostics;

namespace PmGuideSite.Markdown;

/// <summary>A link from a page to an anchor of another page (or itself), checked once every page's ids are known.</summary>
internal sealed record AnchorLink(string TargetOutputPath, string Anchor, SourceSpan Span);

/// <summary>The HTML of one Markdown body and what it links to.</summary>
internal sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<AnchorLink> AnchorLinks,
    IReadOnlyList<string> Assets,
    IReadOnlyList<string> ExternalLinks);
