namespace PmGuideSite.BrowserTests;

/// <summary>
/// A fact that prints a page to PDF with Chromium and reads the pages back with poppler's pdftotext and pdftoppm.
/// Without either it is skipped with the reason, unless PMGUIDE_REQUIRE_BROWSER=1 (set by .ci/run, which installs both).
/// </summary>
public sealed class PdfFactAttribute : FactAttribute
{
    /// <summary>Where poppler's tools are looked for.</summary>
    public const string PdfToText = "/usr/bin/pdftotext";

    public PdfFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PMGUIDE_REQUIRE_BROWSER") == "1")
        {
            return;
        }

        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Skip = $"no browser at {BrowserFixture.ChromiumPath}: install Chromium (apt-get install chromium) or set PMGUIDE_CHROMIUM";
        }
        else if (!File.Exists(PdfToText))
        {
            Skip = $"no {PdfToText} to read the printed pages back: apt-get install poppler-utils (.ci/run installs it and sets PMGUIDE_REQUIRE_BROWSER=1 so CI never skips)";
        }
    }
}
