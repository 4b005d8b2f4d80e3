using PmGuideSite.Config;

namespace PmGuideSite.Templates;

/// <summary>The theme's files: a site's override folder first, then the default theme, matched name by name.</summary>
internal sealed class Theme(string defaultDirectory, string? overrideDirectory)
{
    /// <summary>The theme configured for a site.</summary>
    public static Theme For(SiteConfig config) => new(config.ThemeDirectory, config.ThemeOverrideDirectory);

    // Scriban asks for every include of every page: one disk lookup per name and build is enough (a theme does not
    // change during a build; serve makes a new Theme for each rebuild).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _found = new(StringComparer.Ordinal);

    /// <summary>The full path of a theme file such as <c>layouts/base.html</c>, or null when neither folder has it.</summary>
    public string? Find(string relativePath) => _found.GetOrAdd(relativePath, Look);

    private string? Look(string relativePath)
    {
        if (relativePath.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(relativePath))
        {
            return null;
        }

        foreach (var folder in Folders())
        {
            var candidate = Path.Combine(folder, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Every asset file (relative to <c>assets/</c>), override files replacing default ones, in ordinal order.</summary>
    public IReadOnlyList<(string RelativePath, string FullPath)> Assets()
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders().Reverse())
        {
            var assets = Path.Combine(folder, "assets");
            if (!Directory.Exists(assets))
            {
                continue;
            }

            // Links are skipped: a linked folder can loop, and a linked file could copy anything on the disk into the site.
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, MaxRecursionDepth = 16 };
            foreach (var file in Directory.EnumerateFiles(assets, "*", options))
            {
                found[Path.GetRelativePath(assets, file).Replace('\\', '/')] = file;
            }
        }

        return found.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    private IEnumerable<string> Folders()
    {
        if (overrideDirectory is not null)
        {
            yield return overrideDirectory;
        }

        yield return defaultDirectory;
    }
}
