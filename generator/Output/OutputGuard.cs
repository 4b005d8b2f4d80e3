using PmGuideSite.Config;

namespace PmGuideSite.Output;

/// <summary>Refuses output folders whose replacement would destroy something: content, theme, the site root, / or home,
/// a repository, or any folder with files in it that an earlier build did not write.</summary>
internal static class OutputGuard
{
    /// <summary>The file every build puts in its output folder, so the next build knows it may replace that folder.</summary>
    public const string MarkerName = ".pmguide-output";

    /// <summary>The marker's text: what the folder is, for someone who finds it.</summary>
    public const string MarkerText = "This folder is a site built by pmguide. Each build replaces all of it; keep nothing else here.\n";

    private static readonly string[] s_repositoryFolders = [".git", ".hg", ".svn"];

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

        return Occupied(output);
    }

    // A repository's own folder, a folder holding one, or a folder of someone's files is never replaced: the build
    // deletes what the folder held. Only a folder an earlier build wrote (it has the marker) or an empty one is safe.
    private static string? Occupied(string output)
    {
        var parts = output.Split(Path.DirectorySeparatorChar);
        if (parts.FirstOrDefault(p => s_repositoryFolders.Contains(p, StringComparer.OrdinalIgnoreCase)) is { } repository)
        {
            return $"it is (or lies inside) a repository's '{repository}' folder, which holds its history";
        }

        if (!Directory.Exists(output))
        {
            return null;
        }

        if (s_repositoryFolders.FirstOrDefault(r => Path.Exists(Path.Combine(output, r))) is { } held)
        {
            return $"it holds a repository ('{held}'), whose history the build would delete";
        }

        if (File.Exists(Path.Combine(output, MarkerName)) || WrittenByEarlierVersion(output))
        {
            return null;
        }

        return Directory.EnumerateFileSystemEntries(output).Any()
            ? $"it is not empty and no earlier build wrote it (it has no '{MarkerName}' file), so the build would delete files it did not make; choose a new or empty folder"
            : null;
    }

    // Sites built before the marker existed: their home page names the generator in its first lines.
    private static bool WrittenByEarlierVersion(string output)
    {
        var index = Path.Combine(output, "index.html");
        if (!File.Exists(index) || File.Exists(Path.Combine(output, MarkerName)))
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(index, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var head = new byte[2048];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return System.Text.Encoding.UTF8.GetString(head, 0, read).Contains("<meta name=\"generator\" content=\"pmguide ", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsInside(string child, string parent) =>
        child.StartsWith(parent + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (parent == "/" && child != "/");

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
}
