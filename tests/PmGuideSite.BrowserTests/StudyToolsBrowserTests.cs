using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>The study tools in real Chromium, from file:// and over HTTP: practice, story matrix, linter, saved data.</summary>
[Collection("browser")]
public sealed class StudyToolsBrowserTests(BrowserFixture fixture)
{
    public static TheoryData<string> Bases() => new() { "file", "http" };

    private string BaseUrl(string kind) => kind == "file" ? fixture.FileBase : fixture.HttpBase;

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task A_keyboard_practice_round_is_rated_and_its_schedule_survives_a_reload(string kind)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(BaseUrl(kind) + "practice.html");
        Assert.Contains("Nothing practised yet", await page.InnerTextAsync("#schedule-summary"), StringComparison.Ordinal);
        await page.ClickAsync("#practice-setup button[data-select='none']");
        await page.CheckAsync("#practice-principles input[value='dive-deep']");
        await page.ClickAsync("#practice-setup button[type='submit']");
        Assert.True(await page.IsVisibleAsync("#practice-session"));
        Assert.Equal("practice-session", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("2:00", await page.InnerTextAsync("#practice-timer"));
        var question = await page.InnerTextAsync("#practice-question");
        Assert.StartsWith("Dive Deep · ", await page.TextContentAsync("#practice-meta"), StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Space");
        Assert.Equal("true", await page.GetAttributeAsync("#practice-timer-toggle", "aria-pressed"));
        await Assertions.Expect(page.Locator("#practice-timer")).Not.ToHaveTextAsync("2:00", new() { Timeout = 5000 });
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("false", await page.GetAttributeAsync("#practice-timer-toggle", "aria-pressed"));
        Assert.Contains("paused", await page.InnerTextAsync("#practice-timer-status"), StringComparison.Ordinal);

        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("n");
        Assert.Equal(2, await page.Locator("#practice-probes li").CountAsync());
        await session.ScreenshotAsync(fixture, $"{kind}-practice-session");

        await page.Keyboard.PressAsync("3");
        Assert.Contains("Next review in 3 days", await page.InnerTextAsync("#practice-status"), StringComparison.Ordinal);
        Assert.NotEqual(question, await page.InnerTextAsync("#practice-question"));
        await page.Keyboard.PressAsync("1");
        Assert.Contains("comes back later today", await page.InnerTextAsync("#practice-status"), StringComparison.Ordinal);

        await page.ReloadAsync();
        Assert.Contains("2 of 192 questions practised; 1 due today.", await page.InnerTextAsync("#schedule-summary"), StringComparison.Ordinal);
        var rated = page.Locator("#schedule-body tr", new() { HasText = question });
        Assert.Equal(1, await rated.CountAsync());
        Assert.Contains("Box 2", await rated.InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(BaseUrl(kind) + "index.html");
        Assert.Equal("1 question due today · 2 of 192 practised.", await page.InnerTextAsync("#study-due"));
        await page.GotoAsync(BaseUrl(kind) + "principles/dive-deep.html");
        Assert.Matches(@"^2 of \d+ practised · 1 due today$", await page.InnerTextAsync(".principle-progress"));
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task Stories_close_a_gap_and_survive_export_and_import(string kind)
    {
        var exported = Path.Combine(Path.GetTempPath(), $"pmguide-study-{Guid.NewGuid():N}.json");
        try
        {
            await using (var session = await PageSession.OpenAsync(fixture))
            {
                var page = session.Page;
                await page.GotoAsync(BaseUrl(kind) + "matrix.html");
                Assert.Equal(1, await page.Locator("#matrix-gaps li", new() { HasText = "No story yet for Frugality" }).CountAsync());
                await page.FillAsync("#story-title", "Cheaper notification test");
                await page.FillAsync("#story-metric", "opt-outs 2.1% to 1.4%");
                await page.CheckAsync("#story-principles input[value='frugality']");
                await page.CheckAsync("#story-principles input[value='bias-for-action']");
                await page.ClickAsync("#story-form button[type='submit']");
                Assert.Equal(0, await page.Locator("#matrix-gaps li", new() { HasText = "No story yet for Frugality" }).CountAsync());
                Assert.Equal(1, await page.Locator("#matrix-gaps li", new() { HasText = "No story yet for Dive Deep" }).CountAsync());
                Assert.Contains("2 of 16 principles have a story", await page.InnerTextAsync("#matrix-coverage"), StringComparison.Ordinal);
                Assert.Equal("true", await page.GetAttributeAsync("#matrix-body button[aria-label^='Frugality']", "aria-pressed"));

                // One story serving four principles alone: the matrix warns that they lean on it.
                await page.ClickAsync("#matrix-body button[aria-label^='Dive Deep']");
                await page.ClickAsync("#matrix-body button[aria-label^='Ownership']");
                Assert.Contains("Frugality leans on", await page.InnerTextAsync("#matrix-leaning"), StringComparison.Ordinal);
                await session.ScreenshotAsync(fixture, $"{kind}-matrix");

                var markdown = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#matrix-export-md"));
                var markdownPath = exported + ".md";
                await markdown.SaveAsAsync(markdownPath);
                var markdownText = await File.ReadAllTextAsync(markdownPath);
                Assert.Contains("| Cheaper notification test | opt-outs 2.1% to 1.4% |", markdownText, StringComparison.Ordinal);
                Assert.Contains("- **Earn Trust**: no story yet", markdownText, StringComparison.Ordinal);
                File.Delete(markdownPath);

                var json = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#study-export"));
                await json.SaveAsAsync(exported);
                Assert.Contains("Cheaper notification test", await File.ReadAllTextAsync(exported), StringComparison.Ordinal);
                Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
            }

            // A fresh browser profile has nothing stored; importing the file brings the story back.
            await using (var fresh = await PageSession.OpenAsync(fixture))
            {
                var page = fresh.Page;
                await page.GotoAsync(BaseUrl(kind) + "matrix.html");
                Assert.True(await page.IsVisibleAsync("#matrix-empty"));
                await page.SetInputFilesAsync("#study-import", exported);
                await page.WaitForSelectorAsync("#matrix-body th:has-text('Cheaper notification test')");
                Assert.Contains("Imported 1 stories", await page.InnerTextAsync("#study-data-status"), StringComparison.Ordinal);
                await page.ReloadAsync();
                Assert.Equal(1, await page.Locator("#matrix-body tr").CountAsync());
                await page.GotoAsync(BaseUrl(kind) + "cheatsheet.html");
                Assert.Contains("Cheaper notification test", await page.InnerTextAsync("td[data-story-for='frugality']"), StringComparison.Ordinal);
                Assert.Equal("No story yet", await page.InnerTextAsync("td[data-story-for='earn-trust']"));
                Assert.True(fresh.Problems.Count == 0, string.Join("; ", fresh.Problems));
            }
        }
        finally
        {
            File.Delete(exported);
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task A_pasted_weak_answer_has_its_exact_words_marked(string kind)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(BaseUrl(kind) + "lint.html");
        await page.FillAsync("#lint-input", "At my last company we noticed that conversion had dropped. The team fixed it and conversion improved a lot.");
        await page.WaitForSelectorAsync("#lint-marked mark");
        var ownership = await page.Locator("#lint-marked mark[data-rules~='ownership']").AllInnerTextsAsync();
        Assert.Equal(["we noticed", "The team fixed"], ownership);
        var sentence = await page.Locator("#lint-marked mark[data-rules~='result-without-number']").AllTextContentsAsync();
        Assert.Equal("At my last company we noticed that conversion had dropped.The team fixed it and conversion improved a lot.", string.Concat(sentence));
        Assert.Equal(1, await page.Locator(".lint-finding[data-rule='baseline']").CountAsync());

        // One entry per rule: its messages with every quote, then its reason and what to say instead, once.
        var owned = page.Locator(".lint-finding[data-rule='ownership']");
        Assert.Equal(1, await owned.CountAsync());
        Assert.Equal(2, await owned.Locator(".lint-quote").CountAsync());
        Assert.Equal(1, await owned.Locator(".lint-reason").CountAsync());
        Assert.Contains("Interviewers score the candidate", await owned.Locator(".lint-reason").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Instead: ", await owned.Locator(".lint-instead").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+$", await page.InnerTextAsync("#lint-score"));
        await session.ScreenshotAsync(fixture, $"{kind}-lint-weak");

        var strong = File.ReadAllText(Path.Combine(BrowserFixture.RepoRoot(), "content", "examples", "mobile-checkout-latency.md"));
        var start = strong.IndexOf("::: strong\n", StringComparison.Ordinal) + 11;
        await page.FillAsync("#lint-input", strong[start..strong.IndexOf("\n:::", start, StringComparison.Ordinal)]);
        await Assertions.Expect(page.Locator("#lint-summary")).ToContainTextAsync("0 errors,");
        Assert.Equal("100", await page.InnerTextAsync("#lint-score"));

        // Given the question, the answer must fit it: this strong Dive Deep story does not answer a disagreement question.
        await page.FillAsync("#lint-question", "Tell me about a time you disagreed with your manager.");
        await Assertions.Expect(page.Locator(".lint-finding[data-rule='fits-disagreement']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#lint-summary")).ToContainTextAsync("1 error,");
        await page.FillAsync("#lint-question", string.Empty);
        await Assertions.Expect(page.Locator("#lint-summary")).ToContainTextAsync("0 errors,");

        // A very long paste is checked once after the pause, with bounded marking, and the page keeps answering.
        var huge = string.Concat(Enumerable.Repeat("We shipped it and conversion improved a lot. ", 6000));
        await page.FillAsync("#lint-input", huge);
        await Assertions.Expect(page.Locator("#lint-summary")).ToContainTextAsync("errors,", new() { Timeout = 15_000 });
        Assert.True(await page.Locator("#lint-marked mark").CountAsync() <= 2 * 2000 + 1);
        Assert.Equal(2, await page.EvaluateAsync<int>("1 + 1"));
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task Corrupt_or_old_data_gives_a_message_and_is_never_overwritten(string kind)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(BaseUrl(kind) + "matrix.html");
        foreach (var (stored, expected) in new[]
        {
            ("{not json", "it is not valid JSON"),
            ("{\"format\":\"pmguide-study\",\"version\":0,\"progress\":{},\"stories\":[]}", "it was saved in format version 0"),
        })
        {
            await page.EvaluateAsync("v => localStorage.setItem('pmguide-study', v)", stored);
            await page.ReloadAsync();
            var status = await page.InnerTextAsync("#study-data-status");
            Assert.Contains("could not be read: " + expected, status, StringComparison.Ordinal);
            Assert.Contains("left exactly as it was", status, StringComparison.Ordinal);
            Assert.True(await page.IsVisibleAsync("#study-download-raw"));

            // The tool still works for the session, but the stored value is untouched.
            await page.FillAsync("#story-title", "Session-only story");
            await page.ClickAsync("#story-form button[type='submit']");
            Assert.Equal(1, await page.Locator("#matrix-body tr").CountAsync());
            Assert.Contains("this session only", await page.InnerTextAsync("#matrix-status"), StringComparison.Ordinal);
            Assert.Equal(stored, await page.EvaluateAsync<string>("localStorage.getItem('pmguide-study')"));
        }

        await page.GotoAsync(BaseUrl(kind) + "practice.html");
        Assert.Contains("could not be read", await page.InnerTextAsync("#study-data-status"), StringComparison.Ordinal);
        await page.GotoAsync(BaseUrl(kind) + "index.html");
        Assert.Contains("could not be read", await page.InnerTextAsync("#study-due"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".principle-progress:visible").CountAsync());
        await session.ScreenshotAsync(fixture, $"{kind}-study-data-corrupt");

        // A bad file is refused and changes nothing, in storage or on the page.
        await page.GotoAsync(BaseUrl(kind) + "matrix.html");
        await page.EvaluateAsync("localStorage.removeItem('pmguide-study')");
        await page.ReloadAsync();
        await page.FillAsync("#story-title", "Kept story");
        await page.ClickAsync("#story-form button[type='submit']");
        var before = await page.EvaluateAsync<string>("localStorage.getItem('pmguide-study')");
        await page.SetInputFilesAsync("#study-import", new FilePayload { Name = "bad.json", MimeType = "application/json", Buffer = "{\"format\":\"something-else\"}"u8.ToArray() });
        await Assertions.Expect(page.Locator("#study-data-status")).ToContainTextAsync("not imported");
        Assert.Contains("it is not a PM guide study file. Nothing was changed.", await page.InnerTextAsync("#study-data-status"), StringComparison.Ordinal);
        Assert.Equal(before, await page.EvaluateAsync<string>("localStorage.getItem('pmguide-study')"));
        Assert.Equal(1, await page.Locator("#matrix-body tr").CountAsync());
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task Without_storage_the_tools_work_for_the_session_say_so_and_still_export(string kind)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;

        // Some browsers refuse localStorage on file:// pages; simulate that before any page script runs.
        await page.AddInitScriptAsync("Object.defineProperty(window, 'localStorage', { get: function () { throw new DOMException('denied', 'SecurityError'); } });");
        await page.GotoAsync(BaseUrl(kind) + "practice.html");
        Assert.Contains("does not let the page save anything here", await page.InnerTextAsync("#study-data-status"), StringComparison.Ordinal);
        await page.ClickAsync("#practice-setup button[type='submit']");
        await page.Keyboard.PressAsync("4");
        Assert.Contains("this session only", await page.InnerTextAsync("#practice-status"), StringComparison.Ordinal);
        Assert.Contains("1 of 192 questions practised", await page.InnerTextAsync("#schedule-summary"), StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#study-export"));
        var path = Path.Combine(Path.GetTempPath(), $"pmguide-session-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(path);
        var json = await File.ReadAllTextAsync(path);
        File.Delete(path);
        Assert.Contains("\"rating\": 4", json, StringComparison.Ordinal);
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserFact]
    public async Task The_tools_fit_a_390_pixel_phone_in_dark_mode_without_sideways_scrolling()
    {
        foreach (var path in new[] { "practice.html", "matrix.html", "lint.html", "cheatsheet.html", "print.html", "index.html" })
        {
            await using var session = await PageSession.OpenAsync(fixture, width: 390, height: 844, colorScheme: ColorScheme.Dark);
            var page = session.Page;
            await page.GotoAsync(fixture.FileBase + path);
            if (path == "matrix.html")
            {
                await page.FillAsync("#story-title", "A story with a long title that must wrap on a phone screen");
                await page.CheckAsync("#story-principles input[value='ownership']");
                await page.ClickAsync("#story-form button[type='submit']");
            }

            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), path + " scrolls sideways at 390 px");
            await session.ScreenshotAsync(fixture, "phone-dark-" + path.Replace(".html", string.Empty, StringComparison.Ordinal));
            Assert.True(session.Problems.Count == 0, path + ": " + string.Join("; ", session.Problems));
        }
    }

    [BrowserFact]
    public async Task The_print_page_holds_every_chapter_then_every_principle_with_unique_ids()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.HttpBase + "print.html");
        var titles = await page.Locator(".print-title").AllInnerTextsAsync();
        Assert.Equal("The Leadership Principles", titles[16]);
        Assert.Equal(16 + 1 + 16, titles.Count);
        Assert.Equal(0, await page.EvaluateAsync<int>("(() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id); return ids.length - new Set(ids).size; })()"));
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }
}
