using PmGuideSite.External;

namespace PmGuideSite.Tests.External;

/// <summary>The external link checker against a local server on 127.0.0.1 (nothing here reaches the internet).</summary>
public sealed class ExternalLinkCheckerTests : IDisposable
{
    private static readonly ExternalCheckOptions s_quick = new()
    {
        // Long enough that a loaded machine answers the other addresses in time; /slow never answers.
        Timeout = TimeSpan.FromSeconds(2),
        Retries = 1,
        Backoff = TimeSpan.FromMilliseconds(10),
    };

    private readonly LocalLinkServer _server = new();

    [Fact]
    public async Task Working_broken_redirected_head_refusing_and_silent_addresses_are_told_apart()
    {
        using var checker = new ExternalLinkChecker(s_quick);
        string[] paths = ["ok", "missing", "moved", "moved-to-missing", "no-head", "slow"];
        var results = await checker.CheckAll(paths.Select(p => _server.Prefix + p));
        LinkStatus Of(string path) => results[_server.Prefix + path];

        Assert.True(Of("ok").Works, Of("ok").Detail);
        Assert.Equal(new LinkStatus(false, "HTTP 404 (Not Found)"), Of("missing"));
        Assert.True(Of("moved").Works, Of("moved").Detail);
        Assert.Equal(new LinkStatus(false, "HTTP 404 (Not Found)"), Of("moved-to-missing"));
        Assert.True(Of("no-head").Works, Of("no-head").Detail);
        Assert.Equal(new LinkStatus(false, "no answer within 2 s (2 tries)"), Of("slow"));

        // HEAD first everywhere; GET only where HEAD was refused; a definite 404 is not asked twice.
        Assert.Equal(["HEAD /no-head", "GET /no-head"], _server.Requests.Where(r => r.EndsWith("/no-head", StringComparison.Ordinal)));
        Assert.Equal(["HEAD /missing", "HEAD /missing"], _server.Requests.Where(r => r.EndsWith("/missing", StringComparison.Ordinal)));
        Assert.DoesNotContain(_server.Requests, r => r.StartsWith("GET", StringComparison.Ordinal) && !r.EndsWith("/no-head", StringComparison.Ordinal));
        Assert.Equal(2, _server.CountOf("/slow"));
    }

    [Fact]
    public async Task A_server_error_is_asked_again_and_a_refused_connection_is_broken()
    {
        // A generous timeout: a first try lost to a busy machine would make the 503 the last answer.
        using var checker = new ExternalLinkChecker(s_quick with { Timeout = TimeSpan.FromSeconds(20) });
        var flaky = await checker.Check(_server.Prefix + "flaky");
        Assert.True(flaky.Works, flaky.Detail + ": " + string.Join(", ", _server.Requests));
        Assert.Equal(2, _server.CountOf("/flaky"));

        // Port 9 (discard) on loopback has no listener here: the connection is refused.
        var closed = await checker.Check("http://127.0.0.1:9/");
        Assert.Equal(new LinkStatus(false, "cannot reach it: the connection failed (2 tries)"), closed);
    }

    [Fact]
    public async Task No_more_than_two_requests_reach_one_host_at_once()
    {
        using var checker = new ExternalLinkChecker(s_quick with { Timeout = TimeSpan.FromSeconds(10) });
        var results = await checker.CheckAll(Enumerable.Range(0, 8).Select(i => $"{_server.Prefix}busy/{i}"));
        Assert.All(results.Values, r => Assert.True(r.Works, r.Detail));
        Assert.Equal(8, _server.Requests.Count(r => r.Contains("/busy/", StringComparison.Ordinal)));
        Assert.InRange(_server.MostInFlight, 1, 2);
    }

    public void Dispose() => _server.Dispose();
}
