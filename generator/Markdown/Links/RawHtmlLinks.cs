using System.Text.RegularExpressions;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Markdown.Links;

/// <summary>Finds the http(s) addresses in a piece of raw HTML, so <c>check --external</c> sees them as it sees Markdown links.</summary>
internal static partial class RawHtmlLinks
{
    /// <summary>Each href or src with an http or https address, placed at the raw HTML's position (its own is not tracked).</summary>
    public static IEnumerable<ExternalLink> External(string html, SourceSpan span) =>
        Address().Matches(html).Select(m => new ExternalLink(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), span));

    [GeneratedRegex("""\b(?:href|src)\s*=\s*["']?(https?://[^"'\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
