using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>The phone header (one row), the practice question after a session starts, the collapsible "On this page",
/// and the sidebar brought to the current page.</summary>
[Collection("browser")]
public sealed class PhoneLayoutBrowserTests(BrowserFixture fixture)
{
    private const string LastPrinciple = "principles/broad-responsibility.html";

    [BrowserFact]
    public async Task On_a_phone_the_header_is_one_row_at_most_56px_and_its_search_button_opens_a_focused_search_box()
    {
        await using var session = await PageSession.OpenAsync(fixture, 390, 844);
        var page = session.Page;
        foreach (var path in new[] { "index.html", "chapters/bar-raiser.html", LastPrinciple, "practice.html", "matrix.html" })
        {
            await page.GotoAsync(fixture.FileBase + path);
            var height = await page.EvaluateAsync<double>("document.querySelector('.site-header').getBoundingClientRect().height");
            Assert.True(height <= 56, $"{path}: the phone header is {height}px tall");
            // One row: the menu button, the title and the search button share a line, and the theme toggle is not in it.
            var tops = await page.EvaluateAsync<double[]>("['.menu-button', '.site-title', '.search-button'].map(s => document.querySelector(s).getBoundingClientRect().top)");
            Assert.True(tops.Max() - tops.Min() < 20, $"{path}: header items on different rows ({string.Join(", ", tops)})");
            Assert.False(await page.IsVisibleAsync(".theme-toggle"));
            Assert.False(await page.IsVisibleAsync("#search-input"));
        }

        await page.ClickAsync(".search-button");
        Assert.True(await page.IsVisibleAsync("#search-input"));
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("true", await page.GetAttributeAsync(".search-button", "aria-expanded"));
        await page.Keyboard.TypeAsync("frugal");
        await page.WaitForSelectorAsync("#search-popup [role=option]");
        await ViewportShotAsync(page, "phone-search-open");
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#search-input"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.matches('.search-button')"));

        // The "/" shortcut opens the box on a phone too.
        await page.Keyboard.PressAsync("/");
        Assert.True(await page.IsVisibleAsync("#search-input"));
        Assert.Equal("search-input", await page.EvaluateAsync<string>("document.activeElement.id"));

        // The theme toggle is in the menu.
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync(".menu-button");
        Assert.True(await page.IsVisibleAsync("#site-nav .theme-toggle"));
        await page.ClickAsync("#site-nav .theme-toggle");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task At_desktop_width_the_theme_toggle_and_the_search_box_stay_in_the_header()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "index.html");
        Assert.True(await page.IsVisibleAsync(".site-header .theme-toggle"));
        Assert.True(await page.IsVisibleAsync("#search-input"));
        Assert.False(await page.IsVisibleAsync(".search-button"));
        Assert.Equal(0, await page.Locator("#site-nav .theme-toggle").CountAsync());
    }

    [BrowserFact]
    public async Task On_a_phone_starting_practice_shows_the_question_below_the_header()
    {
        await using var session = await PageSession.OpenAsync(fixture, 390, 844);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "practice.html?seed=3");
        // The start button sits low on the page: scroll to it as a reader would, then start.
        await page.Locator("#practice-setup button[type='submit']").ScrollIntoViewIfNeededAsync();
        await page.ClickAsync("#practice-setup button[type='submit']");
        await page.WaitForSelectorAsync("#practice-session:not([hidden])");
        var header = await page.EvaluateAsync<double>("document.querySelector('.site-header').getBoundingClientRect().bottom");
        var question = await page.EvaluateAsync<double[]>("(() => { const r = document.getElementById('practice-question').getBoundingClientRect(); return [r.top, r.bottom]; })()");
        var timer = await page.EvaluateAsync<double>("document.getElementById('practice-timer').getBoundingClientRect().bottom");
        Assert.True(question[0] >= header, $"the question's top ({question[0]}px) is under the header (bottom {header}px)");
        Assert.True(question[1] <= 844 && timer <= 844, $"the question ({question[1]}px) or timer ({timer}px) is below the fold");
        Assert.Equal("practice-session", await page.EvaluateAsync<string>("document.activeElement.id"));
        await ViewportShotAsync(page, "phone-practice-started");
    }

    [BrowserFact]
    public async Task On_a_phone_a_chapter_has_a_closed_on_this_page_box_under_its_heading_that_opens()
    {
        await using var session = await PageSession.OpenAsync(fixture, 390, 844);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "chapters/bar-raiser.html");
        var toc = page.Locator("nav.toc details");
        Assert.True(await toc.IsVisibleAsync());
        Assert.False(await toc.EvaluateAsync<bool>("d => d.open"));
        // Under the page's heading, above the text.
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('.page-header').compareDocumentPosition(document.querySelector('nav.toc')) & Node.DOCUMENT_POSITION_FOLLOWING"));
        var tocTop = await page.EvaluateAsync<double>("document.querySelector('nav.toc').getBoundingClientRect().top");
        Assert.True(tocTop < 844, $"'On this page' starts at {tocTop}px, below the first screen");
        await page.ClickAsync("nav.toc summary");
        var first = page.Locator("nav.toc li a").First;
        Assert.True(await first.IsVisibleAsync());
        var target = (await first.GetAttributeAsync("href"))!;
        await first.ClickAsync();
        await page.WaitForFunctionAsync("id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 56 && r.top < 200; }", target[1..]);
        await ViewportShotAsync(page, "phone-chapter-toc");

        // At desktop width it is the open column beside the text.
        await page.SetViewportSizeAsync(1366, 900);
        await page.ReloadAsync();
        Assert.True(await page.Locator("nav.toc details").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('nav.toc').parentElement.matches('.with-toc')"));
    }

    [BrowserTheory]
    [InlineData(1366, 900)]
    [InlineData(390, 844)]
    public async Task The_sidebar_shows_the_current_page_without_moving_the_page_or_the_focus(int width, int height)
    {
        await using var session = await PageSession.OpenAsync(fixture, width, height);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + LastPrinciple);
        if (width < 800)
        {
            await page.ClickAsync(".menu-button");
        }

        var nav = await Rect(page, "#site-nav");
        var item = await Rect(page, "#site-nav a[aria-current='page']");
        Assert.True(await page.EvaluateAsync<int>("document.getElementById('site-nav').scrollTop") > 0, "the sidebar was not scrolled");
        Assert.True(item[0] >= nav[0] && item[1] <= nav[1], $"the current item ({item[0]}-{item[1]}) is outside the sidebar's view ({nav[0]}-{nav[1]})");
        Assert.True(item[1] <= height, $"the current item ends at {item[1]}px, below the viewport");
        if (width >= 800)
        {
            Assert.Equal(0, await page.EvaluateAsync<int>("window.scrollY"));
            Assert.Equal("BODY", await page.EvaluateAsync<string>("document.activeElement.tagName"));
        }

        Assert.Empty(session.Problems);
    }

    // What the reader sees (a full-page shot would draw the sticky header and the menu only at the top).
    private Task ViewportShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, name + ".png") });

    private static Task<double[]> Rect(IPage page, string selector) =>
        page.EvaluateAsync<double[]>("s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.top, r.bottom]; }", selector);
}
