using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PmGuideSite.Testing;

namespace PmGuideSite.Tests.Gates;

/// <summary>What the link gate found: broken internal references and the external links it listed (never fetched).</summary>
internal sealed record LinkReport(IReadOnlyList<string> Broken, IReadOnlyList<string> External);

/// <summary>
/// The link gate: crawls every page of a built site with AngleSharp and resolves each internal reference (links,
/// stylesheets, scripts, images, form actions) and each #anchor the way a browser does from file://, where a folder
/// URL opens a directory listing instead of index.html.
/// </summary>
internal static class LinkChecker
{
    private static readonly HtmlParser s_parser = new();
    private static readonly Regex s_scheme = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);

    /// <summary>Checks every page under <paramref name="site"/>.</summary>
    public static LinkReport Check(string site)
    {
        var root = new Uri(Path.GetFullPath(site).TrimEnd('/') + "/");
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        var external = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in SitePages.All(site))
        {
            var document = Parse(site, page);
            ids[page] = IdsOf(document);
            foreach (var (element, attribute) in References(document))
            {
                var value = element.GetAttribute(attribute)!.Trim();
                var problem = Resolve(root, site, page, value, ids, external);
                if (problem is not null)
                {
                    broken.Add($"{page}: {Describe(element)} → {problem}");
                }
            }
        }

        return new LinkReport(broken, external.ToList());
    }

    private static string? Resolve(Uri root, string site, string page, string value, Dictionary<string, HashSet<string>> ids, SortedSet<string> external)
    {
        if (value.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            external.Add(value);
            return null;
        }

        if (value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (value.Length == 0)
        {
            return "an empty address";
        }

        if (value.StartsWith("//", StringComparison.Ordinal) || value.StartsWith('/'))
        {
            return $"'{value}' is root-relative: from file:// it points at the disk's root, not the site";
        }

        if (s_scheme.IsMatch(value))
        {
            return $"'{value}' uses a scheme the site does not allow";
        }

        // .NET keeps '#' and '?' inside the path of file: URIs, so split them off before resolving.
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash >= 0 ? Uri.UnescapeDataString(value[(hash + 1)..]) : null;
        var address = hash >= 0 ? value[..hash] : value;
        var question = address.IndexOf('?', StringComparison.Ordinal);
        address = question >= 0 ? address[..question] : address;
        var target = address.Length == 0 ? new Uri(root, page) : new Uri(new Uri(root, page), address);
        if (!target.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
        {
            return $"'{value}' leaves the site folder";
        }

        var relative = Uri.UnescapeDataString(target.AbsolutePath[root.AbsolutePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/') || Directory.Exists(Path.Combine(site, relative)))
        {
            return $"'{value}' is a folder URL: from file:// it opens a directory listing, not index.html";
        }

        if (!File.Exists(Path.Combine(site, relative)))
        {
            return $"missing file '{relative}'";
        }

        if (string.IsNullOrEmpty(anchor) || !relative.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        if (!ids.TryGetValue(relative, out var targetIds))
        {
            targetIds = IdsOf(Parse(site, relative));
            ids[relative] = targetIds;
        }

        return targetIds.Contains(anchor) ? null : $"'{relative}' has no element with id '{anchor}'";
    }

    private static IEnumerable<(IElement Element, string Attribute)> References(IDocument document) =>
        document.QuerySelectorAll("a[href], area[href], link[href]").Select(e => (e, "href"))
            .Concat(document.QuerySelectorAll("script[src], img[src], source[src], iframe[src], video[src], audio[src]").Select(e => (e, "src")))
            .Concat(document.QuerySelectorAll("form[action]").Select(e => (e, "action")));

    private static IDocument Parse(string site, string page) => s_parser.ParseDocument(File.ReadAllText(Path.Combine(site, page)));

    private static HashSet<string> IdsOf(IDocument document) =>
        document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")!)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The element as a short start tag with its identifying attributes and text, e.g. &lt;a class="x" href="y"&gt; "Next".</summary>
    internal static string Describe(IElement element)
    {
        var attributes = element.Attributes.Where(a => a.Name is "id" or "class" or "href" or "src" or "action")
            .Select(a => $" {a.Name}=\"{a.Value}\"");
        var text = HtmlText(element);
        return $"<{element.LocalName}{string.Concat(attributes)}>" + (text.Length > 0 ? $" \"{text}\"" : string.Empty);
    }

    private static string HtmlText(IElement element)
    {
        var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 60 ? text[..57] + "…" : text;
    }
}
