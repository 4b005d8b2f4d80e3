using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace PmGuideSite.Markdown.Rendering;

/// <summary>
/// Makes Markdig write each page's HTML in its final form: heading anchors, <c>h1</c> as <c>h2</c>, aligned and
/// scrollable tables, labelled task checkboxes and HTML5 void elements, so no second pass over the HTML is needed.
/// Added last, after the extensions whose renderers it replaces.
/// </summary>
internal sealed class PageHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += TaskListLabels.Apply;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        var renderers = html.ObjectRenderers;
        Swap<HeadingRenderer>(renderers, new SectionHeadingRenderer());
        Swap<ThematicBreakRenderer>(renderers, new ThematicBreakHtmlRenderer());
        Swap<LineBreakInlineRenderer>(renderers, new LineBreakHtmlRenderer());
        Swap<LinkInlineRenderer>(renderers, new ImageHtmlRenderer());
        Swap<HtmlTableRenderer>(renderers, new AlignedTableRenderer());
        Swap<HtmlTaskListRenderer>(renderers, new TaskCheckboxRenderer());
        Swap<HtmlFootnoteGroupRenderer>(renderers, new FootnoteGroupHtmlRenderer());
        renderers.Add(new TaskLabelRenderer());

        // Markdig writes the back link as the entity &#8617;; the character itself is the same to a reader and shorter.
        renderers.Find<HtmlFootnoteLinkRenderer>()!.BackLinkString = "↩";
    }

    private static void Swap<T>(ObjectRendererCollection renderers, IMarkdownObjectRenderer replacement)
        where T : IMarkdownObjectRenderer
    {
        if (!renderers.Replace<T>(replacement))
        {
            throw new InvalidOperationException($"{typeof(T).Name} is not in the pipeline; add {nameof(PageHtmlExtension)} after the extension that brings it");
        }
    }
}
