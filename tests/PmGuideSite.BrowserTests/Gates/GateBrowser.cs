using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests.Gates;

/// <summary>The colour modes every page is checked in.</summary>
internal enum ThemeMode
{
    /// <summary>The system asks for light colours.</summary>
    Light,

    /// <summary>The system asks for dark colours (prefers-color-scheme: dark).</summary>
    DarkSystem,

    /// <summary>A light system, with the reader's dark-mode toggle pressed (data-theme="dark", remembered).</summary>
    DarkToggle,
}

/// <summary>Opens browser contexts for the gates and puts pages into a colour mode.</summary>
internal static class GateBrowser
{
    /// <summary>A context with the viewport and the system colour scheme of <paramref name="mode"/>.</summary>
    public static Task<IBrowserContext> NewContextAsync(BrowserFixture fixture, ThemeMode mode, int width = 1366, int height = 900) =>
        fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = mode == ThemeMode.DarkSystem ? ColorScheme.Dark : ColorScheme.Light,
        });

    /// <summary>Opens <paramref name="url"/> and, in toggle mode, makes sure the page is dark through the toggle.</summary>
    public static async Task OpenAsync(IPage page, string url, ThemeMode mode)
    {
        await page.GotoAsync(url);
        if (mode == ThemeMode.DarkToggle && await page.GetAttributeAsync("html", "data-theme") != "dark")
        {
            await page.ClickAsync(".theme-toggle");
            Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        }
    }

    /// <summary>The short name used in gate messages.</summary>
    public static string Name(ThemeMode mode) => mode switch
    {
        ThemeMode.Light => "light",
        ThemeMode.DarkSystem => "dark (system)",
        _ => "dark (toggle)",
    };
}
