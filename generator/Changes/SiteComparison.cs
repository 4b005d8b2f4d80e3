using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PmGuideSite.Changes;

/// <summary>How one page differs between two builds.</summary>
internal enum PageChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>A page that was added, changed or removed, with the title it has (the new one, or the old one if removed).</summary>
internal sealed record PageChange(PageChangeKind Kind, string Path, string Title);

/// <summary>What <see cref="SiteComparison.Compare"/> found: the changed pages in path order, and how many pages were compared.</summary>
internal sealed record SiteChanges(IReadOnlyList<PageChange> Pages, int PagesCompared);

/// <summary>
/// Compares the pages (.html files) of two built sites by the content of their <c>&lt;main&gt;</c> element, so what every
/// page shares (navigation, footer, the generator's version, the service worker's cache name) does not make every
/// page look changed. A page without <c>&lt;main&gt;</c> is compared whole.
/// </summary>
internal static partial class SiteComparison
{
    /// <summary>Compares the site in <paramref name="oldSite"/> with the one in <paramref name="newSite"/>.</summary>
    public static SiteChanges Compare(string oldSite, string newSite)
    {
        var before = Pages(oldSite);
        var after = Pages(newSite);
        var changes = new List<PageChange>();
        foreach (var path in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(path);
            var now = after.GetValueOrDefault(path);
            if (old is null)
            {
                changes.Add(new PageChange(PageChangeKind.Added, path, now!.Title));
            }
            else if (now is null)
            {
                changes.Add(new PageChange(PageChangeKind.Removed, path, old.Title));
            }
            else if (!old.Hash.SequenceEqual(now.Hash))
            {
                changes.Add(new PageChange(PageChangeKind.Changed, path, now.Title));
            }
        }

        return new SiteChanges(changes, before.Keys.Union(after.Keys, StringComparer.Ordinal).Count());
    }

    private sealed record PageDigest(byte[] Hash, string Title);

    // Every .html file under the folder, keyed by its '/'-separated path; hidden files and folders are left out.
    private static Dictionary<string, PageDigest> Pages(string folder)
    {
        var pages = new Dictionary<string, PageDigest>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (path.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            var html = File.ReadAllText(file, Encoding.UTF8);
            var main = MainElement().Match(html);
            // The page's own heading names it best; the <title> adds the site's name.
            var heading = Heading().Match(main.Success ? main.Value : html) is { Success: true } h ? h.Groups[1].Value
                : TitleElement().Match(html) is { Success: true } t ? t.Groups[1].Value : path;
            var title = System.Net.WebUtility.HtmlDecode(Tag().Replace(heading, string.Empty)).Trim();
            pages[path] = new PageDigest(SHA256.HashData(Encoding.UTF8.GetBytes(main.Success ? main.Value : html)), title);
        }

        return pages;
    }

    [GeneratedRegex("<main\\b.*</main>", RegexOptions.Singleline)]
    private static partial Regex MainElement();

    [GeneratedRegex("<h1\\b[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleElement();
}
