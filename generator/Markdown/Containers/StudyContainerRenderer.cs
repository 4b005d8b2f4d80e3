using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace PmGuideSite.Markdown.Containers;

/// <summary>
/// Renders weak/strong answers, annotations and callouts with a visible label the theme can style, and puts a weak
/// answer followed directly by a strong one in one <c>div.compare</c> so the theme can show them side by side.
/// </summary>
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

        var opensPair = name == "weak" && Neighbour(block, 1) is CustomContainer { Info: "strong" };
        var closesPair = name == "strong" && Neighbour(block, -1) is CustomContainer { Info: "weak" };

        // The two answers of a pair are written side by side: nothing comes between them.
        if (!closesPair)
        {
            renderer.EnsureLine();
        }

        if (opensPair)
        {
            renderer.Write("<div class=\"compare\">");
        }

        renderer.Write('<').Write(kind.Element).Write(" class=\"").Write(kind.Css).Write('"');
        if (kind.Element == "div")
        {
            renderer.Write(" role=\"note\"");
        }

        renderer.Write('>');
        renderer.Write("<p class=\"container-label\">").WriteEscape(StudyContainers.LabelOf(block)).Write("</p>").WriteLine();
        renderer.WriteChildren(block);
        renderer.Write("</").Write(kind.Element).Write('>');
        if (closesPair)
        {
            renderer.Write("</div>");
        }

        if (!opensPair)
        {
            renderer.WriteLine();
        }
    }

    // The next or previous block that writes any HTML: link reference definitions and blank lines write none.
    private static Block? Neighbour(Block block, int step)
    {
        var parent = block.Parent;
        if (parent is null)
        {
            return null;
        }

        for (var i = parent.IndexOf(block) + step; i >= 0 && i < parent.Count; i += step)
        {
            if (parent[i] is not (LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock))
            {
                return parent[i];
            }
        }

        return null;
    }
}
