using PmGuideSite.Config;

namespace PmGuideSite.Output;

/// <summary>Refuses output folders whose replacement would destroy something: content, theme, the site root, / or home.</summary>
internal static class OutputGuard
{
    /// <summary>Why the folder is refused, or null when it is safe to replace.</summary>
    public static string? Problem(string outputDirectory, SiteConfig config)
    {
        var output = Trim(Path.GetFullPath(outputDirectory));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var forbidden = new List<(string Path, string Name)>
        {
            (config.RootDirectory, "the site's own folder (where site.yml is)"),
            (config.ContentDirectory, "the content folder"),
            (config.ThemeDirectory, "the theme folder"),
        };
        if (config.ThemeOverrideDirectory is { } themeOverride)
        {
            forbidden.Add((themeOverride, "the theme override folder"));
        }

        if (home.Length > 0)
        {
            forbidden.Add((home, "your home folder"));
        }

        if (Path.GetPathRoot(output) is { } root && Trim(root) == output)
        {
            return "it is the root of the file system";
        }

        foreach (var (path, name) in forbidden)
        {
            var guarded = Trim(Path.GetFullPath(path));
            if (output == guarded)
            {
                return $"it is {name}";
            }

            if (IsInside(guarded, output))
            {
                return $"it contains {name}, which the build would delete";
            }

            if (name != "your home folder" && name != "the site's own folder (where site.yml is)" && IsInside(output, guarded))
            {
                return $"it lies inside {name}";
            }
        }

        return null;
    }

    private static bool IsInside(string child, string parent) =>
        child.StartsWith(parent + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (parent == "/" && child != "/");

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
}
