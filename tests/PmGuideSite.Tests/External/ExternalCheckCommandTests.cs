using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.External;

/// <summary><c>check --external</c> on a site whose external links all point at a local server on 127.0.0.1.</summary>
public sealed class ExternalCheckCommandTests : IDisposable
{
    private readonly LocalLinkServer _server = new();
    private readonly TempSite _site = TempSite.FromBase();

    private readonly int _column;

    public ExternalCheckCommandTests()
    {
        // The base site links to example.org: replaced, so nothing leaves this machine.
        _site.Write("content/chapters/next.md", $"""
            ---
            title: "Next steps"
            summary: "Where to go from here."
            order: 2
            ---
            ## Practice

            Read [the guide]({_server.Prefix}ok), [the old guide]({_server.Prefix}missing) and <{_server.Prefix}moved>.
            The [same guide again]({_server.Prefix}ok#part-2) is asked once.

            <a href="{_server.Prefix}moved-to-missing">raw</a>
            """);
        // The port's digits move the second link along its line.
        _column = $"Read [the guide]({_server.Prefix}ok), ".Length + 1;
    }

    [Fact]
    public void Broken_external_links_are_warnings_at_their_place_and_working_ones_are_cached()
    {
        var (code, output, errors) = _site.Run("check", "--external");
        Assert.True(code == 0, errors);
        Assert.Contains("external  4 addresses (0 from the cache), 2 broken", output, StringComparison.Ordinal);
        Assert.Equal(
            [
                $"content/chapters/next.md(8,{_column}): warning PG5006: the external link '{_server.Prefix}missing' does not work: HTTP 404 (Not Found)",
                $"content/chapters/next.md(11,1): warning PG5006: the external link '{_server.Prefix}moved-to-missing' does not work: HTTP 404 (Not Found)",
            ],
            errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Check succeeded", output, StringComparison.Ordinal);
        // Once for the two links to it, once at the end of the redirect.
        Assert.Equal(2, _server.CountOf("/ok"));

        var cache = File.ReadAllText(Path.Combine(_site.Root, ".pmguide-cache", "external-links.json"));
        Assert.Contains($"\"url\": \"{_server.Prefix}ok\"", cache, StringComparison.Ordinal);
        Assert.DoesNotContain("missing", cache, StringComparison.Ordinal);

        // Again: the working addresses come from the cache, the broken ones are asked again.
        var again = _site.Run("check", "--external", "--strict");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("external  4 addresses (2 from the cache), 2 broken", again.Output, StringComparison.Ordinal);
        Assert.Contains($"next.md(8,{_column}): error PG5006: the external link '{_server.Prefix}missing'", again.Errors, StringComparison.Ordinal);
        Assert.Equal(2, _server.CountOf("/ok"));
        // Asked again, directly and at the end of the other link's redirect.
        Assert.Equal(4, _server.Requests.Count(r => r == "HEAD /missing"));

        // A cache of no age asks every host again.
        var fresh = _site.Run("check", "--external", "--external-max-age", "0");
        Assert.Contains("external  4 addresses (0 from the cache), 2 broken", fresh.Output, StringComparison.Ordinal);
        Assert.Equal(4, _server.CountOf("/ok"));
    }

    [Fact]
    public void Without_the_option_no_request_is_made()
    {
        var (code, output, errors) = _site.Run("check");
        Assert.True(code == 0, errors);
        Assert.DoesNotContain("external", output, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".pmguide-cache")));
    }

    public void Dispose()
    {
        _site.Dispose();
        _server.Dispose();
    }
}
