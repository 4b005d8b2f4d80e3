namespace PmGuideSite.Text;

/// <summary>
/// Resolves symbolic links one path component at a time, like POSIX realpath, but with a hop limit, so a link loop
/// or a link that leaves the site is found before any file is opened (.NET's own resolution does not detect loops).
/// </summary>
internal static class RealPath
{
    /// <summary>More links than this in one path is treated as a loop (Linux stops at 40 as well).</summary>
    private const int MaxHops = 40;

    /// <summary>The path with every symbolic link resolved, or null when the links loop.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxHops)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return current;
    }

    /// <summary>
    /// Whether the entry is a symbolic link, from the status it already has (listing a folder or measuring a file
    /// fetches it), without reading the link: <see cref="FileSystemInfo.LinkTarget"/> costs a readlink call per file,
    /// which fails for every file that is no link. False for a missing file.
    /// </summary>
    public static bool IsLink(FileSystemInfo info)
    {
        var attributes = info.Attributes;
        return (int)attributes != -1 && (attributes & FileAttributes.ReparsePoint) != 0;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both already resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var trimmed = folder.Length > 1 ? folder.TrimEnd(Path.DirectorySeparatorChar) : folder;
        return path == trimmed || path.StartsWith(trimmed.EndsWith(Path.DirectorySeparatorChar) ? trimmed : trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string[] Parts(string path) => path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
