using Microsoft.Playwright;
using PmGuideSite.Cli;

namespace PmGuideSite.BrowserTests;

/// <summary>Builds the real site once, serves it over loopback HTTP under a sub-path, and starts headless Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The browser the tests drive (Playwright must never download its own): PMGUIDE_CHROMIUM when set, else
    /// Debian's Chromium, else the first Chrome or Chromium found where runners put them (GitHub's Ubuntu images have
    /// /usr/bin/google-chrome).</summary>
    public static readonly string ChromiumPath = FindBrowser();

    private static string FindBrowser()
    {
        if (Environment.GetEnvironmentVariable("PMGUIDE_CHROMIUM") is { Length: > 0 } chosen)
        {
            return chosen;
        }

        string[] known = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome"];
        return known.FirstOrDefault(File.Exists) ?? known[0];
    }

    private IPlaywright? _playwright;
    private StaticServer? _server;

    /// <summary>The built site folder.</summary>
    public string SiteDirectory { get; } = Path.Combine(Path.GetTempPath(), "pmguide-browser", Guid.NewGuid().ToString("N"));

    /// <summary>Where screenshots go (kept after the run as test artifacts).</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(RepoRoot(), "artifacts", "screenshots");

    /// <summary>The browser (valid after initialisation).</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site over HTTP, under /guide/.</summary>
    public string HttpBase => _server!.BaseUrl;

    /// <summary>The site as a file:// URL prefix, ending in '/'.</summary>
    public string FileBase => new Uri(SiteDirectory + "/").AbsoluteUri;

    public async Task InitializeAsync()
    {
        var output = new StringWriter();
        var code = CommandLine.Create(output, output).Run(["build", "--config", Path.Combine(RepoRoot(), "site.yml"), "--output", SiteDirectory, "--quiet"]);
        if (code != 0)
        {
            throw new InvalidOperationException("the site did not build: " + output);
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        _server = new StaticServer(SiteDirectory, "guide");
        if (!File.Exists(ChromiumPath))
        {
            return; // Tests are skipped (or, under CI, fail in BrowserTest.NewPageAsync with a clear message).
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(SiteDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The folder holding PmGuideSite.sln.</summary>
    public static string RepoRoot()
        => PmGuideSite.Testing.GateSites.RepoRoot();
}
