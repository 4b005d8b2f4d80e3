using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PmGuideSite.Markdown.Containers;

/// <summary>
/// Renders GitHub's alerts (<c>&gt; [!NOTE]</c>, <c>[!TIP]</c>, <c>[!IMPORTANT]</c>, <c>[!WARNING]</c>, <c>[!CAUTION]</c>)
/// as the theme's own callouts, so Markdown written for GitHub looks like the rest of the site.
/// </summary>
internal sealed class AlertRenderer : HtmlObjectRenderer<AlertBlock>
{
    /// <summary>Each alert kind (upper case, as written) and the callout it becomes.</summary>
    public static readonly IReadOnlyDictionary<string, (string Css, string Label)> Kinds = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["NOTE"] = ("callout callout-note", "Note"),
        ["TIP"] = ("callout callout-tip", "Tip"),
        ["IMPORTANT"] = ("callout callout-note", "Important"),
        ["WARNING"] = ("callout callout-warning", "Warning"),
        ["CAUTION"] = ("callout callout-warning", "Caution"),
    };

    /// <summary>The visible label of an alert ("Note", "Caution"), which search and the outline index with its text.</summary>
    public static string LabelOf(AlertBlock block) => KindOf(block).Label;

    private static (string Css, string Label) KindOf(AlertBlock block) =>
        Kinds.TryGetValue(block.Kind.ToString(), out var kind) ? kind : ("callout callout-note", "Note");

    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        var (css, label) = KindOf(block);
        renderer.EnsureLine();
        renderer.Write("<div class=\"").Write(css).Write("\" role=\"note\">");
        renderer.Write("<p class=\"container-label\">").WriteEscape(label).Write("</p>").WriteLine();
        renderer.WriteChildren(block);
        renderer.Write("</div>").WriteLine();
    }
}
