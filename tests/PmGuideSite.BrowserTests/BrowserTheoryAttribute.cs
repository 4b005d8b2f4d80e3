namespace PmGuideSite.BrowserTests;

/// <summary>A theory that needs Debian's Chromium; skipped without it unless PMGUIDE_REQUIRE_BROWSER=1 (as <see cref="BrowserFactAttribute"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && Environment.GetEnvironmentVariable("PMGUIDE_REQUIRE_BROWSER") != "1")
        {
            Skip = $"no browser at {BrowserFixture.ChromiumPath}: install Chromium (apt-get install chromium) or set PMGUIDE_CHROMIUM to a Chrome or Chromium; .ci/run installs it and sets PMGUIDE_REQUIRE_BROWSER=1 so CI never skips";
        }
    }
}
