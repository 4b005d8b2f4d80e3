using System.Text;
using PmGuideSite.Output;

namespace PmGuideSite.Serve;

/// <summary>
/// Brings an existing output folder in line with a newly built site by writing only the files whose bytes differ
/// and deleting the ones the site no longer has; the result is the same tree a full write produces. It remembers
/// what it last wrote, so an unchanged page is recognised in memory instead of by reading the file back.
/// </summary>
internal sealed class OutputSync
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, Print> _written = new(StringComparer.Ordinal);

    /// <summary>Records a site just written in full (by <see cref="SiteWriter"/>), so the next sync can compare in memory.</summary>
    public void Remember(BuiltSite site, string outputDirectory)
    {
        _written.Clear();
        foreach (var (path, file) in site.Files)
        {
            if (Fingerprint(file) is { } print)
            {
                _written[path] = print;
            }
        }
    }

    /// <summary>Updates <paramref name="outputDirectory"/> and returns the site paths that changed, in ordinal order.</summary>
    public IReadOnlyList<string> Apply(BuiltSite site, string outputDirectory)
    {
        var changed = new List<string>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, file) in site.Files)
        {
            wanted.Add(path);
            var fingerprint = Fingerprint(file);
            var destination = Path.Combine(outputDirectory, path);
            if (fingerprint is { } print && _written.TryGetValue(path, out var previous) && previous == print && File.Exists(destination))
            {
                continue;
            }

            if (fingerprint is { } known)
            {
                _written[path] = known;
            }

            var bytes = file switch
            {
                SiteFile.Text text => s_utf8.GetBytes(text.Content),
                SiteFile.Utf8 utf8 => utf8.Content,
                SiteFile.Copy copy => File.ReadAllBytes(copy.SourcePath),
                _ => throw new InvalidOperationException($"unknown site file {file.GetType().Name}"),
            };
            if (File.Exists(destination) && SameBytes(destination, bytes))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);

            // Write beside the file and rename over it, so a browser fetching it meanwhile sees the old or new bytes, never half.
            var temporary = destination + ".pmguide-tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, destination, overwrite: true);
            changed.Add(path);
        }

        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(outputDirectory, file).Replace('\\', '/');
            if (!wanted.Contains(relative))
            {
                File.Delete(file);
                _written.Remove(relative);
                changed.Add(relative);
            }
        }

        RemoveEmptyFolders(outputDirectory, isRoot: true);
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    // Text is its own fingerprint; a copied file is known by its source's path, size and time (a changed source has a new time).
    private static Print? Fingerprint(SiteFile file)
    {
        switch (file)
        {
            case SiteFile.Text text:
                return new Print(true, text.Content);
            case SiteFile.Utf8 utf8:
                // Rendered pages arrive as UTF-8 bytes; a hash stands for them instead of a second copy in memory.
                return new Print(true, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(utf8.Content)));
            case SiteFile.Copy copy:
                var info = new FileInfo(copy.SourcePath);
                return info.Exists ? new Print(false, $"{copy.SourcePath}|{info.Length}|{info.LastWriteTimeUtc.Ticks}") : null;
            default:
                return null;
        }
    }

    /// <summary>What was written at a path: the text itself, or a copied file's source, size and time.</summary>
    private readonly record struct Print(bool IsText, string Value);

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static void RemoveEmptyFolders(string directory, bool isRoot)
    {
        foreach (var child in Directory.EnumerateDirectories(directory).ToList())
        {
            RemoveEmptyFolders(child, isRoot: false);
        }

        if (!isRoot && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
        }
    }
}
