using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PmGuideSite.Text;

namespace PmGuideSite.Markdown.Rendering;

/// <summary>
/// Writes headings as the page shows them: a level-1 heading becomes <c>h2</c> (the page title is the only <c>h1</c>;
/// a warning says so earlier), and <c>h2</c>/<c>h3</c> end with a "#" link to themselves, named for screen readers.
/// </summary>
internal sealed class SectionHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>Headings up to this level get an anchor and a place in the table of contents (before h1 → h2).</summary>
    public const int MaxAnchoredLevel = 3;

    private static readonly string[] s_tags = ["h2", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>The tag a heading is written as.</summary>
    public static string TagOf(HeadingBlock heading) =>
        heading.Level >= 1 && heading.Level <= s_tags.Length ? s_tags[heading.Level - 1] : "h6";

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteLeafInline(heading);
            renderer.EnsureLine();
            return;
        }

        // After an implicit paragraph (a tight list item) start on a new line, as every other block does.
        if (!renderer.IsFirstInContainer)
        {
            renderer.EnsureLine();
        }

        var tag = TagOf(heading);
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.Level <= MaxAnchoredLevel && heading.TryGetAttributes()?.Id is { } id)
        {
            renderer.Write("<a class=\"heading-anchor\" href=\"#").WriteEscape(id)
                .Write("\" aria-label=\"Link to this section: ").WriteEscape(Whitespace.Collapse(PlainText.Of(heading.Inline)))
                .Write("\">#</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
