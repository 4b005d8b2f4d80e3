using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace PmGuideSite.Markdown.Containers;

/// <summary>Swaps Markdig's generic custom-container renderer for <see cref="StudyContainerRenderer"/>.</summary>
internal sealed class StudyContainerExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new StudyContainerRenderer());
            html.ObjectRenderers.Replace<Markdig.Extensions.Alerts.AlertBlockRenderer>(new AlertRenderer());
        }
    }
}
