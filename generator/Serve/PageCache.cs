using System.Collections.Concurrent;
using System.Text.Json;
using PmGuideSite.Diagnostics;
using PmGuideSite.Pages;

namespace PmGuideSite.Serve;

/// <summary>
/// Keeps each page's final HTML between rebuilds in <c>serve</c>, so an edit templates again only the pages whose
/// inputs changed. A page is a function of its job (title, description, view, previous and next, Markdown source) and
/// of what every page shares: the site model (which holds the navigation and every title), site.yml, the theme's files
/// and the set of content files (links resolve against it). Any change to the shared part empties the cache; a job that
/// differs renders its page again. Otherwise the previous bytes, ids, anchor links, assets and diagnostics are reused.
/// </summary>
internal sealed class PageCache(RenderCache bodies)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private string _siteKey = string.Empty;
    private int _hits;
    private int _misses;

    /// <summary>Pages reused whole in the current build.</summary>
    public int Hits => _hits;

    /// <summary>Pages templated in the current build.</summary>
    public int Misses => _misses;

    /// <summary>Starts a build whose shared inputs are summed up by <paramref name="siteKey"/>; a different key empties the cache.</summary>
    public void BeginBuild(string siteKey)
    {
        if (!string.Equals(siteKey, _siteKey, StringComparison.Ordinal))
        {
            _entries.Clear();
            _siteKey = siteKey;
        }

        _used.Clear();
        _hits = 0;
        _misses = 0;
    }

    /// <summary>Drops the pages the finished build did not produce.</summary>
    public void EndBuild()
    {
        foreach (var path in _entries.Keys.Where(p => !_used.ContainsKey(p)).ToList())
        {
            _entries.TryRemove(path, out _);
        }
    }

    /// <summary>
    /// The page for <paramref name="job"/>: reused when its job is unchanged, else made by <paramref name="render"/>, which
    /// gets its own asset set and diagnostic bag so both can be replayed later. Diagnostics and assets go to the build's.
    /// </summary>
    public RenderedPage? Render(PageJob job, ConcurrentDictionary<string, byte> assets, DiagnosticBag diagnostics,
        Func<ConcurrentDictionary<string, byte>, DiagnosticBag, RenderedPage?> render)
    {
        _used.TryAdd(job.OutputPath, 0);
        var key = KeyOf(job);
        if (key is not null && _entries.TryGetValue(job.OutputPath, out var cached)
            && string.Equals(cached.Key, key, StringComparison.Ordinal) && Equals(cached.Source, job.Source))
        {
            Interlocked.Increment(ref _hits);
            if (job.Source is { } source)
            {
                bodies.Keep(source, job.OutputPath, job.Title);
            }
        }
        else
        {
            Interlocked.Increment(ref _misses);
            var ownAssets = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
            var own = new DiagnosticBag();
            var page = render(ownAssets, own);
            cached = new Entry(key ?? string.Empty, job.Source, page, [.. ownAssets.Keys], own.Sorted());

            // A failed page is not kept: its template errors went to the build's bag, not to the replayed ones.
            if (page is not null && key is not null && !own.HasErrors)
            {
                _entries[job.OutputPath] = cached;
            }
            else
            {
                _entries.TryRemove(job.OutputPath, out _);
            }
        }

        foreach (var diagnostic in cached.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        foreach (var asset in cached.Assets)
        {
            assets.TryAdd(asset, 0);
        }

        return cached.Page is null ? null : cached.Page with { Job = job };
    }

    // Everything templates see of the job, as JSON (records compare lists by reference, so JSON is the deep comparison);
    // the Markdown source, the bulk of it, is compared as a value instead. Null when a view cannot be written as JSON,
    // which only means that page is never reused.
    private static string? KeyOf(PageJob job)
    {
        try
        {
            return JsonSerializer.Serialize(job with { Source = null }, CacheKeyJson.Keys.PageJob);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A page as last built, with what building it reported and the content files it copies.</summary>
    private sealed record Entry(string Key, Content.MarkdownSource? Source, RenderedPage? Page, IReadOnlyList<string> Assets,
        IReadOnlyList<Diagnostic> Diagnostics);
}
