using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

// Markdig writes void elements the XHTML way (<hr />); the pages are HTML5, where html-validate wants <hr>. These
// renderers differ from Markdig's only in that (and the checkbox in where its accessible name goes).
namespace PmGuideSite.Markdown.Rendering;

/// <summary>Writes a thematic break as <c>&lt;hr&gt;</c>.</summary>
internal sealed class ThematicBreakHtmlRenderer : HtmlObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, ThematicBreakBlock block)
    {
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("<hr").WriteAttributes(block).WriteLine(">");
        }
    }
}

/// <summary>Writes a hard line break as <c>&lt;br&gt;</c> and a soft one as a new line.</summary>
internal sealed class LineBreakHtmlRenderer : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        if (renderer.EnableHtmlForInline && lineBreak.IsHard)
        {
            renderer.WriteLine("<br>");
        }

        renderer.EnsureLine();
    }
}

/// <summary>Writes images as <c>&lt;img …&gt;</c>; links are Markdig's.</summary>
internal sealed class ImageHtmlRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }

        renderer.Write("<img src=\"").WriteEscapeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url).Write('"').WriteAttributes(link);
        renderer.Write(" alt=\"");
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = true;
        renderer.Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write('>');
    }
}

/// <summary>Writes a task-list checkbox as <c>&lt;input …&gt;</c>, its <c>aria-label</c> (when it has one) last.</summary>
internal sealed class TaskCheckboxRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList task)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(task.Checked ? "[x]" : "[ ]");
            return;
        }

        renderer.Write("<input disabled=\"disabled\" type=\"checkbox\"");
        if (task.Checked)
        {
            renderer.Write(" checked=\"checked\"");
        }

        renderer.WriteAttributes(task).Write('>');
    }
}

/// <summary>Writes the footnotes at the end of a page, with <c>&lt;hr&gt;</c> above them.</summary>
internal sealed class FootnoteGroupHtmlRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">").WriteLine("<hr>").WriteLine("<ol>");
        foreach (var block in footnotes)
        {
            var footnote = (Footnote)block;
            renderer.Write("<li id=\"fn:").Write(footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>").WriteLine("</div>");
    }
}
