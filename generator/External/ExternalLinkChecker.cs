using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace PmGuideSite.External;

/// <summary>What asking for one address found: whether it works, and in words what happened when it did not.</summary>
internal sealed record LinkStatus(bool Works, string Detail);

/// <summary>
/// Asks other sites whether addresses still work: HEAD first (no body is sent), GET when a server refuses HEAD,
/// redirects followed, a timeout per request, retries with backoff for answers that may pass, and bounded
/// concurrency overall and per host.
/// </summary>
internal sealed class ExternalLinkChecker : IDisposable
{
    // Servers that do not implement HEAD, or forbid it, answer these; GET tells the truth.
    private static readonly HashSet<int> s_headRefused = [403, 405, 501];

    private readonly ExternalCheckOptions _options;
    private readonly HttpClient _client;
    private readonly SemaphoreSlim _all;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A checker with its own connection pool.</summary>
    public ExternalLinkChecker(ExternalCheckOptions options)
    {
        _options = options;
        _all = new SemaphoreSlim(options.MaxConcurrent);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            ConnectTimeout = options.Timeout,
            MaxConnectionsPerServer = options.MaxPerHost,
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd($"pmguide-link-check/{SiteBuilder.Version.Split('+')[0]}");
    }

    /// <summary>Checks every address (each once), at most <see cref="ExternalCheckOptions.MaxConcurrent"/> at a time.</summary>
    public async Task<IReadOnlyDictionary<string, LinkStatus>> CheckAll(IEnumerable<string> urls, CancellationToken cancel = default)
    {
        var unique = urls.Distinct(StringComparer.Ordinal).ToList();
        var results = await Task.WhenAll(unique.Select(async url => (url, status: await Check(url, cancel).ConfigureAwait(false)))).ConfigureAwait(false);
        return results.ToDictionary(r => r.url, r => r.status, StringComparer.Ordinal);
    }

    /// <summary>Checks one address.</summary>
    public async Task<LinkStatus> Check(string url, CancellationToken cancel = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return new LinkStatus(false, "it is not a valid http or https address");
        }

        // The host's slot first: a link waiting for a busy host must not hold one of the shared slots meanwhile.
        var host = _hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(_options.MaxPerHost));
        await host.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            await _all.WaitAsync(cancel).ConfigureAwait(false);
            try
            {
                return await CheckWithRetries(uri, cancel).ConfigureAwait(false);
            }
            finally
            {
                _all.Release();
            }
        }
        finally
        {
            host.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _client.Dispose();
        _all.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }

    private async Task<LinkStatus> CheckWithRetries(Uri uri, CancellationToken cancel)
    {
        var tries = 0;
        while (true)
        {
            tries++;
            var (status, transient) = await Once(uri, cancel).ConfigureAwait(false);
            if (!transient || tries > _options.Retries)
            {
                return transient && tries > 1 ? status with { Detail = $"{status.Detail} ({tries} tries)" } : status;
            }

            await Task.Delay(_options.Backoff * Math.Pow(2, tries - 1), cancel).ConfigureAwait(false);
        }
    }

    // One try: HEAD, then GET if HEAD is refused. Transient outcomes (no answer, 429, 5xx) may be retried.
    private async Task<(LinkStatus Status, bool Transient)> Once(Uri uri, CancellationToken cancel)
    {
        try
        {
            var code = await Send(HttpMethod.Head, uri, cancel).ConfigureAwait(false);
            if (s_headRefused.Contains(code))
            {
                code = await Send(HttpMethod.Get, uri, cancel).ConfigureAwait(false);
            }

            if (code is >= 200 and < 300)
            {
                return (new LinkStatus(true, Describe(code)), false);
            }

            var detail = code is >= 300 and < 400 ? $"{Describe(code)}: it redirects too often, or from https to http" : Describe(code);
            return (new LinkStatus(false, detail), code is 408 or 429 or >= 500);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return (new LinkStatus(false, $"no answer within {_options.Timeout.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)} s"), true);
        }
        catch (HttpRequestException ex)
        {
            return (new LinkStatus(false, $"cannot reach it: {ex.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "the host name is unknown",
                HttpRequestError.ConnectionError => "the connection failed",
                HttpRequestError.SecureConnectionError => "the secure connection failed",
                _ => "the request failed",
            }}"), ex.HttpRequestError != HttpRequestError.NameResolutionError);
        }
    }

    private async Task<int> Send(HttpMethod method, Uri uri, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(method, uri);
        // Only the status line matters: the body of a GET is never read.
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        return (int)response.StatusCode;
    }

    // "HTTP 404 (Not Found)", with the reason as .NET names the code: a server's own phrase could say anything.
    private static string Describe(int code) =>
        Enum.IsDefined((HttpStatusCode)code) ? $"HTTP {code} ({Words(((HttpStatusCode)code).ToString())})" : $"HTTP {code}";

    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
}
