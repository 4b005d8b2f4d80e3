using Microsoft.Playwright;
using PmGuideSite.Testing;

namespace PmGuideSite.BrowserTests.Gates;

/// <summary>
/// Each browser gate's checker on the deliberately broken page (tests/GateFixtures/broken-site): it must report the
/// problem, naming the page and the element. These tests assert the checkers' output; they pass when the gates work.
/// </summary>
[Collection("browser")]
public sealed class QualityGateNegativeTests(BrowserFixture fixture, BrokenSite broken) : IClassFixture<BrokenSite>
{
    private const string Page = GateSites.BrokenPage;

    [BrowserFact]
    public async Task The_accessibility_gate_names_the_image_without_alt_and_the_low_contrast_text()
    {
        await using var context = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light);
        await AxeChecker.InstallAsync(context);
        var page = await context.NewPageAsync();
        await GateBrowser.OpenAsync(page, broken.BrokenPageUrl, ThemeMode.Light);
        var problems = await AxeChecker.CheckAsync(page, Page, "light");

        Assert.Contains(problems, p => p.StartsWith(Page + " [light]: image-alt (critical) at '.gate-photo'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith(Page + " [light]: color-contrast (serious) at '.gate-faint'", StringComparison.Ordinal)
            && p.Contains("insufficient color contrast", StringComparison.Ordinal));
        Assert.Equal(2, problems.Count);

        // In dark mode (through the toggle) the pale text has enough contrast, but the image still has no alt.
        await using var dark = await GateBrowser.NewContextAsync(fixture, ThemeMode.DarkToggle);
        await AxeChecker.InstallAsync(dark);
        var darkPage = await dark.NewPageAsync();
        await GateBrowser.OpenAsync(darkPage, broken.BrokenPageUrl, ThemeMode.DarkToggle);
        var darkProblems = await AxeChecker.CheckAsync(darkPage, Page, GateBrowser.Name(ThemeMode.DarkToggle));
        Assert.Equal(Page + " [dark (toggle)]: image-alt (critical) at '.gate-photo'", Assert.Single(darkProblems)[..(Page.Length + 55)]);
    }

    [BrowserFact]
    public async Task The_keyboard_gate_names_the_link_without_a_focus_ring()
    {
        await using var context = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light);
        var page = await context.NewPageAsync();
        await page.GotoAsync(broken.BrokenPageUrl);
        var problems = await KeyboardChecker.CheckAsync(page, broken.BrokenPageUrl, Page);

        var problem = Assert.Single(problems);
        Assert.Equal(Page + ": <a.gate-dead-link> \"no-such-chapter.html\" has no visible focus ring when focused with Tab (no outline or box-shadow on :focus-visible)", problem);
    }

    [BrowserFact]
    public async Task The_look_gate_names_the_element_wider_than_a_phone_the_image_without_alt_and_the_low_contrast_text()
    {
        await using var context = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light, 390, 844);
        await AxeChecker.InstallAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(broken.BrokenPageUrl);

        var overflow = await LookChecker.CheckOverflowAsync(page, Page, "phone");
        Assert.Contains(overflow, p => p.StartsWith(Page + " [phone]: <p.gate-wide> ends at", StringComparison.Ordinal) && p.Contains("past the 390px viewport", StringComparison.Ordinal));
        var images = await LookChecker.CheckImagesAsync(page, Page);
        Assert.Equal(Page + ": image without alt text: <img class=\"gate-photo\" src=\"gate-pixel.png\">", Assert.Single(images));
        var contrast = await AxeChecker.CheckAsync(page, Page, "phone light", LookChecker.AxeRules);
        Assert.Contains(contrast, p => p.StartsWith(Page + " [phone light]: color-contrast (serious) at '.gate-faint'", StringComparison.Ordinal));

        // The real chapters of the same variant are still fine: the checkers point at the broken page only.
        await page.GotoAsync(broken.FileBase + "chapters/bar-raiser.html");
        Assert.Empty(await LookChecker.CheckOverflowAsync(page, "chapters/bar-raiser.html", "phone"));
    }

    [BrowserFact]
    public async Task The_print_check_names_chrome_that_a_stylesheet_leaves_visible()
    {
        await using var context = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light);
        var page = await context.NewPageAsync();
        await page.GotoAsync(broken.BrokenPageUrl);

        // Take the print stylesheet away, as a theme that forgot it would.
        await page.EvaluateAsync("() => document.querySelector('link[media=print]').remove()");
        var problems = await LookChecker.CheckPrintAsync(page, Page);
        Assert.Contains(Page + " [print]: <header.site-header> is printed; navigation chrome must be hidden in print", problems);
        Assert.Contains(Page + " [print]: <nav.site-nav> is printed; navigation chrome must be hidden in print", problems);
        Assert.Contains(Page + " [print]: <footer.site-footer> is printed; navigation chrome must be hidden in print", problems);
    }

    [BrowserFact]
    public async Task The_weight_gate_names_the_heavy_script_and_the_request_to_another_site()
    {
        await using var context = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light);
        var page = await context.NewPageAsync();
        var recorder = new RequestRecorder(page);
        await page.GotoAsync(broken.BrokenPageUrl);
        var (problems, bytes) = recorder.Check(Page, broken.Output, broken.FileBase);

        Assert.True(bytes > RequestRecorder.BudgetBytes);
        Assert.Contains(problems, p => p.StartsWith(Page + ": loads ", StringComparison.Ordinal) && p.Contains("over the 100 KB budget", StringComparison.Ordinal)
            && p.Contains("assets/js/site.js 10", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith(Page + ": ", StringComparison.Ordinal) && p.Contains("outside the site", StringComparison.Ordinal)
            && p.Contains("https://example.invalid/remote.png", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_files_data_and_loopback_addresses_count_as_inside_the_site()
    {
        Assert.True(RequestRecorder.IsLocal("file:///tmp/site/index.html"));
        Assert.True(RequestRecorder.IsLocal("http://127.0.0.1:5000/guide/assets/css/site.css"));
        Assert.True(RequestRecorder.IsLocal("http://localhost:5000/x.js"));
        Assert.True(RequestRecorder.IsLocal("data:image/svg+xml,<svg/>"));
        Assert.False(RequestRecorder.IsLocal("https://cdn.example.org/lunr.js"));
        Assert.False(RequestRecorder.IsLocal("http://10.0.0.1/x.css"));
        Assert.False(RequestRecorder.IsLocal("https://fonts.googleapis.com/css"));
    }
}
