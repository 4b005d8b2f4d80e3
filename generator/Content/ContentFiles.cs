namespace PmGuideSite.Content;

/// <summary>Lists every file under the content folder (for link checks), without following symbolic links.</summary>
internal static class ContentFiles
{
    private const int MaxDepth = 16;

    /// <summary>Content-relative paths with '/', in ordinal order.</summary>
    public static IReadOnlySet<string> List(string contentDirectory)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        Walk(contentDirectory, contentDirectory, 0, result);
        return result;
    }

    private static void Walk(string root, string directory, int depth, SortedSet<string> result)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var entry in entries)
        {
            // A link can point back up the tree; skipping linked folders means a loop can never trap the build.
            if (entry is DirectoryInfo dir)
            {
                if (dir.LinkTarget is null && !dir.Name.StartsWith('.'))
                {
                    Walk(root, dir.FullName, depth + 1, result);
                }
            }
            else if (!entry.Name.StartsWith('.'))
            {
                result.Add(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'));
            }
        }
    }
}
