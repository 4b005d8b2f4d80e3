using System.Text;
using PmGuideSite.Output;

namespace PmGuideSite.Serve;

/// <summary>
/// Brings an existing output folder in line with a newly built site by writing only the files whose bytes differ
/// and deleting the ones the site no longer has; the result is the same tree a full write produces.
/// </summary>
internal static class OutputSync
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Updates <paramref name="outputDirectory"/> and returns the site paths that changed, in ordinal order.</summary>
    public static IReadOnlyList<string> Apply(BuiltSite site, string outputDirectory)
    {
        var changed = new List<string>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, file) in site.Files)
        {
            wanted.Add(path);
            var bytes = file switch
            {
                SiteFile.Text text => s_utf8.GetBytes(text.Content),
                SiteFile.Copy copy => File.ReadAllBytes(copy.SourcePath),
                _ => throw new InvalidOperationException($"unknown site file {file.GetType().Name}"),
            };
            var destination = Path.Combine(outputDirectory, path);
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
                changed.Add(relative);
            }
        }

        RemoveEmptyFolders(outputDirectory, isRoot: true);
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

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
