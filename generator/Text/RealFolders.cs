using System.Collections.Concurrent;

namespace PmGuideSite.Text;

/// <summary>
/// Real paths of files found in a few folders, each folder resolved once: a file that is no link lies where its
/// folder really is, so only linked files are resolved component by component (<see cref="RealPath.Resolve"/>).
/// Safe from several threads.
/// </summary>
internal sealed class RealFolders
{
    private readonly ConcurrentDictionary<string, string?> _folders = new(StringComparer.Ordinal);

    /// <summary>The folder with every link resolved, or null when its links loop.</summary>
    public string? Folder(string folder) => _folders.GetOrAdd(folder, static f => RealPath.Resolve(f));

    /// <summary>The file's path with every link resolved, or null when the links loop.</summary>
    /// <param name="path">The file.</param>
    /// <param name="isLink">Whether the file itself is a symbolic link (<see cref="RealPath.IsLink"/>).</param>
    public string? File(string path, bool isLink)
    {
        var full = Path.GetFullPath(path);
        if (isLink || Path.GetDirectoryName(full) is not { } parent)
        {
            return RealPath.Resolve(full);
        }

        return Folder(parent) is { } folder ? Path.Combine(folder, Path.GetFileName(full)) : null;
    }
}
