using Microsoft.Playwright;
using PmGuideSite.Testing;

namespace PmGuideSite.BrowserTests.Gates;

/// <summary>
/// The quality gates on the real built site, over every page (grouped by page type, so pages added later are covered):
/// accessibility, keyboard, look, print, weight and no outside requests.
/// </summary>
[Collection("browser")]
public sealed class QualityGateTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Accessibility_every_page_in_light_and_dark_has_no_wcag_21_a_or_aa_violation()
    {
        // Every page in light mode; in both dark modes one page per type (the largest), to keep the run short.
        var problems = new List<string>();
        var runs = new[]
        {
            (ThemeMode.Light, SitePages.All(fixture.SiteDirectory)),
            (ThemeMode.DarkSystem, SitePages.Representatives(fixture.SiteDirectory)),
            (ThemeMode.DarkToggle, SitePages.Representatives(fixture.SiteDirectory)),
        };
        foreach (var (mode, paths) in runs)
        {
            await using var context = await GateBrowser.NewContextAsync(fixture, mode);
            await AxeChecker.InstallAsync(context);

            // Two pages at once: axe spends most of its time in the page, and the machine has two cores.
            var lanes = Enumerable.Range(0, 2).Select(async lane =>
            {
                var page = await context.NewPageAsync();
                var found = new List<string>();
                for (var i = lane; i < paths.Count; i += 2)
                {
                    await GateBrowser.OpenAsync(page, fixture.FileBase + paths[i], mode);
                    found.AddRange(await AxeChecker.CheckAsync(page, paths[i], GateBrowser.Name(mode)));
                }

                return found;
            });
            foreach (var found in await Task.WhenAll(lanes))
            {
                problems.AddRange(found);
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} accessibility violations:\n" + string.Join('\n', problems.Take(40)));
    }

    [BrowserFact]
    public async Task Keyboard_on_every_page_type_reaches_every_control_with_a_focus_ring_a_skip_link_landmarks_and_one_h1()
    {
        await using var context = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var types = SitePages.Representatives(fixture.SiteDirectory);
        foreach (var path in types)
        {
            await page.GotoAsync(fixture.FileBase + path);
            problems.AddRange(await KeyboardChecker.CheckAsync(page, fixture.FileBase + path, path));
        }

        Assert.True(types.Count >= 7, "every page type is checked: " + string.Join(", ", types));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task Look_every_page_type_on_phone_and_desktop_in_light_and_dark_has_no_overflow_low_contrast_or_missing_alt()
    {
        var problems = new List<string>();
        foreach (var mode in new[] { ThemeMode.Light, ThemeMode.DarkSystem })
        {
            foreach (var (width, height, device) in new[] { (390, 844, "phone"), (1366, 900, "desktop") })
            {
                await using var context = await GateBrowser.NewContextAsync(fixture, mode, width, height);
                await AxeChecker.InstallAsync(context);
                var page = await context.NewPageAsync();
                foreach (var path in SitePages.Representatives(fixture.SiteDirectory))
                {
                    await GateBrowser.OpenAsync(page, fixture.FileBase + path, mode);
                    var where = $"{device} {GateBrowser.Name(mode)}";
                    problems.AddRange(await LookChecker.CheckOverflowAsync(page, path, where));
                    problems.AddRange(await LookChecker.CheckImagesAsync(page, path));
                    if (device == "phone")
                    {
                        // At desktop width the accessibility gate already runs every axe rule in both modes.
                        problems.AddRange(await AxeChecker.CheckAsync(page, path, where, LookChecker.AxeRules));
                    }

                    var name = $"gate-{SitePages.TypeOf(path)}-{device}-{(mode == ThemeMode.Light ? "light" : "dark")}";
                    await PageSession.FullPageShotAsync(page, Path.Combine(fixture.ScreenshotDirectory, name + ".png"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task Print_preview_of_a_chapter_and_of_the_cheat_sheet_has_no_navigation_chrome()
    {
        var pages = SitePages.Representatives(fixture.SiteDirectory)
            .Where(p => SitePages.TypeOf(p) is "chapters" or "print" or "cheat-sheet" or "cheatsheet").ToList();
        Assert.Contains(pages, p => p.StartsWith("chapters/", StringComparison.Ordinal));
        await using var context = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in pages)
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            await page.GotoAsync(fixture.FileBase + path);
            problems.AddRange(await LookChecker.CheckPrintAsync(page, path));
            await PageSession.FullPageShotAsync(page, Path.Combine(fixture.ScreenshotDirectory, $"gate-{SitePages.TypeOf(path)}-print.png"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task Every_page_on_a_phone_fits_the_width_has_alt_text_needs_at_most_100_KB_of_css_and_js_and_loads_nothing_from_outside()
    {
        // One walk over every page serves the look gate's per-page checks and the weight gate (weight does not
        // depend on the viewport): from disk every page, over loopback HTTP one page per type.
        await using var context = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light, 390, 844);
        var page = await context.NewPageAsync();
        var recorder = new RequestRecorder(page);
        var problems = new List<string>();
        var heaviest = (Page: string.Empty, Bytes: 0L);
        foreach (var (siteBase, paths) in new[] { (fixture.FileBase, SitePages.All(fixture.SiteDirectory)), (fixture.HttpBase, SitePages.Representatives(fixture.SiteDirectory)) })
        {
            foreach (var path in paths)
            {
                recorder.Clear();
                var fromDisk = siteBase == fixture.FileBase;
                await page.GotoAsync(siteBase + path, new PageGotoOptions { WaitUntil = fromDisk ? WaitUntilState.Load : WaitUntilState.NetworkIdle });
                var (found, bytes) = recorder.Check(path, fixture.SiteDirectory, siteBase);
                problems.AddRange(found);
                Assert.True(bytes > 10_000, $"{siteBase}{path}: the recorder saw only {bytes} bytes of CSS and JS; it must see the stylesheet and scripts");
                heaviest = bytes > heaviest.Bytes ? (path, bytes) : heaviest;
                if (fromDisk)
                {
                    problems.AddRange(await LookChecker.CheckOverflowAsync(page, path, "phone"));
                    problems.AddRange(await LookChecker.CheckImagesAsync(page, path));
                }
            }
        }

        File.WriteAllText(Path.Combine(fixture.ScreenshotDirectory, "..", "page-weight.txt"),
            $"heaviest page: {heaviest.Page}, {heaviest.Bytes} bytes of CSS and JS loaded by itself (budget {RequestRecorder.BudgetBytes}; not counted: {string.Join(", ", RequestRecorder.OnDemand)})\n");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task The_phone_menu_and_the_dark_mode_toggle_work_from_the_keyboard()
    {
        await using var phone = await GateBrowser.NewContextAsync(fixture, ThemeMode.Light, 390, 844);
        var page = await phone.NewPageAsync();
        await page.GotoAsync(fixture.FileBase + SitePages.Representatives(fixture.SiteDirectory).First(p => p.StartsWith("chapters/", StringComparison.Ordinal)));
        await TabToAsync(page, ".menu-button");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.IsVisibleAsync("#site-nav"));
        Assert.Equal("true", await page.GetAttributeAsync(".menu-button", "aria-expanded"));
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#site-nav"));

        // On a phone the theme toggle is the menu's first control.
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, ".theme-toggle");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.closest('#site-nav') !== null"));
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal("true", await page.GetAttributeAsync(".theme-toggle", "aria-pressed"));
    }

    private static async Task TabToAsync(IPage page, string selector)
    {
        await page.EvaluateAsync("() => { const b = document.body; b.tabIndex = -1; b.focus(); b.removeAttribute('tabindex'); }");
        for (var i = 0; i < 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"ten presses of Tab from the top never reach {selector}");
    }
}
