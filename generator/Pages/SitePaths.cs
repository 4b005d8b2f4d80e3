namespace PmGuideSite.Pages;

/// <summary>Maps content files to output pages and computes relative URLs between output files.</summary>
internal static class SitePaths
{
    /// <summary>The output page for a content file (<c>chapters/a.md</c> → <c>chapters/a.html</c>), or null if it is not a page source.</summary>
    public static string? OutputFor(string contentRelativePath)
    {
        var slash = contentRelativePath.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || contentRelativePath.IndexOf('/', slash + 1) >= 0)
        {
            return null;
        }

        var folder = contentRelativePath[..slash];
        var extension = Path.GetExtension(contentRelativePath);
        var stem = Path.GetFileNameWithoutExtension(contentRelativePath);
        return (folder, extension) switch
        {
            ("chapters" or "principles" or "examples", ".md") => $"{folder}/{stem}.html",
            ("questions", ".yml" or ".yaml") => $"questions/{stem}.html",
            _ => null,
        };
    }

    /// <summary>The prefix that leads from a page back to the site root: "" at the top, "../" one folder down.</summary>
    public static string RootPrefix(string outputPath)
    {
        var depth = outputPath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A relative URL from one output file to another (both relative to the site root, with '/').</summary>
    public static string Relative(string fromOutputPath, string toOutputPath)
    {
        var fromParts = fromOutputPath.Split('/');
        var toParts = toOutputPath.Split('/');
        var common = 0;
        while (common < fromParts.Length - 1 && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        var ups = fromParts.Length - 1 - common;
        return string.Concat(Enumerable.Repeat("../", ups)) + string.Join('/', toParts.Skip(common));
    }

    /// <summary>Normalises a '/'-separated path with '.' and '..' segments; null when it climbs above the root.</summary>
    public static string? Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }
}
