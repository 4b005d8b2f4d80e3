using System.Collections.Concurrent;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;

namespace PmGuideSite.Serve;

/// <summary>
/// Keeps each page's rendered and post-processed Markdown between rebuilds in <c>serve</c>, so an edit re-renders
/// only the bodies whose text changed (<see cref="PageCache"/> then decides whether the page needs its templates again).
/// </summary>
internal sealed class RenderCache
{
    private readonly ConcurrentDictionary<Key, Entry> _entries = new(KeyComparer.Instance);
    private readonly ConcurrentDictionary<Key, byte> _used = new(KeyComparer.Instance);
    private string _linkContext = string.Empty;
    private int _hits;
    private int _misses;

    /// <summary>Bodies reused from the previous build in the current one.</summary>
    public int Hits => _hits;

    /// <summary>Bodies rendered afresh in the current one.</summary>
    public int Misses => _misses;

    /// <summary>
    /// Starts a build. Links are resolved against the set of files under content/, so when a file is added or removed
    /// every cached body is dropped: a link that was broken may now resolve, and the other way round.
    /// </summary>
    public void BeginBuild(IReadOnlySet<string> contentFiles)
    {
        var context = string.Join('\n', contentFiles);
        if (!string.Equals(context, _linkContext, StringComparison.Ordinal))
        {
            _entries.Clear();
            _linkContext = context;
        }

        _used.Clear();
        _hits = 0;
        _misses = 0;
    }

    /// <summary>Drops the bodies the finished build did not use, so the cache never grows past the site.</summary>
    public void EndBuild()
    {
        foreach (var key in _entries.Keys.Where(k => !_used.ContainsKey(k)).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>Marks a body as used by the current build without rendering it (its page came whole from the page cache).</summary>
    public void Keep(MarkdownSource source, string outputPath, string title) => _used.TryAdd(new Key(source, outputPath, title), 0);

    /// <summary>
    /// Returns the cached result for an unchanged body (replaying its diagnostics), or renders and stores it. The
    /// Markdown result comes without its raw HTML (its links and assets are what callers use); the processed HTML is whole.
    /// </summary>
    public (RenderedMarkdown Markdown, ProcessedHtml Processed) Render(MarkdownSource source, string outputPath, string title,
        MarkdownRenderer renderer, DiagnosticBag diagnostics)
    {
        var key = new Key(source, outputPath, title);
        _used.TryAdd(key, 0);
        if (_entries.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
        }
        else
        {
            Interlocked.Increment(ref _misses);

            // Each body reports into its own bag so a later build can replay exactly what this one reported.
            var own = new DiagnosticBag();
            var markdown = renderer.Render(source, outputPath, own);

            // The page keeps the HTML (ForPage); the Markdown result need not hold it a second time.
            cached = new Entry(markdown with { Html = string.Empty }, markdown.ForPage(title), own.Sorted());
            if (!own.HasErrors)
            {
                _entries[key] = cached;
            }
        }

        foreach (var diagnostic in cached.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return (cached.Markdown, cached.Processed);
    }

    /// <summary>Everything a body's rendering depends on, apart from the set of content files.</summary>
    private readonly record struct Key(MarkdownSource Source, string OutputPath, string Title);

    /// <summary>Compares keys in full but hashes them without the body's text, which would mean hashing the whole site on every lookup.</summary>
    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) => x.Equals(y);

        public int GetHashCode(Key key) =>
            HashCode.Combine(key.OutputPath, key.Title, key.Source.RelativePath, key.Source.Body.Length, key.Source.BodyFirstLine);
    }

    /// <summary>A body's result and what it reported.</summary>
    private sealed record Entry(RenderedMarkdown Markdown, ProcessedHtml Processed, IReadOnlyList<Diagnostic> Diagnostics);
}
