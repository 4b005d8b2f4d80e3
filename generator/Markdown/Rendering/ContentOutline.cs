using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PmGuideSite.Html;
using PmGuideSite.Text;

namespace PmGuideSite.Markdown.Rendering;

/// <summary>
/// A page body's table of contents and the plain text of each of its sections (for search), read from the syntax
/// tree; they describe the HTML that <see cref="PageHtmlExtension"/>'s renderers write.
/// </summary>
internal static class ContentOutline
{
    /// <summary>
    /// The table of contents (every heading up to <c>h3</c> with an id, at any depth, a level-1 heading counted as
    /// <c>h2</c>) and the sections: the text before the first top-level <c>h2</c> (null id, empty title: the page's
    /// title goes there later), then one per top-level <c>h2</c>; a section without an id and without text is left out.
    /// </summary>
    public static (IReadOnlyList<TocEntry> Toc, IReadOnlyList<TextSection> Sections) Of(MarkdownDocument document)
    {
        var toc = new List<TocEntry>();
        AddHeadings(document, toc);
        return (toc, Sections(document));
    }

    private static void AddHeadings(ContainerBlock container, List<TocEntry> toc)
    {
        foreach (var block in container)
        {
            if (block is HeadingBlock { Level: <= SectionHeadingRenderer.MaxAnchoredLevel } heading && heading.TryGetAttributes()?.Id is { } id)
            {
                toc.Add(new TocEntry(heading.Level == 3 ? 3 : 2, id, Whitespace.Collapse(PlainText.Of(heading.Inline))));
            }
            else if (block is ContainerBlock child)
            {
                AddHeadings(child, toc);
            }
        }
    }

    private static List<TextSection> Sections(MarkdownDocument document)
    {
        var sections = new List<TextSection>();
        string? id = null;
        var title = string.Empty;
        var text = new StringBuilder();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: <= 2 } heading && heading.TryGetAttributes()?.Id is { } headingId)
            {
                sections.Add(new TextSection(id, title, Whitespace.Collapse(text.ToString())));
                text.Clear();
                id = headingId;
                title = Whitespace.Collapse(PlainText.Of(heading.Inline));
                continue;
            }

            PlainText.Append(text, block);
        }

        sections.Add(new TextSection(id, title, Whitespace.Collapse(text.ToString())));
        return sections.Where(s => s.Id is not null || s.Text.Length > 0).ToList();
    }
}
