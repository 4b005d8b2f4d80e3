using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Extensions.CustomContainers;

namespace PmGuideSite.Markdown.Containers;

/// <summary>Renders weak/strong answers, annotations and callouts with a visible label the theme can style side by side.</summary>
internal sealed class StudyContainerRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer block)
    {
        var name = block.Info ?? string.Empty;
        if (!StudyContainers.Known.TryGetValue(name, out var kind))
        {
            // Unknown names are reported by the renderer's checks; render the content plainly so nothing is lost.
            renderer.WriteChildren(block);
            return;
        }

        var label = string.IsNullOrWhiteSpace(block.Arguments) ? kind.Label : block.Arguments.Trim();
        renderer.EnsureLine();
        renderer.Write('<').Write(kind.Element).Write(" class=\"").Write(kind.Css).Write('"');
        if (kind.Element == "div")
        {
            renderer.Write(" role=\"note\"");
        }

        renderer.Write('>');
        renderer.Write("<p class=\"container-label\">").WriteEscape(label).Write("</p>").WriteLine();
        renderer.WriteChildren(block);
        renderer.Write("</").Write(kind.Element).Write('>').WriteLine();
    }
}
