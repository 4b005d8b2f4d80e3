using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>
/// A second Chromium for the mock loop's recording tests, launched with Chromium's fake microphone (a beeping test
/// signal) and its permission prompt answered yes: the shared browser has no microphone, and these flags cannot be
/// set per context. The site is the shared fixture's.
/// </summary>
public sealed class FakeMicrophoneBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The browser (valid after initialisation when Chromium exists).</summary>
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
    }
}
