using Microsoft.Playwright;
using PmGuideSite.Serve;

namespace PmGuideSite.BrowserTests;

/// <summary><c>serve</c> in real Chromium: the page reloads on a save, and a broken save shows the overlay under the page's CSP.</summary>
[Collection("browser")]
public sealed class ServeBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_saved_edit_reloads_the_page_and_a_broken_one_shows_the_overlay_until_fixed()
    {
        var root = Path.Combine(Path.GetTempPath(), "pmguide-serve-browser", Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(BrowserFixture.RepoRoot(), "tests", "PmGuideSite.Tests", "Specs", "Sites", "_base"), root);
        Copy(Path.Combine(BrowserFixture.RepoRoot(), "theme"), Path.Combine(root, "theme"));
        try
        {
            var options = new ServeOptions(Path.Combine(root, "site.yml"), null, 0, Strict: false, Quiet: true);
            await using var serve = await ServeSession.StartAsync(options, TextWriter.Null, TextWriter.Null, CancellationToken.None);
            Assert.NotNull(serve);
            await using var session = await PageSession.OpenAsync(fixture);
            var page = session.Page;
            await page.GotoAsync(serve.Server.Address + "chapters/intro.html");
            await WaitFor(() => serve.Hub.ClientCount == 1);

            var intro = Path.Combine(root, "content", "chapters", "intro.md");
            var original = File.ReadAllText(intro);
            File.WriteAllText(intro, original.Replace("find your way around.", "find your way around the freshly edited guide.", StringComparison.Ordinal));
            await page.WaitForFunctionAsync("() => document.querySelector('main').innerText.includes('freshly edited guide')", null, new() { Timeout = 30_000 });

            await WaitFor(() => serve.Hub.ClientCount == 1);
            File.WriteAllText(intro, original.Replace("::: tip", "::: tipp", StringComparison.Ordinal));
            var overlay = page.Locator(".pmguide-overlay");
            await overlay.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            var text = await overlay.InnerTextAsync();
            Assert.Contains("content/chapters/intro.md(", text, StringComparison.Ordinal);
            Assert.Contains("error PG3003", text, StringComparison.Ordinal);
            Assert.Contains("freshly edited guide", await page.InnerTextAsync("main"), StringComparison.Ordinal);
            Assert.Equal("fixed", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).position"));

            // Readable on the theme's own styles for pre: light text on the overlay's dark panel, no light box behind it.
            Assert.Equal("rgba(0, 0, 0, 0)", await overlay.EvaluateAsync<string>("e => getComputedStyle(e.querySelector('pre')).backgroundColor"));
            Assert.Equal("rgb(255, 180, 182)", await overlay.EvaluateAsync<string>("e => getComputedStyle(e.querySelector('.pmguide-error')).color"));
            await session.ScreenshotAsync(fixture, "serve-error-overlay");

            File.WriteAllText(intro, original);
            await overlay.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });
            await page.WaitForFunctionAsync("() => !document.querySelector('main').innerText.includes('freshly edited guide')", null, new() { Timeout = 30_000 });

            // The event stream is cut on every reload by design; anything else (a CSP refusal, a 404) is a problem.
            var problems = session.Problems.Where(p => !p.Contains("/__pmguide/events", StringComparison.Ordinal)).ToList();
            Assert.True(problems.Count == 0, string.Join("; ", problems));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "the page did not connect to the event stream within 30 s");
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
