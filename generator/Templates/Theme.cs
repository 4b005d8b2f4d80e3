using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;

namespace PmGuideSite.Templates;

/// <summary>The theme's files: a site's override folder first, then the default theme, matched name by name.</summary>
internal sealed class Theme(string defaultDirectory, string? overrideDirectory)
{
    /// <summary>The theme configured for a site.</summary>
    public static Theme For(SiteConfig config) => new(config.ThemeDirectory, config.ThemeOverrideDirectory);

    // Scriban asks for every include of every page: one disk lookup per name and build is enough (a theme does not
    // change during a build; serve makes a new Theme for each rebuild).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _found = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string FullPath, string Why)> _refused = new(StringComparer.Ordinal);
    // The theme folders and their subfolders, each resolved once per build: a file that is no link is checked against
    // its folder's real path instead of resolving every component of its own path (a dozen readlink calls a file).
    private readonly RealFolders _real = new();
    private const int MaxDepth = 16;

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
            var info = new FileInfo(candidate);
            var isLink = RealPath.IsLink(info);
            if (!info.Exists && !isLink)
            {
                continue;
            }

            if (Problem(candidate, isLink, folder) is { } problem)
            {
                _refused[relativePath] = (candidate, problem);
                return null;
            }

            return candidate;
        }

        return null;
    }

    /// <summary>A theme file that exists but may not be used (a link out of its theme folder, say): its full path and
    /// why; null when <paramref name="relativePath"/> was found or is simply missing.</summary>
    public (string FullPath, string Why)? Refused(string relativePath) =>
        Find(relativePath) is null && _refused.TryGetValue(relativePath, out var refused) ? refused : null;

    /// <summary>Every asset file (relative to <c>assets/</c>), override files replacing default ones, in ordinal order.
    /// Theme files obey the content folder's rule: a linked folder is not followed (a warning), and a linked file is used
    /// only when it resolves to a file inside its own theme folder (an error otherwise).</summary>
    public IReadOnlyList<(string RelativePath, string FullPath)> Assets(DiagnosticBag? diagnostics = null)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders().Reverse())
        {
            var assets = Path.Combine(folder, "assets");
            if (Directory.Exists(assets))
            {
                Walk(folder, assets, assets, 0, found, diagnostics);
            }
        }

        return found.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    private void Walk(string folder, string assets, string directory, int depth, SortedDictionary<string, string> found, DiagnosticBag? diagnostics)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry is DirectoryInfo && RealPath.IsLink(entry))
            {
                // A linked folder can point back up the tree; not following it means a loop can never trap the build.
                diagnostics?.Warning(DiagnosticCodes.SymbolicLink,
                    "this theme folder is a symbolic link, which the build does not follow (links can loop); move the files into the theme instead",
                    SourceSpan.FileOnly(DisplayPath.For(entry.FullName)));
            }
            else if (entry is DirectoryInfo)
            {
                Walk(folder, assets, entry.FullName, depth + 1, found, diagnostics);
            }
            else if (RealPath.IsLink(entry) && Problem(entry.FullName, isLink: true, folder) is { } problem)
            {
                diagnostics?.Error(DiagnosticCodes.SymbolicLink, problem, SourceSpan.FileOnly(DisplayPath.For(entry.FullName)));
            }
            else
            {
                found[Path.GetRelativePath(assets, entry.FullName).Replace('\\', '/')] = entry.FullName;
            }
        }
    }

    // The content folder's rule: a link must resolve, without looping, to a real file inside the folder it is in, so no
    // theme file can publish /etc/passwd or the build's environment.
    private string? Problem(string fullPath, bool isLink, string folder)
    {
        var real = _real.File(fullPath, isLink);
        var realFolder = _real.Folder(folder) ?? folder;
        if (real is null)
        {
            return "the theme file is a symbolic link that loops back on itself; replace it with the real file";
        }

        if (!RealPath.IsInside(real, realFolder))
        {
            return $"the theme file is a symbolic link to '{real}', outside its theme folder; copy the file into the theme instead";
        }

        // A file that is no link exists: it was just found.
        return !isLink || File.Exists(real) ? null : $"the theme file is a symbolic link to '{DisplayPath.For(real)}', which does not exist";
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
