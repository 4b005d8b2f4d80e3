using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PmGuideSite.Markdown.Rendering;

/// <summary>A task-list checkbox and the text after it, written as one <c>label.task-list-label</c>.</summary>
internal sealed class TaskLabel : ContainerInline
{
}

/// <summary>Writes a <see cref="TaskLabel"/>.</summary>
internal sealed class TaskLabelRenderer : HtmlObjectRenderer<TaskLabel>
{
    protected override void Write(HtmlRenderer renderer, TaskLabel label)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<label class=\"task-list-label\">");
        }

        renderer.WriteChildren(label);
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</label>");
        }
    }
}
