using System.Collections.Concurrent;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Serve;

/// <summary>
/// Keeps every loaded content file (its item and its diagnostics) between rebuilds in <c>serve</c>, keyed by path,
/// size, modification time and link target, so an edit reads and parses only the files that changed.
/// </summary>
/// <remarks>
/// A file's time has a coarse tick (a few milliseconds, a second on some file systems): a file saved again within the
/// tick it was read in, at the same size, would look unchanged. Like git's "racily clean" entries, a result is only
/// trusted when the file was already <see cref="Settled"/> old when it was read; a fresher one is read again next time.
/// </remarks>
internal sealed class ContentFileCache : IContentFileCache
{
    /// <summary>How old a file must be when read for its size and time to identify its content afterwards.</summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    /// <summary>Files reused from an earlier build in the current one.</summary>
    public int Hits => _hits;

    /// <summary>Files read and parsed in the current one.</summary>
    public int Misses => _misses;

    /// <summary>Starts a build.</summary>
    public void BeginBuild()
    {
        _used.Clear();
        _hits = 0;
        _misses = 0;
    }

    /// <summary>Forgets the files the finished build did not load (deleted or moved), so the cache never outgrows the site.</summary>
    public void EndBuild()
    {
        foreach (var path in _entries.Keys.Where(p => !_used.ContainsKey(p)).ToList())
        {
            _entries.TryRemove(path, out _);
        }
    }

    /// <inheritdoc />
    public T? Load<T>(string fullPath, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> load)
        where T : class
    {
        _used.TryAdd(fullPath, 0);
        var stamp = FileStamp.Of(fullPath);
        if (stamp is not null && _entries.TryGetValue(fullPath, out var cached) && cached.Trusted && cached.Stamp == stamp && cached.Item is null or T)
        {
            Interlocked.Increment(ref _hits);
        }
        else
        {
            Interlocked.Increment(ref _misses);
            var readAt = DateTime.UtcNow;
            var own = new DiagnosticBag();
            var item = load(own);
            cached = new Entry(stamp, stamp is not null && readAt - stamp.LastWriteUtc >= Settled, item, own.Sorted());
            if (stamp is null)
            {
                _entries.TryRemove(fullPath, out _);
            }
            else
            {
                _entries[fullPath] = cached;
            }
        }

        foreach (var diagnostic in cached.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return (T?)cached.Item;
    }

    /// <summary>A loaded file: its stamp when read, whether the stamp can be trusted, the item and what loading reported.</summary>
    private sealed record Entry(FileStamp? Stamp, bool Trusted, object? Item, IReadOnlyList<Diagnostic> Diagnostics);
}

/// <summary>What identifies a file's content without reading it: size, modification time and, for a link, its target.</summary>
internal sealed record FileStamp(long Length, DateTime LastWriteUtc, string? LinkTarget)
{
    /// <summary>The stamp of the file at <paramref name="path"/> (a link's target's size and time), or null when it cannot be read.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return null;
            }

            // The status read for Exists already says whether it is a link; only then is the link itself read.
            var link = info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? info.LinkTarget : null;
            if (link is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target)
            {
                info = target;
            }

            return new FileStamp(info.Length, info.LastWriteTimeUtc, link);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
