using System.Diagnostics;
using PmGuideSite.Diagnostics;
using PmGuideSite.Markdown;

namespace PmGuideSite.External;

/// <summary>
/// <c>check --external</c>: asks every http(s) address the content links to (each once, the cache's recent successes
/// skipped) and reports each place a broken one is written as a warning (an error with --strict).
/// </summary>
internal static class ExternalCheck
{
    /// <summary>Checks <paramref name="links"/>, reporting into <paramref name="diagnostics"/>; returns the progress line.</summary>
    public static string Run(string siteRoot, IEnumerable<ExternalLink> links, DiagnosticBag diagnostics, ExternalCheckOptions options,
        TimeProvider? clock = null)
    {
        var time = clock ?? TimeProvider.System;
        var watch = Stopwatch.StartNew();
        var byUrl = links.Where(l => IsWeb(l.Url)).GroupBy(l => WithoutFragment(l.Url), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cache = ExternalLinkCache.Load(siteRoot, time.GetUtcNow(), options.MaxAge);
        var toAsk = byUrl.Keys.Where(u => !cache.Worked(u)).Order(StringComparer.Ordinal).ToList();

        IReadOnlyDictionary<string, LinkStatus> results;
        using (var checker = new ExternalLinkChecker(options))
        {
            results = checker.CheckAll(toAsk).GetAwaiter().GetResult();
        }

        var broken = 0;
        foreach (var (url, status) in results)
        {
            if (status.Works)
            {
                cache.Record(url, time.GetUtcNow());
                continue;
            }

            broken++;
            foreach (var link in byUrl[url])
            {
                diagnostics.Warning(DiagnosticCodes.ExternalLinkBroken, $"the external link '{link.Url}' does not work: {status.Detail}", link.Span);
            }
        }

        var saved = cache.Save();
        return $"  {"external",-9} {byUrl.Count} addresses ({byUrl.Count - toAsk.Count} from the cache), {broken} broken ({watch.ElapsedMilliseconds} ms)"
            + (saved is null ? string.Empty : $"; the cache was not saved: {saved}");
    }

    private static bool IsWeb(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    // The fragment never reaches the server: two links that differ only there are one request.
    private static string WithoutFragment(string url) => url.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? url[..hash] : url;
}
