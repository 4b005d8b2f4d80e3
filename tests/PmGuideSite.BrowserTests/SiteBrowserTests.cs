using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>The built site in real Chromium, opened from disk (file://) and from a static host under a sub-path.</summary>
[Collection("browser")]
public sealed class SiteBrowserTests(BrowserFixture fixture)
{
    private static readonly string[] s_pageTypes =
    [
        "index.html", "chapters/star-and-probes.html", "principles/dive-deep.html", "questions/dive-deep.html",
        "examples/mobile-checkout-latency.html", "404.html",
    ];

    [BrowserFact]
    public async Task From_disk_the_site_is_styled_and_the_reader_can_navigate()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "index.html");
        Assert.Equal("Amazon PM Interview Guide", await page.TitleAsync());
        Assert.Equal("sticky", await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).position"));
        await session.ScreenshotAsync(fixture, "file-home-desktop");

        await page.ClickAsync(".principle-grid a.card-link:has-text('Dive Deep')");
        await page.WaitForURLAsync("**/principles/dive-deep.html");
        Assert.EndsWith("/principles/dive-deep.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("Dive Deep", await page.InnerTextAsync("h1"));

        await page.ClickAsync("main a[href='../questions/dive-deep.html#dive-deep-01']");
        await page.WaitForURLAsync("**/questions/dive-deep.html#dive-deep-01");
        Assert.EndsWith("/questions/dive-deep.html#dive-deep-01", page.Url, StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("#dive-deep-01 .question-text"));

        await page.ClickAsync("#site-nav a:has-text('The Bar Raiser')");
        await page.WaitForURLAsync("**/chapters/bar-raiser.html");
        Assert.EndsWith("/chapters/bar-raiser.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("page", await page.GetAttributeAsync("#site-nav a[aria-current]", "aria-current"));
        await page.ClickAsync(".pager-next");
        await page.WaitForURLAsync("**/chapters/working-backwards-prfaq.html");
        Assert.EndsWith("/chapters/working-backwards-prfaq.html", page.Url, StringComparison.Ordinal);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.Keyboard.PressAsync("[");
        await page.WaitForURLAsync("**/chapters/bar-raiser.html");
        await session.ScreenshotAsync(fixture, "file-chapter-desktop");
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task Over_http_under_a_sub_path_every_page_type_loads_with_no_errors()
    {
        foreach (var path in s_pageTypes)
        {
            await using var session = await PageSession.OpenAsync(fixture);
            var response = await session.Page.GotoAsync(fixture.HttpBase + path);
            Assert.Equal(200, response!.Status);
            Assert.Equal(1, await session.Page.Locator("h1").CountAsync());
            await session.ScreenshotAsync(fixture, "http-" + path.Replace('/', '-').Replace(".html", string.Empty, StringComparison.Ordinal) + "-desktop");
            Assert.True(session.Problems.Count == 0, path + ": " + string.Join("; ", session.Problems));
        }
    }

    [BrowserFact]
    public async Task A_missing_page_on_the_host_shows_the_styled_404_page()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var response = await session.Page.GotoAsync(fixture.HttpBase + "no-such-page.html");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await session.Page.InnerTextAsync("h1"));
        Assert.Equal("sticky", await session.Page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).position"));
    }

    [BrowserFact]
    public async Task The_dark_mode_toggle_switches_the_palette_and_is_remembered()
    {
        foreach (var baseUrl in new[] { fixture.HttpBase, fixture.FileBase })
        {
            await using var session = await PageSession.OpenAsync(fixture);
            var page = session.Page;
            await page.GotoAsync(baseUrl + "principles/ownership.html");
            var light = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
            await page.ClickAsync(".theme-toggle");
            Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
            Assert.Equal("true", await page.GetAttributeAsync(".theme-toggle", "aria-pressed"));
            var dark = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
            Assert.NotEqual(light, dark);
            await page.GotoAsync(baseUrl + "examples/mobile-checkout-latency.html");
            Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
            Assert.Equal(dark, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
            await session.ScreenshotAsync(fixture, (baseUrl.StartsWith("file", StringComparison.Ordinal) ? "file" : "http") + "-example-dark-toggled");
            Assert.Empty(session.Problems);
        }
    }

    [BrowserFact]
    public async Task The_system_dark_preference_is_followed_without_a_click()
    {
        await using var session = await PageSession.OpenAsync(fixture, colorScheme: ColorScheme.Dark);
        await session.Page.GotoAsync(fixture.FileBase + "questions/dive-deep.html");
        Assert.Equal("rgb(20, 23, 28)", await session.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await session.ScreenshotAsync(fixture, "file-questions-system-dark");
    }

    [BrowserFact]
    public async Task On_a_phone_the_menu_opens_and_no_page_scrolls_sideways()
    {
        foreach (var path in s_pageTypes)
        {
            await using var session = await PageSession.OpenAsync(fixture, 390, 844);
            var page = session.Page;
            await page.GotoAsync(fixture.FileBase + path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 390px phone");
            Assert.False(await page.IsVisibleAsync("#site-nav"));
            await page.ClickAsync(".menu-button");
            Assert.True(await page.IsVisibleAsync("#site-nav"));
            Assert.Equal("true", await page.GetAttributeAsync(".menu-button", "aria-expanded"));
            await page.Keyboard.PressAsync("Escape");
            Assert.False(await page.IsVisibleAsync("#site-nav"));
            await session.ScreenshotAsync(fixture, "file-" + path.Replace('/', '-').Replace(".html", string.Empty, StringComparison.Ordinal) + "-phone");
        }
    }
}
