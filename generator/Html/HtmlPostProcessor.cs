using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PmGuideSite.Text;

namespace PmGuideSite.Html;

/// <summary>
/// Finishes a body that contains raw HTML, on the tree the sanitiser has already parsed (so it costs no second parse):
/// the hand-written markup gets what the Markdown renderers give Markdown (heading anchors, <c>h1</c> as <c>h2</c>,
/// side-by-side answers, labelled checkboxes, scrollable tables), and the table of contents and each section's plain
/// text are read from the tree, so text that the sanitiser removed is not searchable. Bodies without raw HTML never
/// come here: <c>Markdown/Rendering</c> does all of this while rendering.
/// </summary>
/// <remarks>Every step leaves alone what the renderers already did, so on their output it changes nothing.</remarks>
internal static class HtmlPostProcessor
{
    /// <summary>Processes the sanitised body; the text before the first section heading has an empty title.</summary>
    public static ProcessedHtml Process(IHtmlDocument document)
    {
        var body = document.Body!;
        var toc = new List<TocEntry>();
        foreach (var heading in body.QuerySelectorAll("h1[id], h2[id], h3[id]"))
        {
            var text = Whitespace.Collapse(HeadingText(heading));
            toc.Add(new TocEntry(heading.LocalName == "h3" ? 3 : 2, heading.Id!, text));
            if (heading.Children.FirstOrDefault(IsHeadingAnchor) is not { } anchor)
            {
                anchor = document.CreateElement("a");
                anchor.ClassName = "heading-anchor";
                anchor.SetAttribute("href", "#" + heading.Id);
                anchor.TextContent = "#";
                heading.AppendChild(anchor);
            }

            // Named from the sanitised text, which may differ from the Markdown's (a removed element's text is gone).
            anchor.SetAttribute("aria-label", "Link to this section: " + text);
        }

        // The page title is the only h1; a stray '#' heading in a body becomes a section heading (with a warning earlier).
        foreach (var h1 in body.QuerySelectorAll("h1").ToList())
        {
            var h2 = document.CreateElement("h2");
            foreach (var attribute in h1.Attributes.ToList())
            {
                h2.SetAttribute(attribute.Name, attribute.Value);
            }

            while (h1.FirstChild is { } child)
            {
                h2.AppendChild(child);
            }

            h1.Parent!.ReplaceChild(h2, h1);
        }

        WrapAnswers(document, body);
        LabelTaskCheckboxes(document, body);
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            if (!Is(table.ParentElement, "div", "table-wrap"))
            {
                var wrap = document.CreateElement("div");
                wrap.ClassName = "table-wrap";
                table.Parent!.ReplaceChild(wrap, table);
                wrap.AppendChild(table);
            }
        }

        var sections = ExtractSections(body);
        return new ProcessedHtml(body.InnerHtml, toc, sections);
    }

    private static bool IsHeadingAnchor(IElement element) => Is(element, "a", "heading-anchor");

    private static bool Is(IElement? element, string localName, string className) =>
        element is not null && element.LocalName == localName && element.ClassList.Contains(className);

    // A weak answer followed by a strong one sits in one grid, so the theme can show them side by side.
    private static void WrapAnswers(IDocument document, IElement body)
    {
        foreach (var weak in body.QuerySelectorAll("section.answer-weak").ToList())
        {
            if (!Is(weak.ParentElement, "div", "compare") && weak.NextElementSibling is { } strong && strong.ClassList.Contains("answer-strong"))
            {
                var compare = document.CreateElement("div");
                compare.ClassName = "compare";
                weak.Parent!.ReplaceChild(compare, weak);
                compare.AppendChild(weak);
                compare.AppendChild(strong);
            }
        }
    }

    // A task-list checkbox needs an accessible name, or screen readers announce "checkbox, not checked" and nothing
    // else: the item's own text becomes its label.
    private static void LabelTaskCheckboxes(IDocument document, IElement body)
    {
        foreach (var box in body.QuerySelectorAll("li.task-list-item input[type=checkbox]").ToList())
        {
            var parent = box.ParentElement!;
            if (Is(parent, "label", "task-list-label") || box.HasAttribute("aria-label"))
            {
                continue;
            }

            var rest = new List<INode>();
            for (var node = box.NextSibling; node is not null; node = node.NextSibling)
            {
                rest.Add(node);
            }

            if (rest.All(n => n is IText or IElement { LocalName: "a" or "em" or "strong" or "code" or "span" or "kbd" or "sup" or "sub" or "mark" or "del" or "ins" or "small" or "b" or "i" or "abbr" or "br" }))
            {
                var label = document.CreateElement("label");
                label.ClassName = "task-list-label";
                parent.ReplaceChild(label, box);
                label.AppendChild(box);
                foreach (var node in rest)
                {
                    label.AppendChild(node);
                }
            }
            else
            {
                box.SetAttribute("aria-label", Whitespace.Collapse(parent.TextContent));
            }
        }
    }

    private static List<TextSection> ExtractSections(IElement body)
    {
        var sections = new List<TextSection>();
        string? id = null;
        var title = string.Empty;
        var text = new StringBuilder();
        foreach (var child in body.Children)
        {
            if (child.LocalName == "h2" && child.Id is { } headingId)
            {
                sections.Add(new TextSection(id, title, Whitespace.Collapse(text.ToString())));
                text.Clear();
                id = headingId;
                title = Whitespace.Collapse(HeadingText(child));
                continue;
            }

            text.Append(' ').Append(TextOf(child));
        }

        sections.Add(new TextSection(id, title, Whitespace.Collapse(text.ToString())));
        return sections.Where(s => s.Id is not null || s.Text.Length > 0).ToList();
    }

    private static string HeadingText(IElement heading) =>
        string.Concat(heading.ChildNodes.Where(n => !(n is IElement element && IsHeadingAnchor(element))).Select(n => n.TextContent));

    // Block boundaries become spaces, so "end.</p><p>Start" does not glue two words together.
    private static string TextOf(IElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is IText textNode && !(textNode.ParentElement is { } parent && IsHeadingAnchor(parent)))
            {
                builder.Append(textNode.Data);
            }
            else if (node is IElement { LocalName: "p" or "li" or "td" or "th" or "br" or "h3" or "h4" or "div" or "section" or "aside" or "tr" })
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
