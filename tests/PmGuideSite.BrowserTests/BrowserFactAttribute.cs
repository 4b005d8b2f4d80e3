namespace PmGuideSite.BrowserTests;

/// <summary>
/// A fact that needs Debian's Chromium. Without it the test is skipped with the reason, unless
/// PMGUIDE_REQUIRE_BROWSER=1 (set by .ci/run), in which case it runs and fails loudly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && Environment.GetEnvironmentVariable("PMGUIDE_REQUIRE_BROWSER") != "1")
        {
            Skip = $"Chromium is not installed at {BrowserFixture.ChromiumPath} (apt-get install chromium); .ci/run installs it and sets PMGUIDE_REQUIRE_BROWSER=1 so CI never skips";
        }
    }
}
