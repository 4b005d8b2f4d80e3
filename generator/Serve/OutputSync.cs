using System.Text;
using PmGuideSite.Output;

namespace PmGuideSite.Serve;

/// <summary>
/// Brings an existing output folder in line with a newly built site by writing only the files whose bytes differ
/// and deleting the ones the site no longer has; the result is the same tree a full write produces. It remembers
/// what it last wrote, so an unchanged file is recognised in memory instead of by reading the file back: a page the
/// page cache reused is the very same array, other text is compared as text, and a copied file by its source's stamp.
/// </summary>
internal sealed class OutputSync
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, Written> _written = new(StringComparer.Ordinal);

    /// <summary>Records a site just written in full (by <see cref="SiteWriter"/>), so the next sync can compare in memory.</summary>
    public void Remember(BuiltSite site)
    {
        _written.Clear();
        var now = DateTime.UtcNow;
        foreach (var (path, file) in site.Files)
        {
            _written[path] = new Written(file, SourceStamp(file, now));
        }
    }

    /// <summary>
    /// Updates <paramref name="outputDirectory"/> to hold <paramref name="site"/> and returns the site paths that changed,
    /// in ordinal order. Files at the <paramref name="keep"/> paths are left as they are (the follow-up writes them).
    /// </summary>
    public IReadOnlyList<string> Apply(BuiltSite site, string outputDirectory, IReadOnlySet<string> keep)
    {
        // One listing of the folder stands for an existence check per file, and finds files the site no longer has.
        var existing = Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputDirectory, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var changed = Write(site, outputDirectory, existing.Contains);
        foreach (var relative in existing.Where(p => !site.Contains(p) && !keep.Contains(p)))
        {
            File.Delete(Path.Combine(outputDirectory, relative));
            _written.Remove(relative);
            changed.Add(relative);
        }

        RemoveEmptyFolders(outputDirectory, isRoot: true);
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    /// <summary>
    /// Writes part of a site (the follow-up's files) and deletes the <paramref name="previous"/> part's files it no longer
    /// has; returns the paths that changed, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> ApplyPart(BuiltSite part, IReadOnlySet<string> previous, string outputDirectory)
    {
        var changed = Write(part, outputDirectory, path => File.Exists(Path.Combine(outputDirectory, path)));
        foreach (var relative in previous.Where(p => !part.Contains(p)))
        {
            var full = Path.Combine(outputDirectory, relative);
            if (File.Exists(full))
            {
                File.Delete(full);
                changed.Add(relative);
            }

            _written.Remove(relative);
        }

        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    // All or nothing: every changed file is first written beside its destination; only when all are written are they
    // renamed into place, so a failed write (a full disk, a read-only file) leaves every page as it was, never a page
    // that links to one that was not written.
    private List<string> Write(BuiltSite site, string outputDirectory, Func<string, bool> exists)
    {
        var changed = new List<string>();
        var pending = new List<(string Path, string Temporary, string Destination)>();
        var remembered = new List<(string Path, Written Entry)>();
        var now = DateTime.UtcNow;
        try
        {
            foreach (var (path, file) in site.Files)
            {
                var present = exists(path);
                if (present && _written.TryGetValue(path, out var previous) && Unchanged(previous, file))
                {
                    // Equal content: keep the newer array, so the next comparison is by reference again.
                    remembered.Add((path, previous with { File = file }));
                    continue;
                }

                remembered.Add((path, new Written(file, SourceStamp(file, now))));
                var bytes = file switch
                {
                    SiteFile.Text text => s_utf8.GetBytes(text.Content),
                    SiteFile.Utf8 utf8 => utf8.Content,
                    SiteFile.Copy copy => File.ReadAllBytes(copy.SourcePath),
                    _ => throw new InvalidOperationException($"unknown site file {file.GetType().Name}"),
                };
                var destination = Path.Combine(outputDirectory, path);
                if (present && SameBytes(destination, bytes))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                var temporary = destination + ".pmguide-tmp";
                pending.Add((path, temporary, destination));
                File.WriteAllBytes(temporary, bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var (_, temporary, _) in pending)
            {
                TryDelete(temporary);
            }

            throw;
        }

        // A rename replaces a file in one step, so a browser fetching it meanwhile sees the old or new bytes, never half.
        foreach (var (path, temporary, destination) in pending)
        {
            File.Move(temporary, destination, overwrite: true);
            changed.Add(path);
        }

        foreach (var (path, entry) in remembered)
        {
            _written[path] = entry;
        }

        return changed;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover ".pmguide-tmp" is not part of the site and the next full write removes it.
        }
    }

    private static bool Unchanged(Written previous, SiteFile file) => (previous.File, file) switch
    {
        (SiteFile.Utf8 a, SiteFile.Utf8 b) => ReferenceEquals(a.Content, b.Content) || a.Content.AsSpan().SequenceEqual(b.Content),
        (SiteFile.Text a, SiteFile.Text b) => string.Equals(a.Content, b.Content, StringComparison.Ordinal),
        (SiteFile.Copy a, SiteFile.Copy b) => string.Equals(a.SourcePath, b.SourcePath, StringComparison.Ordinal)
            && previous.Source is { } stamp && stamp == FileStamp.Of(b.SourcePath),
        _ => false,
    };

    // A copied file is known by its source's stamp, but only once the source is old enough for the stamp to identify its
    // bytes (see ContentFileCache); until then its bytes are compared with the output's.
    private static FileStamp? SourceStamp(SiteFile file, DateTime now) =>
        file is SiteFile.Copy copy && FileStamp.Of(copy.SourcePath) is { } stamp && now - stamp.LastWriteUtc >= ContentFileCache.Settled ? stamp : null;

    /// <summary>What was written at a path, and for a copied file its source's trusted stamp.</summary>
    private readonly record struct Written(SiteFile File, FileStamp? Source);

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
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
