namespace PmGuideSite.Markdown.Links;

/// <summary>What a link in content points at, once resolved.</summary>
internal abstract record LinkTarget
{
    /// <summary>A page of the site, with an optional anchor; <see cref="Url"/> is the rewritten relative URL.</summary>
    public sealed record Page(string OutputPath, string? Anchor, string Url) : LinkTarget;

    /// <summary>A non-page file from content/ (an image, a PDF) that the build copies beside the pages.</summary>
    public sealed record Asset(string ContentRelativePath, string Url) : LinkTarget;

    /// <summary>An address on another site: listed, never fetched.</summary>
    public sealed record External(string Url) : LinkTarget;

    /// <summary>A file that was refused while loading (already reported there): the link goes nowhere, silently.</summary>
    public sealed record Refused(string ContentRelativePath) : LinkTarget;

    /// <summary>A link that cannot work; <see cref="Code"/> and <see cref="Message"/> say why.</summary>
    public sealed record Broken(string Code, string Message) : LinkTarget;
}
