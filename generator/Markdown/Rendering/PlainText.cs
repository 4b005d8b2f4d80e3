using System.Globalization;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PmGuideSite.Markdown.Containers;

namespace PmGuideSite.Markdown.Rendering;

/// <summary>
/// The text a reader sees in rendered Markdown, read from the syntax tree: what the browser's <c>textContent</c> gives
/// for the HTML our renderers write, with a space at every block boundary (where the HTML always has a line break).
/// </summary>
/// <remarks>Image alt text, checkboxes, raw HTML tags and the heading anchors the renderer adds carry no text.</remarks>
internal static class PlainText
{
    /// <summary>The text of one inline container (a heading's or paragraph's content), not yet collapsed.</summary>
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        if (inline is not null)
        {
            AppendChildren(builder, inline);
        }

        return builder.ToString();
    }

    /// <summary>The text of one block and everything in it, not yet collapsed.</summary>
    public static string Of(Block block)
    {
        var builder = new StringBuilder();
        Append(builder, block);
        return builder.ToString();
    }

    /// <summary>Appends a block's text, with a space on either side.</summary>
    public static void Append(StringBuilder builder, Block block)
    {
        builder.Append(' ');
        switch (block)
        {
            case CodeBlock code:
                for (var i = 0; i < code.Lines.Count; i++)
                {
                    builder.Append(code.Lines.Lines[i].Slice.AsSpan()).Append('\n');
                }

                break;
            case LeafBlock { Inline: { } inline }:
                AppendChildren(builder, inline);
                break;
            case CustomContainer container:
                if (StudyContainers.LabelOf(container) is { } label)
                {
                    builder.Append(label).Append(' ');
                }

                AppendChildren(builder, container);
                break;
            case Markdig.Extensions.Alerts.AlertBlock alert:
                builder.Append(AlertRenderer.LabelOf(alert)).Append(' ');
                AppendChildren(builder, alert);
                break;
            case ContainerBlock container:
                AppendChildren(builder, container);
                break;
        }

        builder.Append(' ');
    }

    private static void AppendChildren(StringBuilder builder, ContainerBlock container)
    {
        foreach (var child in container)
        {
            Append(builder, child);
        }
    }

    private static void AppendChildren(StringBuilder builder, ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(builder, child);
        }
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.ContentSpan);
                break;
            case LineBreakInline:
                builder.Append('\n');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case FootnoteLink footnote:
                builder.Append(footnote.IsBackLink ? "↩" : footnote.Footnote.Order.ToString(CultureInfo.InvariantCulture));
                break;
            case LinkInline { IsImage: true }:
                break;
            case DelimiterInline delimiter:
                // An unmatched delimiter is written as its literal characters, followed by its children.
                builder.Append(delimiter.ToLiteral());
                AppendChildren(builder, delimiter);
                break;
            case ContainerInline container:
                AppendChildren(builder, container);
                break;
        }
    }
}
