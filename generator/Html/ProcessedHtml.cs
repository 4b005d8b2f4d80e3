namespace PmGuideSite.Html;

/// <summary>One entry of a page's table of contents.</summary>
internal sealed record TocEntry(int Level, string Id, string Text);

/// <summary>The text under one heading (or before the first one, with a null id), for search.</summary>
internal sealed record TextSection(string? Id, string Title, string Text);

/// <summary>A content fragment as its page shows it: the final HTML, its table of contents and its section texts.</summary>
internal sealed record ProcessedHtml(string Html, IReadOnlyList<TocEntry> Toc, IReadOnlyList<TextSection> Sections)
{
    /// <summary>All the fragment's plain text, sections joined.</summary>
    public string PlainText => string.Join(' ', Sections.Select(s => s.Text).Where(t => t.Length > 0));
}
