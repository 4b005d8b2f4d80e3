using PmGuideSite.Serve;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Serve;

/// <summary>The serve command in-process on a free loopback port: live reload, the error overlay, safe paths, shutdown.</summary>
public sealed class ServeTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_edit_reloads_the_page_and_a_broken_edit_keeps_the_last_good_site_with_an_overlay()
    {
        using var site = TempSite.FromBase();
        await using var session = await Start(site);
        using var http = new HttpClient { BaseAddress = new Uri(session.Server.Address) };

        var page = await http.GetStringAsync("chapters/intro.html");
        Assert.Contains("After this chapter you can find your way around.", page, StringComparison.Ordinal);
        Assert.Contains(ReloadClient.Tag, page, StringComparison.Ordinal);
        Assert.DoesNotContain("__pmguide", File.ReadAllText(Path.Combine(site.Output, "chapters", "intro.html")), StringComparison.Ordinal);
        Assert.Contains("EventSource", await http.GetStringAsync("__pmguide/reload.js"), StringComparison.Ordinal);

        await using var events = await EventStream.OpenAsync(http.BaseAddress!);
        Assert.Equal("ok", (await events.NextAsync(s_wait)).Name);

        var intro = Path.Combine(site.Root, "content", "chapters", "intro.md");
        var original = File.ReadAllText(intro);
        File.WriteAllText(intro, original.Replace("find your way around.", "find your way around the freshly edited guide.", StringComparison.Ordinal));
        var reload = await events.WaitForAsync("reload", s_wait);
        Assert.Contains("\"chapters/intro.html\"", reload, StringComparison.Ordinal);
        Assert.DoesNotContain("\"chapters/next.html\"", reload, StringComparison.Ordinal);
        Assert.Contains("the freshly edited guide.", await http.GetStringAsync("chapters/intro.html"), StringComparison.Ordinal);

        // A container typo breaks the build: the overlay gets the diagnostic, the server keeps the last good page.
        File.WriteAllText(intro, original.Replace("::: tip", "::: tipp", StringComparison.Ordinal));
        var errors = await events.WaitForAsync("errors", s_wait);
        Assert.Contains("PG3003", errors, StringComparison.Ordinal);
        Assert.Contains("content/chapters/intro.md", errors, StringComparison.Ordinal);
        var lastGood = await http.GetAsync("chapters/intro.html");
        Assert.Equal(System.Net.HttpStatusCode.OK, lastGood.StatusCode);
        Assert.Contains("the freshly edited guide.", await lastGood.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A page opened while the build is broken gets the errors as soon as it connects.
        await using (var late = await EventStream.OpenAsync(http.BaseAddress!))
        {
            var first = await late.NextAsync(s_wait);
            Assert.Equal("errors", first.Name);
            Assert.Contains("PG3003", first.Data, StringComparison.Ordinal);
        }

        // Fixing the file clears the overlay (a reload event) and serves the fixed page.
        File.WriteAllText(intro, original);
        await events.WaitForAsync("reload", s_wait);
        Assert.Contains("find your way around.", await http.GetStringAsync("chapters/intro.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("freshly edited", await http.GetStringAsync("chapters/intro.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reload_goes_out_before_print_html_and_the_search_index_whose_errors_also_reach_the_overlay()
    {
        using var site = TempSite.FromBase();
        await using var session = await Start(site);
        using var http = new HttpClient { BaseAddress = new Uri(session.Server.Address) };
        await using var events = await EventStream.OpenAsync(http.BaseAddress!);
        Assert.Equal("ok", (await events.NextAsync(s_wait)).Name);

        var intro = Path.Combine(site.Root, "content", "chapters", "intro.md");
        var original = File.ReadAllText(intro);
        File.WriteAllText(intro, original.Replace("find your way around.", "find your way around the guide on paper.", StringComparison.Ordinal));
        var pages = await ReloadOf(events, "chapters/intro.html");
        Assert.DoesNotContain("print.html", pages, StringComparison.Ordinal);
        Assert.DoesNotContain("search/index.js", pages, StringComparison.Ordinal);
        Assert.DoesNotContain("search/store-", pages, StringComparison.Ordinal);
        var derived = await events.WaitForAsync("reload", s_wait);
        Assert.Contains("\"print.html\"", derived, StringComparison.Ordinal);
        Assert.Contains("\"search/index.js\"", derived, StringComparison.Ordinal);
        Assert.Contains("the guide on paper.", await http.GetStringAsync("print.html"), StringComparison.Ordinal);

        // Only print.html uses its layout: the pages still build and reload, then its error shows in the overlay.
        var layout = Path.Combine(site.Root, "theme", "layouts", "print.html");
        var layoutText = File.ReadAllText(layout);
        File.WriteAllText(layout, layoutText + "{{ if }}");
        File.WriteAllText(intro, original);
        await ReloadOf(events, "chapters/intro.html");
        var errors = await events.WaitForAsync("errors", s_wait);
        Assert.Contains("PG4001", errors, StringComparison.Ordinal);
        Assert.Contains("layouts/print.html", errors, StringComparison.Ordinal);
        Assert.Contains("the guide on paper.", await http.GetStringAsync("print.html"), StringComparison.Ordinal);

        File.WriteAllText(layout, layoutText);
        await ReloadOf(events, "print.html");
        Assert.DoesNotContain("the guide on paper.", await http.GetStringAsync("print.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saves_in_quick_succession_build_print_html_and_the_search_index_once_after_the_last()
    {
        using var site = TempSite.FromBase();
        await using var session = await Start(site);
        using var http = new HttpClient { BaseAddress = new Uri(session.Server.Address) };
        await using var events = await EventStream.OpenAsync(http.BaseAddress!);
        Assert.Equal("ok", (await events.NextAsync(s_wait)).Name);

        // The second save comes well within ServeSession.FollowUpDelay of the first rebuild, so no follow-up runs between.
        var intro = Path.Combine(site.Root, "content", "chapters", "intro.md");
        var original = File.ReadAllText(intro);
        File.WriteAllText(intro, original.Replace("find your way around.", "find your way around, first save.", StringComparison.Ordinal));
        await ReloadOf(events, "chapters/intro.html");
        File.WriteAllText(intro, original.Replace("find your way around.", "find your way around, second save.", StringComparison.Ordinal));
        var second = await events.WaitForAsync("reload", s_wait);
        Assert.Contains("\"chapters/intro.html\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("print.html", second, StringComparison.Ordinal);
        var derived = await events.WaitForAsync("reload", s_wait);
        // print.html and the search files the edit changed: the index's main part, and some of its chunks and blocks.
        var changed = System.Text.Json.JsonDocument.Parse(derived).RootElement.GetProperty("changed").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal("print.html", changed[0]);
        Assert.Contains("search/index.js", changed);
        Assert.All(changed.Skip(1), path => Assert.Matches(@"^search/(index|store)(-[0-9]+)?\.js$", path));
        Assert.Contains("second save.", await http.GetStringAsync("print.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/chapters/../../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2E%2E/content/chapters/intro.md")]
    [InlineData("/chapters%2f..%2f..%2fsite.yml")]
    [InlineData("/chapters/..%2f..%2fsite.yml")]
    [InlineData("/..%5csite.yml")]
    [InlineData("/chapters/..\\..\\site.yml")]
    [InlineData("/%252e%252e/site.yml")]
    [InlineData("/.%2e/site.yml")]
    [InlineData("/content/chapters/intro.md")]
    public async Task Traversal_attempts_get_404(string target)
    {
        using var site = TempSite.FromBase();
        await using var session = await Start(site);
        var (ok, _) = await RawHttp.GetAsync(session.Server.Port, "/index.html");
        Assert.Equal(200, ok);

        var (status, body) = await RawHttp.GetAsync(session.Server.Port, target);
        Assert.Equal(404, status);
        Assert.DoesNotContain("Sample Guide\"", body.Split('\n').FirstOrDefault() ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("description: \"A small site", body, StringComparison.Ordinal);
        Assert.DoesNotContain("After this chapter", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_NUL_byte_is_refused_before_it_reaches_the_file_system()
    {
        using var site = TempSite.FromBase();
        await using var session = await Start(site);

        // Kestrel itself answers 400 Bad Request to an encoded NUL; either way nothing is served.
        var (status, body) = await RawHttp.GetAsync(session.Server.Port, "/index.html%00.css");
        Assert.Contains(status, new[] { 400, 404 });
        Assert.DoesNotContain("Sample Guide", body, StringComparison.Ordinal);
        Assert.Null(RequestPath.Resolve(site.Output, "/index.html%00.css"));
    }

    [Fact]
    public async Task Cancellation_shuts_the_server_down_and_closes_event_streams()
    {
        using var site = TempSite.FromBase();
        var session = await Start(site);
        var address = new Uri(session.Server.Address);
        var events = await EventStream.OpenAsync(address);
        await events.NextAsync(s_wait);

        using var cancel = new CancellationTokenSource();
        var running = session.RunUntilCancelledAsync(cancel.Token);
        Assert.False(running.IsCompleted);
        await cancel.CancelAsync();
        await running.WaitAsync(s_wait);
        await session.DisposeAsync().AsTask().WaitAsync(s_wait);

        Assert.True(await events.EndsWithinAsync(s_wait));
        await events.DisposeAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(address, "index.html")));
    }

    [Fact]
    public async Task A_taken_port_moves_to_the_next_free_one()
    {
        using var blocker = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        blocker.Start();
        var taken = ((System.Net.IPEndPoint)blocker.LocalEndpoint).Port;
        using var site = TempSite.FromBase();
        await using var session = await Start(site, taken);
        Assert.NotEqual(taken, session.Server.Port);
        Assert.InRange(session.Server.Port, taken + 1, taken + 20);
    }

    // The two saves above may make one rebuild or two, so reloads that name other files are skipped.
    private static async Task<string> ReloadOf(EventStream events, string path)
    {
        var deadline = DateTime.UtcNow + s_wait;
        while (true)
        {
            var data = await events.WaitForAsync("reload", deadline - DateTime.UtcNow);
            if (data.Contains($"\"{path}\"", StringComparison.Ordinal))
            {
                return data;
            }
        }
    }

    private static async Task<ServeSession> Start(TempSite site, int port = 0)
    {
        var options = new ServeOptions(Path.Combine(site.Root, "site.yml"), null, port, Strict: false, Quiet: true);
        var session = await ServeSession.StartAsync(options, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.NotNull(session);
        return session;
    }
}
