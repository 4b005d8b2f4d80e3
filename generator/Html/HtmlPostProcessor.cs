using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PmGuideSite.Html;

/// <summary>
/// Post-processes rendered Markdown with AngleSharp: heading anchors, the table of contents, side-by-side answers,
/// scrollable tables, and the plain text of each section that search indexes.
/// </summary>
internal static class HtmlPostProcessor
{
    // One parser per thread, reused for every page: a parser is not documented as thread-safe, and making one per
    // page set up its configuration again each time.
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>Processes one fragment; <paramref name="pageTitle"/> names the text before the first section heading.</summary>
    public static ProcessedHtml Process(string fragment, string pageTitle)
    {
        var document = (_parser ??= new HtmlParser()).ParseDocument("<!DOCTYPE html><html><head></head><body>" + fragment + "</body></html>");
        var body = document.Body!;
        var toc = new List<TocEntry>();
        foreach (var heading in body.QuerySelectorAll("h1[id], h2[id], h3[id]"))
        {
            var text = Collapse(heading.TextContent);
            toc.Add(new TocEntry(heading.LocalName == "h3" ? 3 : 2, heading.Id!, text));
            var anchor = document.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-label", "Link to this section: " + text);
            anchor.TextContent = "#";
            heading.AppendChild(anchor);
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

        // Markdig aligns table columns with style attributes, which the Content-Security-Policy blocks: use classes.
        foreach (var cell in body.QuerySelectorAll("th[style], td[style]"))
        {
            var style = cell.GetAttribute("style") ?? string.Empty;
            cell.RemoveAttribute("style");
            foreach (var align in new[] { "left", "center", "right" })
            {
                if (style.Contains("text-align: " + align, StringComparison.Ordinal))
                {
                    cell.ClassList.Add("align-" + align);
                }
            }
        }

        WrapAnswers(document, body);
        LabelTaskCheckboxes(document, body);
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            var wrap = document.CreateElement("div");
            wrap.ClassName = "table-wrap";
            table.Parent!.ReplaceChild(wrap, table);
            wrap.AppendChild(table);
        }

        var sections = ExtractSections(body, pageTitle);
        return new ProcessedHtml(body.InnerHtml, toc, sections);
    }

    // A weak answer followed by a strong one sits in one grid, so the theme can show them side by side.
    private static void WrapAnswers(IDocument document, IElement body)
    {
        foreach (var weak in body.QuerySelectorAll("section.answer-weak").ToList())
        {
            if (weak.NextElementSibling is { } strong && strong.ClassList.Contains("answer-strong"))
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
                box.SetAttribute("aria-label", Collapse(parent.TextContent));
            }
        }
    }

    private static List<TextSection> ExtractSections(IElement body, string pageTitle)
    {
        var sections = new List<TextSection>();
        string? id = null;
        var title = pageTitle;
        var text = new StringBuilder();
        foreach (var child in body.Children)
        {
            if (child.LocalName == "h2" && child.Id is { } headingId)
            {
                sections.Add(new TextSection(id, title, Collapse(text.ToString())));
                text.Clear();
                id = headingId;
                title = Collapse(HeadingText(child));
                continue;
            }

            text.Append(' ').Append(TextOf(child));
        }

        sections.Add(new TextSection(id, title, Collapse(text.ToString())));
        return sections.Where(s => s.Id is not null || s.Text.Length > 0).ToList();
    }

    private static string HeadingText(IElement heading) =>
        string.Concat(heading.ChildNodes.Where(n => n is not IElement { ClassName: "heading-anchor" }).Select(n => n.TextContent));

    // Block boundaries become spaces, so "end.</p><p>Start" does not glue two words together.
    private static string TextOf(IElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is IText textNode && textNode.ParentElement?.ClassName != "heading-anchor")
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

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
