using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace PmGuideSite.Html;

/// <summary>Strips script, event handlers, unsafe URLs and inline styles from raw HTML in contributed Markdown.</summary>
internal static class ContentSanitizer
{
    /// <summary>
    /// Returns the sanitised document (its body holds the fragment), parsed once and ready for
    /// <see cref="HtmlPostProcessor"/>; <paramref name="removed"/> hears a short description of each thing taken out.
    /// </summary>
    public static IHtmlDocument Sanitize(string html, Action<string> removed)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(Markdown.Links.LinkResolver.SafeSchemes);
        sanitizer.AllowedAttributes.UnionWith(["id", "class", "checked", "disabled", "type", "role", "aria-label", "colspan", "rowspan"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.UnionWith(["input", "label"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.RemovingTag += (_, e) => removed($"the <{e.Tag.LocalName}> element");
        sanitizer.RemovingAttribute += (_, e) => removed($"the '{e.Attribute.Name}' attribute of <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => removed("an inline style");
        sanitizer.RemovingAtRule += (_, e) => removed("a CSS rule");
        return sanitizer.SanitizeDom(html);
    }
}
