using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>A page in a fresh browser context that records console errors, script errors and failed requests.</summary>
internal sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => Problems.Add("script error: " + error);
        page.RequestFailed += (_, request) => Problems.Add("request failed: " + request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Everything that went wrong while the page was open.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Opens a new context (viewport, colour scheme) and a page in it.</summary>
    public static async Task<PageSession> OpenAsync(BrowserFixture fixture, int width = 1366, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"a browser is required at {BrowserFixture.ChromiumPath}: apt-get install chromium, or set PMGUIDE_CHROMIUM");
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
        });
        return new PageSession(context, await context.NewPageAsync());
    }

    /// <summary>Saves a full-page screenshot under artifacts/screenshots.</summary>
    public Task ScreenshotAsync(BrowserFixture fixture, string name) => FullPageShotAsync(Page, Path.Combine(fixture.ScreenshotDirectory, name + ".png"));

    // The print pack (print.html, every chapter, bank and example) is a few hundred thousand pixels tall at phone width,
    // which Chromium does not capture within Playwright's timeout; its first screens show the layout.
    private const int TallestShot = 16_000;

    /// <summary>A full-page screenshot of <paramref name="page"/>, cut at 16,000 px for the print pack's length.</summary>
    public static async Task FullPageShotAsync(IPage page, string path)
    {
        var size = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            FullPage = true,
            Clip = size[1] > TallestShot ? new Clip { X = 0, Y = 0, Width = size[0], Height = TallestShot } : null,
        });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
