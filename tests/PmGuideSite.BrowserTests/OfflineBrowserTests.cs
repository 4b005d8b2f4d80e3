using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PmGuideSite.Cli;

namespace PmGuideSite.BrowserTests;

/// <summary>
/// The service worker over HTTP: the first visit precaches the site, every page kind and search then work with the
/// network and the host gone, and a rebuilt site replaces the cache. From file:// nothing is registered.
/// </summary>
[Collection("browser")]
public sealed partial class OfflineBrowserTests(BrowserFixture fixture)
{
    private static readonly string[] s_pageKinds =
    [
        "index.html", "chapters/dive-deep.html", "principles/dive-deep.html", "questions/dive-deep.html",
        "examples/mobile-checkout-latency.html", "practice.html", "matrix.html", "lint.html", "cheatsheet.html", "print.html",
        "search.html?q=ownership",
    ];

    [BrowserFact]
    public async Task Over_http_the_first_visit_precaches_every_page_kind_and_search_offline_and_a_rebuild_replaces_the_cache()
    {
        var root = Path.Combine(Path.GetTempPath(), "pmguide-offline", Guid.NewGuid().ToString("N"));
        try
        {
            CopySite(root);
            var output = Path.Combine(root, "_site");
            Build(root);
            var (firstVersion, fileCount) = WorkerOf(output);
            using var server = new StaticServer(output, "guide");
            var context = await fixture.Browser.NewContextAsync();
            try
            {
                var page = await context.NewPageAsync();
                var problems = new List<string>();
                page.PageError += (_, error) => problems.Add("script error: " + error);
                await page.GotoAsync(server.BaseUrl + "chapters/dive-deep.html");
                await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 60_000 });
                Assert.Equal(new[] { CacheName(server, firstVersion) }, await CacheKeysAsync(page));
                Assert.Equal(fileCount, await page.EvaluateAsync<int>(
                    "async name => (await (await caches.open(name)).keys()).length", CacheName(server, firstVersion)));

                await context.SetOfflineAsync(true);
                server.Down = true;
                var before = server.RequestCount;
                foreach (var path in s_pageKinds)
                {
                    var response = await page.GotoAsync(server.BaseUrl + path);
                    Assert.True(response is { Ok: true }, $"{path} did not load offline");
                    Assert.True(response!.FromServiceWorker, $"{path} did not come from the service worker");
                    Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").First.InnerTextAsync()), path);
                }

                Assert.True(await page.Locator("#search-results li").CountAsync() > 0, "search.html?q=ownership lists results offline");
                await page.GotoAsync(server.BaseUrl + "chapters/bar-raiser.html");
                await page.Keyboard.PressAsync("/");
                await page.Keyboard.TypeAsync("disagree");
                await page.Locator("#search-popup[data-query='disagree'] [role=option]").First.WaitForAsync();
                var missing = await page.GotoAsync(server.BaseUrl + "chapters/no-such-chapter.html");
                Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
                Assert.NotNull(missing);
                Assert.Equal(before, server.RequestCount);

                // A new build with a changed chapter: the next visit online installs it, deletes the old cache and serves it.
                var marker = "A sentence only the second build has.";
                File.AppendAllText(Path.Combine(root, "content", "chapters", "dive-deep.md"), "\n" + marker + "\n");
                Build(root);
                var (secondVersion, _) = WorkerOf(output);
                Assert.NotEqual(firstVersion, secondVersion);
                server.Down = false;
                await context.SetOfflineAsync(false);
                await page.GotoAsync(server.BaseUrl + "chapters/dive-deep.html");
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (!(await CacheKeysAsync(page)).SequenceEqual([CacheName(server, secondVersion)]) && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(200);
                }

                Assert.Equal(new[] { CacheName(server, secondVersion) }, await CacheKeysAsync(page));
                await context.SetOfflineAsync(true);
                server.Down = true;
                var reloaded = await page.GotoAsync(server.BaseUrl + "chapters/dive-deep.html");
                Assert.True(reloaded!.FromServiceWorker);
                Assert.Contains(marker, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
                Assert.Empty(problems);
            }
            finally
            {
                await context.CloseAsync();
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [BrowserFact]
    public async Task From_file_urls_no_service_worker_is_registered_while_over_http_one_is()
    {
        const string spy = """
            window.__registered = [];
            if (navigator.serviceWorker) {
              const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
              navigator.serviceWorker.register = (url, options) => { window.__registered.push(String(url)); return register(url, options); };
            }
            """;
        foreach (var (baseUrl, expected) in new[] { (fixture.FileBase, 0), (fixture.HttpBase, 1) })
        {
            var context = await fixture.Browser.NewContextAsync();
            try
            {
                await context.AddInitScriptAsync(spy);
                var page = await context.NewPageAsync();
                var requested = new List<string>();
                page.Request += (_, request) => requested.Add(request.Url);
                await page.GotoAsync(baseUrl + "chapters/dive-deep.html", new() { WaitUntil = WaitUntilState.Load });
                await page.WaitForTimeoutAsync(300);
                var registered = await page.EvaluateAsync<string[]>("window.__registered");
                Assert.Equal(expected, registered.Length);
                if (expected == 0)
                {
                    Assert.DoesNotContain(requested, url => url.EndsWith("/sw.js", StringComparison.Ordinal));
                }
                else
                {
                    Assert.Equal(baseUrl + "sw.js", registered[0]);
                }
            }
            finally
            {
                await context.CloseAsync();
            }
        }
    }

    private static string CacheName(StaticServer server, string version) => $"pmguide {server.BaseUrl} {version}";

    private static async Task<string[]> CacheKeysAsync(IPage page) => await page.EvaluateAsync<string[]>("() => caches.keys()");

    // The version and the number of files sw.js lists.
    private static (string Version, int Files) WorkerOf(string output)
    {
        var text = File.ReadAllText(Path.Combine(output, "sw.js"));
        return (VersionPattern().Match(text).Groups[1].Value, text.Split('\n').Count(line => line.StartsWith("  \"", StringComparison.Ordinal)));
    }

    private static void Build(string root)
    {
        var log = new StringWriter();
        var code = CommandLine.Create(log, log).Run(["build", "--config", Path.Combine(root, "site.yml"), "--quiet"]);
        Assert.True(code == 0, log.ToString());
    }

    // The repository's site.yml, content and theme; the npm packages the build copies are found from the repository.
    private static void CopySite(string root)
    {
        var repo = BrowserFixture.RepoRoot();
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(repo, "site.yml"), Path.Combine(root, "site.yml"));
        foreach (var folder in new[] { "content", "theme" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(repo, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(repo, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    [GeneratedRegex("\"version\": \"([0-9a-f]+)\"")]
    private static partial Regex VersionPattern();
}
