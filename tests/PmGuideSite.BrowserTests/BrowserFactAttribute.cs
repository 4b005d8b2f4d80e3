namespace PmGuideSite.BrowserTests;

/// <summary>
/// A fact that needs a browser (see <see cref="BrowserFixture.ChromiumPath"/>). Without it the test is skipped with the reason, unless
/// PMGUIDE_REQUIRE_BROWSER=1 (set by .ci/run), in which case it runs and fails loudly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && Environment.GetEnvironmentVariable("PMGUIDE_REQUIRE_BROWSER") != "1")
        {
            Skip = $"no browser at {BrowserFixture.ChromiumPath}: install Chromium (apt-get install chromium) or set PMGUIDE_CHROMIUM to a Chrome or Chromium; .ci/run installs it and sets PMGUIDE_REQUIRE_BROWSER=1 so CI never skips";
        }
    }
}
