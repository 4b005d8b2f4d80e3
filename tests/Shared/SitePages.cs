namespace PmGuideSite.Testing;

/// <summary>
/// Every page of a built site, grouped by page type (the first folder, or the file name for top-level pages), so
/// gates cover pages that are added later without being told about them.
/// </summary>
internal static class SitePages
{
    /// <summary>Every .html file under <paramref name="site"/>, as '/'-separated relative paths in ordinal order.</summary>
    public static IReadOnlyList<string> All(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The page type of a relative path: "chapters" for chapters/x.html, "home" for index.html, "404" for 404.html.</summary>
    public static string TypeOf(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return path[..slash];
        }

        var name = Path.GetFileNameWithoutExtension(path);
        return name == "index" ? "home" : name;
    }

    /// <summary>The pages of each type, types in ordinal order.</summary>
    public static IReadOnlyList<(string Type, IReadOnlyList<string> Pages)> Groups(string site) =>
        All(site).GroupBy(TypeOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.ToList()))
            .ToList();

    /// <summary>
    /// One page per type: the largest file of the type, because it holds the most varied content (tables, task
    /// lists, footnotes, side-by-side answers) that per-type checks should see.
    /// </summary>
    public static IReadOnlyList<string> Representatives(string site) =>
        Groups(site).Select(g => g.Pages
                .OrderByDescending(p => new FileInfo(Path.Combine(site, p)).Length)
                .ThenBy(p => p, StringComparer.Ordinal)
                .First())
            .ToList();
}
