using Markdig.Extensions.CustomContainers;

namespace PmGuideSite.Markdown.Containers;

/// <summary>The container names content may use (<c>::: weak</c> … <c>:::</c>) and how each is labelled.</summary>
internal static class StudyContainers
{
    /// <summary>Container name → (CSS modifier, visible label, element).</summary>
    public static readonly IReadOnlyDictionary<string, (string Css, string Label, string Element)> Known =
        new Dictionary<string, (string, string, string)>(StringComparer.Ordinal)
        {
            ["weak"] = ("answer answer-weak", "Weak answer", "section"),
            ["strong"] = ("answer answer-strong", "Strong answer", "section"),
            ["annotations"] = ("annotations", "What makes the difference", "aside"),
            ["tip"] = ("callout callout-tip", "Tip", "div"),
            ["note"] = ("callout callout-note", "Note", "div"),
            ["warning"] = ("callout callout-warning", "Warning", "div"),
            // The names other docs tools use for the same three callouts (Docusaurus, VitePress, MkDocs).
            ["info"] = ("callout callout-note", "Info", "div"),
            ["important"] = ("callout callout-note", "Important", "div"),
            ["caution"] = ("callout callout-warning", "Caution", "div"),
            ["danger"] = ("callout callout-warning", "Danger", "div"),
        };

    /// <summary>The visible label of a known container (its arguments, or the default), or null for an unknown one.</summary>
    public static string? LabelOf(CustomContainer container) =>
        Known.TryGetValue(container.Info ?? string.Empty, out var kind)
            ? string.IsNullOrWhiteSpace(container.Arguments) ? kind.Label : container.Arguments.Trim()
            : null;
}
