using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>The story matrix with a few stories: every principle named without hover, a table that fits at 1366 px
/// (its Remove column too), cards on a phone, and no sideways scrolling at either width.</summary>
[Collection("browser")]
public sealed class StoryMatrixBrowserTests(BrowserFixture fixture)
{
    private static readonly (string Title, string Metric, string[] Principles)[] s_stories =
    [
        ("Cut the checkout page's load time on budget phones", "p95 load 6.1 s to 2.4 s", ["customer-obsession", "frugality", "dive-deep", "deliver-results"]),
        ("Stopped a launch the data did not support", "refund rate held at 1.2%", ["are-right-a-lot", "have-backbone", "insist-on-the-highest-standards"]),
        ("Hired and coached two first-time PMs", "both promoted within 18 months", ["hire-and-develop-the-best", "earn-trust"]),
        ("A one-week pilot instead of a quarter of study", "pilot 3 days, rollback ready", ["bias-for-action", "think-big", "invent-and-simplify", "ownership"]),
    ];

    [BrowserFact]
    public async Task At_1366_px_the_table_names_every_principle_and_fits_with_its_remove_column()
    {
        await using var session = await PageSession.OpenAsync(fixture, 1366, 900);
        var page = session.Page;
        await AddStoriesAsync(page);
        Assert.True(await page.IsVisibleAsync("#matrix-table"));
        Assert.False(await page.IsVisibleAsync("#matrix-cards"));

        // Each principle's whole name is in its column header, visible (no hover, no abbreviation).
        var names = (await page.Locator("#story-principles label").AllInnerTextsAsync()).Select(n => n.Trim()).ToArray();
        Assert.Equal(16, names.Length);
        Assert.Contains("Have Backbone; Disagree and Commit", names);
        var headers = await page.Locator("#matrix-head th.matrix-principle").AllInnerTextsAsync();
        Assert.Equal(names, headers.Select(h => h.Trim()).ToArray());
        Assert.Equal(0, await page.Locator("#matrix-head abbr, #matrix-head .visually-hidden").CountAsync());
        foreach (var header in await page.Locator("#matrix-head th.matrix-principle span").AllAsync())
        {
            Assert.True(await header.IsVisibleAsync());
        }

        var fit = await page.EvaluateAsync<double[]>(@"(() => {
            const wrap = document.getElementById('matrix-table-scroll');
            const table = document.getElementById('matrix-table');
            const remove = document.querySelector('#matrix-body tr:last-child td:last-child button').getBoundingClientRect();
            return [table.scrollWidth, wrap.clientWidth, remove.right, wrap.getBoundingClientRect().right, document.documentElement.scrollWidth, window.innerWidth];
        })()");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "matrix-desktop.png"), FullPage = true });
        Assert.True(fit[0] <= fit[1], $"the table is {fit[0]}px wide in a {fit[1]}px box: a column is cut off");
        Assert.True(fit[2] <= fit[3] && fit[2] <= fit[5], $"the last Remove button ends at {fit[2]}px, past the box ({fit[3]}px) or window");
        Assert.True(fit[4] <= fit[5], $"the page is {fit[4]}px wide in a {fit[5]}px window");

        // The last column still works.
        await page.ClickAsync("#matrix-body tr:last-child td:last-child button");
        Assert.Equal(s_stories.Length - 1, await page.Locator("#matrix-body tr").CountAsync());
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserFact]
    public async Task On_a_390_px_phone_each_story_is_a_card_with_named_switches_and_nothing_scrolls_sideways()
    {
        await using var session = await PageSession.OpenAsync(fixture, 390, 844);
        var page = session.Page;
        await AddStoriesAsync(page);
        Assert.False(await page.IsVisibleAsync("#matrix-table"));
        Assert.Equal(s_stories.Length, await page.Locator("#matrix-cards > li").CountAsync());
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"matrix.html is {overflow}px wider than a 390px phone");
        var widest = await page.EvaluateAsync<double>("Math.max(...[...document.querySelectorAll('#matrix-cards *')].map(e => e.getBoundingClientRect().right))");
        Assert.True(widest <= 390, $"something in a card ends at {widest}px");

        // A card's switches carry the principles' names as visible text, and switch like the table's cells.
        var card = page.Locator("#matrix-cards > li").First;
        Assert.Contains("Are Right, A Lot", await card.InnerTextAsync(), StringComparison.Ordinal);
        var frugality = card.Locator("button.matrix-chip", new() { HasText = "Frugality" });
        Assert.Equal("true", await frugality.GetAttributeAsync("aria-pressed"));
        var ownership = card.Locator("button.matrix-chip", new() { HasText = "Ownership" });
        Assert.Equal("false", await ownership.GetAttributeAsync("aria-pressed"));
        await ownership.ClickAsync();
        Assert.Equal("true", await page.Locator("#matrix-cards > li").First.Locator("button.matrix-chip", new() { HasText = "Ownership" }).GetAttributeAsync("aria-pressed"));
        Assert.Contains("now serves Ownership", await page.InnerTextAsync("#matrix-status"), StringComparison.Ordinal);
        await page.Locator("#matrix-cards").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "matrix-phone.png") });

        await page.Locator("#matrix-cards > li").Last.Locator("button", new() { HasText = "Remove" }).ClickAsync();
        Assert.Equal(s_stories.Length - 1, await page.Locator("#matrix-cards > li").CountAsync());
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    private async Task AddStoriesAsync(IPage page)
    {
        await page.GotoAsync(fixture.FileBase + "matrix.html");
        foreach (var (title, metric, principles) in s_stories)
        {
            await page.FillAsync("#story-title", title);
            await page.FillAsync("#story-metric", metric);
            foreach (var id in principles)
            {
                await page.CheckAsync($"#story-principles input[value='{id}']");
            }

            await page.ClickAsync("#story-form button[type='submit']");
        }

        Assert.Equal(s_stories.Length, await page.Locator("#matrix-body tr").CountAsync());
    }
}
