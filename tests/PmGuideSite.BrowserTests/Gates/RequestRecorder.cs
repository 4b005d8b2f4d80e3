using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests.Gates;

/// <summary>
/// Records every request a browser context makes, for the weight gate: what each page downloads by itself, and
/// whether anything comes from outside the site (only file:, data:, blob: and loopback HTTP are allowed). Requests the
/// Content-Security-Policy refused are recorded too: they are attempts to load from elsewhere.
/// </summary>
internal sealed class RequestRecorder
{
    /// <summary>
    /// Not counted: the files search.js loads on demand (when the search box is first pointed at or focused, or on the
    /// results page: lunr.js, the index, its result store and search-expand.js, which turns the index into lunr's), and
    /// the practice page's question bank (data/questions.js), content serialised as data like the search index; the other
    /// pages load only the small data/question-index.js, which is counted. Nor what practice.js loads on demand: ts-fsrs
    /// (assets/vendor/ts-fsrs.js) when the first session starts, and the study history's two scripts when the history,
    /// below the schedule, comes into view. search.js itself is counted where a page loads it by itself (search.html, a
    /// page opened from a result); elsewhere site.js adds it only when the reader reaches for the search box.
    /// </summary>
    public static readonly string[] OnDemand = ["search/index.js", "search/index-N.js", "search/store-N.js", "assets/vendor/lunr.min.js", "assets/js/search-expand.js", "data/questions.js",
        "assets/vendor/ts-fsrs.js", "assets/js/study-history.js", "assets/js/practice-history.js"];

    /// <summary>The budget for the CSS and JavaScript one page loads by itself.</summary>
    public const int BudgetBytes = 100 * 1024;

    private readonly List<(string Url, string Type)> _requests = [];
    private readonly List<string> _refused = [];

    /// <summary>Starts recording on <paramref name="page"/>.</summary>
    public RequestRecorder(IPage page)
    {
        page.Request += (_, request) =>
        {
            lock (_requests)
            {
                _requests.Add((request.Url, request.ResourceType));
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (_requests)
                {
                    _refused.Add(message.Text);
                }
            }
        };
    }

    /// <summary>Forgets what was recorded (before opening the next page).</summary>
    public void Clear()
    {
        lock (_requests)
        {
            _requests.Clear();
            _refused.Clear();
        }
    }

    /// <summary>
    /// Problems for the page just loaded from <paramref name="site"/> at <paramref name="siteBase"/>: requests to
    /// outside the site, and more than <see cref="BudgetBytes"/> of CSS and JavaScript. Counted: the on-disk size of
    /// every distinct stylesheet and script the page requested by itself (screen and print stylesheets, its scripts,
    /// anything they load), except <see cref="OnDemand"/>. Also returns the counted bytes.
    /// </summary>
    public (IReadOnlyList<string> Problems, long Bytes) Check(string pageName, string site, string siteBase)
    {
        List<(string Url, string Type)> requests;
        List<string> refused;
        lock (_requests)
        {
            requests = [.. _requests];
            refused = [.. _refused];
        }

        var problems = new List<string>();
        foreach (var (url, type) in requests.Where(r => !IsLocal(r.Url)))
        {
            problems.Add($"{pageName}: requests {type} '{url}' from outside the site");
        }

        problems.AddRange(refused.Select(text => $"{pageName}: tried to load from outside the site (refused by the Content-Security-Policy): {text}"));

        var counted = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (url, _) in requests.Where(r => r.Type is "stylesheet" or "script"))
        {
            var clean = url.Split('#', '?')[0];
            if (!clean.StartsWith(siteBase, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Uri.UnescapeDataString(clean[siteBase.Length..]);
            var file = Path.Combine(site, relative);
            if (!OnDemand.Contains(System.Text.RegularExpressions.Regex.Replace(relative, @"^(search/(?:index|store))-[0-9]+\.js$", "$1-N.js")) && File.Exists(file))
            {
                counted[relative] = new FileInfo(file).Length;
            }
        }

        var bytes = counted.Values.Sum();
        if (bytes > BudgetBytes)
        {
            problems.Add($"{pageName}: loads {bytes / 1024.0:0.0} KB of CSS and JavaScript, over the {BudgetBytes / 1024} KB budget: "
                + string.Join(", ", counted.Select(kv => $"{kv.Key} {kv.Value / 1024.0:0.0} KB")));
        }

        return (problems, bytes);
    }

    /// <summary>Whether a URL stays on this machine: a file, inline data, or the loopback test server.</summary>
    public static bool IsLocal(string url)
    {
        if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)
            || url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.IsLoopback;
    }
}
