using PmGuideSite.Diagnostics;
using PmGuideSite.Text;

namespace PmGuideSite.Content;

/// <summary>
/// Lists every file under the content folder (for link checks and asset copies). Linked folders are not followed, so a
/// loop cannot trap the build, and a linked file must resolve to a real file inside the site's folder.
/// </summary>
internal static class ContentFiles
{
    private const int MaxDepth = 16;

    /// <summary>Content-relative paths with '/', in ordinal order; unsafe links are left out (and reported when a bag is given,
    /// and added to <paramref name="refused"/> when it is given, so links to them are not reported again as missing).</summary>
    public static IReadOnlySet<string> List(string contentDirectory, string siteRoot, DiagnosticBag? diagnostics = null, ISet<string>? refused = null)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        var realRoot = RealPath.Resolve(siteRoot) ?? siteRoot;
        Walk(contentDirectory, contentDirectory, realRoot, 0, result, diagnostics, refused);
        return result;
    }

    /// <summary>Why a content file must not be read (a looping, dangling or escaping link), or null when it is safe.</summary>
    public static string? Problem(string fullPath, string realSiteRoot)
    {
        var real = RealPath.Resolve(fullPath);
        if (real is null)
        {
            return "the file is a symbolic link that loops back on itself; replace it with the real file";
        }

        if (!RealPath.IsInside(real, realSiteRoot))
        {
            return $"the file is a symbolic link to '{real}', outside the site's folder; copy the file into the site instead";
        }

        if (!File.Exists(real))
        {
            return $"the file is a symbolic link to '{DisplayPath.For(real)}', which does not exist";
        }

        return null;
    }

    private static void Walk(string root, string directory, string realSiteRoot, int depth, SortedSet<string> result, DiagnosticBag? diagnostics,
        ISet<string>? refused)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        List<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics?.Error(DiagnosticCodes.UnreadableFile, $"cannot list the folder: {ex.Message}", SourceSpan.FileOnly(DisplayPath.For(directory)));
            return;
        }

        foreach (var entry in entries.Where(e => !e.Name.StartsWith('.')))
        {
            if (entry is DirectoryInfo && RealPath.IsLink(entry))
            {
                // A linked folder can point back up the tree; not following it means a loop can never trap the build.
                diagnostics?.Warning(DiagnosticCodes.SymbolicLink,
                    "this folder is a symbolic link, which the build does not follow (links can loop); move the files into content/ instead",
                    SourceSpan.FileOnly(DisplayPath.For(entry.FullName)));
            }
            else if (entry is DirectoryInfo dir)
            {
                Walk(root, dir.FullName, realSiteRoot, depth + 1, result, diagnostics, refused);
            }
            else if (RealPath.IsLink(entry) && Problem(entry.FullName, realSiteRoot) is { } problem)
            {
                diagnostics?.Error(DiagnosticCodes.SymbolicLink, problem, SourceSpan.FileOnly(DisplayPath.For(entry.FullName)));
                refused?.Add(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'));
            }
            else
            {
                result.Add(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'));
            }
        }
    }
}
