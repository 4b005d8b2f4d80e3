using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>The study tools in real Chromium, from file:// and over HTTP: practice, story matrix, linter, saved data.</summary>
[Collection("browser")]
public sealed class StudyToolsBrowserTests(BrowserFixture fixture)
{
    // The shipped banks' question count, read from content/ so that adding a question does not break these tests.
    private static readonly int Questions = Directory.GetFiles(Path.Combine(BrowserFixture.RepoRoot(), "content", "questions"), "*.yml")
        .Sum(f => File.ReadLines(f).Count(l => l.TrimStart().StartsWith("- id:", StringComparison.Ordinal)));

    public static TheoryData<string> Bases() => new() { "file", "http" };

    private string BaseUrl(string kind) => kind == "file" ? fixture.FileBase : fixture.HttpBase;

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task A_keyboard_practice_round_reveals_then_grades_and_its_schedule_survives_a_reload(string kind)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(BaseUrl(kind) + "practice.html?seed=7");
        Assert.Contains("Nothing practised yet", await page.InnerTextAsync("#schedule-summary"), StringComparison.Ordinal);
        await page.ClickAsync("#practice-setup button[data-select='none']");
        await page.CheckAsync("#practice-principles input[value='dive-deep']");
        await StartAsync(page);
        Assert.True(await page.IsVisibleAsync("#practice-session"));
        Assert.Equal("practice-session", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("2:00", await page.InnerTextAsync("#practice-timer"));
        Assert.Equal("1 of 10", await page.TextContentAsync("#practice-count"));
        var question = await page.InnerTextAsync("#practice-question");
        Assert.StartsWith("Dive Deep · ", await page.TextContentAsync("#practice-meta"), StringComparison.Ordinal);

        // Before the reveal, nothing of what interviewers listen for is in the page, and rating is refused.
        var answer = await QuestionData(page, question);
        Assert.False(await page.IsVisibleAsync("#practice-answer"));
        var text = await page.EvaluateAsync<string>("document.body.textContent");
        Assert.DoesNotContain(answer.Signal, text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Flag, text, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("3");
        Assert.Contains("First reveal", await page.InnerTextAsync("#practice-status"), StringComparison.Ordinal);
        Assert.Equal(question, await page.InnerTextAsync("#practice-question"));

        await page.Keyboard.PressAsync("Space");
        Assert.Equal("true", await page.GetAttributeAsync("#practice-timer-toggle", "aria-pressed"));
        await Assertions.Expect(page.Locator("#practice-timer")).Not.ToHaveTextAsync("2:00", new() { Timeout = 5000 });
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("false", await page.GetAttributeAsync("#practice-timer-toggle", "aria-pressed"));
        Assert.Contains("paused", await page.InnerTextAsync("#practice-timer-status"), StringComparison.Ordinal);

        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("n");
        Assert.Equal(2, await page.Locator("#practice-probes li").CountAsync());
        await page.Keyboard.PressAsync("r");
        Assert.True(await page.IsVisibleAsync("#practice-answer"));
        Assert.Equal(answer.Signals, await page.Locator("#practice-signals li").CountAsync());
        Assert.Contains(answer.Signal, await page.InnerTextAsync("#practice-signals"), StringComparison.Ordinal);
        Assert.Contains(answer.Flag, await page.InnerTextAsync("#practice-flags"), StringComparison.Ordinal);
        Assert.Contains("in 3 days", await page.InnerTextAsync("#practice-answer button[data-rating='3']"), StringComparison.Ordinal);
        await session.ScreenshotAsync(fixture, $"{kind}-practice-revealed");

        await page.Keyboard.PressAsync("3");
        Assert.Contains("Next review in 3 days", await page.InnerTextAsync("#practice-status"), StringComparison.Ordinal);
        Assert.NotEqual(question, await page.InnerTextAsync("#practice-question"));
        Assert.Equal("2 of 10", await page.TextContentAsync("#practice-count"));
        Assert.False(await page.IsVisibleAsync("#practice-answer"));
        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("1");
        Assert.Contains("comes back tomorrow", await page.InnerTextAsync("#practice-status"), StringComparison.Ordinal);

        // FSRS: Good on a new question gives stability 2.3065 and a review in 3 days, Again tomorrow.
        var stored = await Stored(page);
        Assert.Equal(2, stored.GetProperty("version").GetInt32());
        var first = stored.GetProperty("progress").EnumerateObject().First(p => p.Value.GetProperty("rating").GetInt32() == 3).Value;
        Assert.Equal(2.3065, first.GetProperty("card").GetProperty("stability").GetDouble(), 4);
        Assert.Equal(await DayFrom(page, 3), first.GetProperty("due").GetString());
        Assert.Equal(2, stored.GetProperty("history").GetArrayLength());

        await page.ReloadAsync();
        Assert.Contains($"2 of {Questions} questions practised; 0 due today.", await page.InnerTextAsync("#schedule-summary"), StringComparison.Ordinal);
        var rated = page.Locator("#schedule-body tr", new() { HasText = question });
        Assert.Equal(1, await rated.CountAsync());
        Assert.Contains(await DayFrom(page, 3) + " (in 3 days)", await rated.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("3 · Good", await rated.InnerTextAsync(), StringComparison.Ordinal);

        // The history (its scripts load when it comes into view): today's two answers in the calendar, the streak,
        // Dive Deep's average (3 and 1).
        await page.Locator("#study-history").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(page.Locator("#history-summary")).Not.ToBeEmptyAsync();
        Assert.Equal("2 answers on 1 day · streak: 1 day in a row", await page.InnerTextAsync("#history-summary"));
        Assert.Equal("2", await page.GetAttributeAsync($"#history-calendar rect[data-day='{await DayFrom(page, 0)}']", "data-count"));
        Assert.Equal(["Dive Deep", "2", "2"], (await page.Locator("#history-body tr[data-principle='dive-deep'] > *").AllInnerTextsAsync()).Take(3));

        await page.GotoAsync(BaseUrl(kind) + "index.html");
        Assert.Equal($"0 questions due today · 2 of {Questions} practised.", await page.InnerTextAsync("#study-due"));
        await page.GotoAsync(BaseUrl(kind) + "principles/dive-deep.html");
        Assert.Matches(@"^2 of \d+ practised$", await page.InnerTextAsync(".principle-progress"));
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task A_session_interleaves_principles_and_ends_with_a_summary(string kind)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(BaseUrl(kind) + "practice.html?seed=42");
        await page.ClickAsync("#practice-setup button[data-select='none']");
        await page.CheckAsync("#practice-principles input[value='dive-deep']");
        await page.CheckAsync("#practice-principles input[value='ownership']");
        await page.SelectOptionAsync("#practice-length", "20");
        // The daily cap of new questions (10 by default) cuts this session to 10: raise it.
        Assert.Contains("0 due and 10 new", await page.InnerTextAsync("#practice-outlook"), StringComparison.Ordinal);
        await page.FillAsync("#practice-new-per-day", "30");
        Assert.Contains("0 due and 20 new", await page.InnerTextAsync("#practice-outlook"), StringComparison.Ordinal);
        await StartAsync(page);
        var principles = new List<string>();
        var questions = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i <= 20; i++)
        {
            Assert.Equal($"{i} of 20", await page.TextContentAsync("#practice-count"));
            principles.Add((await page.TextContentAsync("#practice-meta"))!.Split(" · ")[0]);
            questions.Add(await page.InnerTextAsync("#practice-question"));
            await page.Keyboard.PressAsync("r");
            await page.Keyboard.PressAsync(i % 4 == 0 ? "1" : "3");
        }

        Assert.Equal(20, questions.Count);
        Assert.Equal(10, principles.Count(p => p == "Dive Deep"));
        for (var i = 1; i < principles.Count; i++)
        {
            Assert.True(principles[i] != principles[i - 1], $"questions {i} and {i + 1} are both {principles[i]}: {string.Join(", ", principles)}");
        }

        Assert.True(await page.IsVisibleAsync("#practice-summary"));
        Assert.Equal("20 of 20 questions rated.", await page.InnerTextAsync("#summary-line"));
        var row = await page.Locator("#summary-body tr[data-principle='ownership'] td").AllInnerTextsAsync();
        Assert.Equal(10, row.Take(4).Sum(int.Parse));
        Assert.Contains(await DayFrom(page, 1) + " (tomorrow): 5 questions", await page.InnerTextAsync("#summary-returns"), StringComparison.Ordinal);
        Assert.Contains(await DayFrom(page, 3) + " (in 3 days): 15 questions", await page.InnerTextAsync("#summary-returns"), StringComparison.Ordinal);
        await session.ScreenshotAsync(fixture, $"{kind}-practice-summary");

        // Due only: nothing is due today, and the page says when the next question is.
        await page.ClickAsync("#practice-again");
        await page.CheckAsync("#practice-due-only");
        await StartAsync(page);
        Assert.Contains("Nothing is due today; the next question comes back on " + await DayFrom(page, 1), await page.InnerTextAsync("#practice-setup-status"), StringComparison.Ordinal);
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task Old_box_data_becomes_FSRS_cards_and_corrupt_settings_are_repaired(string kind)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(BaseUrl(kind) + "practice.html?seed=3");
        var yesterday = await DayFrom(page, -1);
        var lastWeek = await DayFrom(page, -8);
        var oldData = "{\"format\":\"pmguide-study\",\"version\":1,\"progress\":{\"dive-deep-01\":{\"box\":3,\"due\":\"" + yesterday + "\",\"last\":\"" + lastWeek +
            "\",\"rating\":3,\"reviews\":2}},\"stories\":[{\"id\":\"s1\",\"title\":\"Kept story\",\"metric\":\"\",\"principles\":[\"dive-deep\"]}],\"settings\":{\"principles\":null,\"rounds\":[\"behavioural\"],\"minutes\":\"two\"}}";
        Assert.True(await page.EvaluateAsync<bool>("() => !!window.PMGUIDE_QUESTIONS.questions.find(q => q.id === 'dive-deep-01' && q.principle === 'dive-deep')"),
            "the test expects question dive-deep-01 in Dive Deep");
        await page.EvaluateAsync("v => localStorage.setItem('pmguide-study', v)", oldData);
        await page.ReloadAsync();
        var status = await page.InnerTextAsync("#study-data-status");
        Assert.Contains("moved from the five boxes to the FSRS schedule", status, StringComparison.Ordinal);
        Assert.Contains("the practice settings 'principles', 'minutes' were damaged and reset to the default", status, StringComparison.Ordinal);
        var row = page.Locator("#schedule-body tr[data-question='dive-deep-01']");
        Assert.Contains("Due today", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2", await row.Locator("td").Nth(3).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(16, await page.Locator("#practice-principles input:checked").CountAsync());
        Assert.Equal("2", await page.InputValueAsync("#practice-minutes"));

        // The due question comes first; rating it schedules it by FSRS from the migrated card.
        await page.ClickAsync("#practice-setup button[data-select='none']");
        await page.CheckAsync("#practice-principles input[value='dive-deep']");
        await StartAsync(page);
        Assert.EndsWith("Due for review", await page.TextContentAsync("#practice-meta"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("3");
        var stored = await Stored(page);
        var card = stored.GetProperty("progress").GetProperty("dive-deep-01");
        Assert.Equal(3, card.GetProperty("reviews").GetInt32());
        Assert.Equal(3, card.GetProperty("box").GetInt32());
        Assert.True(card.GetProperty("card").GetProperty("stability").GetDouble() > 7, card.ToString());
        Assert.True(string.CompareOrdinal(card.GetProperty("due").GetString(), await DayFrom(page, 7)) > 0, card.ToString());
        Assert.Equal("Kept story", stored.GetProperty("stories")[0].GetProperty("title").GetString());

        // settings: [] and null are repaired too, and nothing else is lost.
        foreach (var settings in new[] { "[]", "null" })
        {
            await page.EvaluateAsync("v => { const d = JSON.parse(localStorage.getItem('pmguide-study')); d.settings = JSON.parse(v); localStorage.setItem('pmguide-study', JSON.stringify(d)); }", settings);
            await page.ReloadAsync();
            Assert.Contains("the practice settings were damaged and were reset to the defaults", await page.InnerTextAsync("#study-data-status"), StringComparison.Ordinal);
            Assert.Contains($"1 of {Questions} questions practised", await page.InnerTextAsync("#schedule-summary"), StringComparison.Ordinal);
            await StartAsync(page);
            Assert.True(await page.IsVisibleAsync("#practice-session"));
        }

        await session.ScreenshotAsync(fixture, $"{kind}-practice-repaired");
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task The_schedule_survives_export_and_import_and_persistence_is_requested(string kind)
    {
        var exported = Path.Combine(Path.GetTempPath(), $"pmguide-fsrs-{Guid.NewGuid():N}.json");
        const string persistSpy = "window.__persistCalls = 0; if (navigator.storage) { navigator.storage.persist = function () { window.__persistCalls++; return Promise.resolve(true); }; navigator.storage.persisted = function () { return Promise.resolve(true); }; }";
        try
        {
            string due;
            await using (var session = await PageSession.OpenAsync(fixture))
            {
                var page = session.Page;
                await page.AddInitScriptAsync(persistSpy);
                await page.GotoAsync(BaseUrl(kind) + "practice.html?seed=11");
                Assert.Contains("No backup yet.", await page.InnerTextAsync("#study-backup"), StringComparison.Ordinal);
                await StartAsync(page);
                await page.Keyboard.PressAsync("r");
                await page.Keyboard.PressAsync("4");
                Assert.Equal(1, await page.EvaluateAsync<int>("window.__persistCalls"));
                await Assertions.Expect(page.Locator("#study-backup")).ToContainTextAsync("keeps the data until you clear it");
                Assert.Contains("Export once", await page.InnerTextAsync("#study-backup"), StringComparison.Ordinal);
                due = (await Stored(page)).GetProperty("progress").EnumerateObject().Single().Value.GetProperty("due").GetString()!;
                Assert.Equal(await DayFrom(page, 8), due);

                var json = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#study-export"));
                await json.SaveAsAsync(exported);
                Assert.Contains("Last backup today.", await page.InnerTextAsync("#study-backup"), StringComparison.Ordinal);
                var text = await File.ReadAllTextAsync(exported);
                Assert.Contains("\"stability\": 8.2956", text, StringComparison.Ordinal);

                // A reload asks no more: the browser's answer is remembered.
                await page.ReloadAsync();
                await StartAsync(page);
                await page.Keyboard.PressAsync("r");
                await page.Keyboard.PressAsync("3");
                Assert.Equal(0, await page.EvaluateAsync<int>("window.__persistCalls"));
                Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
            }

            await using (var fresh = await PageSession.OpenAsync(fixture))
            {
                var page = fresh.Page;
                await page.GotoAsync(BaseUrl(kind) + "practice.html");
                await page.SetInputFilesAsync("#study-import", exported);
                await Assertions.Expect(page.Locator("#study-data-status")).ToContainTextAsync("Imported 0 stories and progress for 1 questions");
                await page.ReloadAsync();
                Assert.Contains(due + " (in 8 days)", await page.InnerTextAsync("#schedule-body"), StringComparison.Ordinal);
                var stored = await Stored(page);
                Assert.Equal(8.2956, stored.GetProperty("progress").EnumerateObject().Single().Value.GetProperty("card").GetProperty("stability").GetDouble(), 4);
                Assert.Equal(1, stored.GetProperty("history").GetArrayLength());
                Assert.True(fresh.Problems.Count == 0, string.Join("; ", fresh.Problems));
            }
        }
        finally
        {
            File.Delete(exported);
        }
    }

    [BrowserFact]
    public async Task The_home_page_reminds_after_seven_days_without_a_backup()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "index.html");
        await page.EvaluateAsync(@"() => {
            const day = 86400000, iso = n => new Date(Date.now() - n * day).toISOString();
            localStorage.setItem('pmguide-study', JSON.stringify({ format: 'pmguide-study', version: 2, progress: {}, stories: [], history: [],
              settings: {}, created: iso(20), changed: iso(1), backup: { last: iso(9) } }));
        }");
        await page.ReloadAsync();
        Assert.Equal("Time for a backup: Last backup 9 days ago. You have practised or changed stories since.", await page.InnerTextAsync("#study-backup"));
        Assert.True(await page.IsVisibleAsync("[data-study-export]"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-study-export]"));
        Assert.Equal("pmguide-study.json", download.SuggestedFilename);
        Assert.StartsWith("Last backup today.", await page.InnerTextAsync("#study-backup"), StringComparison.Ordinal);

        // Every page that keeps study data shows the line (the linter keeps none, and stays within its weight budget).
        foreach (var path in new[] { "practice.html", "matrix.html", "cheatsheet.html" })
        {
            await page.GotoAsync(fixture.FileBase + path);
            Assert.StartsWith("Last backup today.", await page.InnerTextAsync("#study-backup"), StringComparison.Ordinal);
            Assert.True(await page.IsVisibleAsync("#study-export, [data-study-export]"), path);
        }

        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserFact]
    public async Task Question_banks_keep_signals_and_red_flags_closed_until_asked_and_print_them_open()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "questions/dive-deep.html");
        var first = page.Locator(".question").First;
        Assert.Equal("What interviewers listen for", await first.Locator("details.signals > summary").InnerTextAsync());
        Assert.False(await first.Locator(".panel-good").IsVisibleAsync());
        Assert.False(await first.Locator(".panel-bad").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await first.Locator(".panel-good").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await first.Locator("details.signals > summary").ClickAsync();
        Assert.True(await first.Locator(".panel-good").IsVisibleAsync());
        Assert.True(await first.Locator(".panel-bad").IsVisibleAsync());
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_session_revealed_and_its_summary_pass_axe(string mode)
    {
        await using var session = await PageSession.OpenAsync(fixture, colorScheme: mode == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = session.Page;
        await Gates.AxeChecker.InstallAsync(page.Context);
        // Over HTTP: from file:// axe's own stylesheet reads are refused (CORS) and logged as console errors.
        await page.GotoAsync(fixture.HttpBase + "practice.html?seed=9");
        await StartAsync(page);
        var problems = new List<string>(await Gates.AxeChecker.CheckAsync(page, "practice.html", mode + ", session"));
        await page.Keyboard.PressAsync("r");
        problems.AddRange(await Gates.AxeChecker.CheckAsync(page, "practice.html", mode + ", revealed"));
        await page.Keyboard.PressAsync("4");
        await page.ClickAsync("#practice-end");
        Assert.True(await page.IsVisibleAsync("#practice-summary"));
        await page.Locator("#study-history").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(page.Locator("#history-calendar rect[data-count='1']")).ToHaveCountAsync(1);
        problems.AddRange(await Gates.AxeChecker.CheckAsync(page, "practice.html", mode + ", summary and history"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserFact]
    public async Task The_timers_end_reveals_the_signals()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.Clock.InstallAsync();
        await page.GotoAsync(fixture.FileBase + "practice.html?seed=5");
        await StartAsync(page);
        Assert.False(await page.IsVisibleAsync("#practice-answer"));
        await page.Keyboard.PressAsync("Space");
        await page.Clock.RunForAsync(119_000);
        Assert.False(await page.IsVisibleAsync("#practice-answer"));
        await page.Clock.RunForAsync(2_000);
        Assert.True(await page.IsVisibleAsync("#practice-answer"));
        Assert.Equal("0:00", await page.InnerTextAsync("#practice-timer"));
        Assert.StartsWith("Time is up.", await page.InnerTextAsync("#practice-timer-status"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("2");
        Assert.Contains("Rated 2 (Hard)", await page.InnerTextAsync("#practice-status"), StringComparison.Ordinal);
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    [BrowserTheory]
    [MemberData(nameof(Bases))]
    public async Task A_chapters_drill_checklist_can_be_ticked_and_stays_ticked(string kind)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(BaseUrl(kind) + "chapters/data-driven-answers.html");
        var boxes = page.Locator("li.task-list-item input[type='checkbox']");
        var total = await boxes.CountAsync();
        Assert.True(total >= 3, "the chapter's drill has task items");
        Assert.False(await boxes.Nth(0).IsDisabledAsync());
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(2).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.Equal($"2 of {total} done.", await page.InnerTextAsync(".checklist-status"));
        await page.ReloadAsync();
        Assert.True(await boxes.Nth(0).IsCheckedAsync());
        Assert.False(await boxes.Nth(1).IsCheckedAsync());
        Assert.True(await boxes.Nth(2).IsCheckedAsync());
        var ticks = (await Stored(page)).GetProperty("checklists").GetProperty("chapters/data-driven-answers.html");
        Assert.Equal(2, ticks.EnumerateObject().Count());
        Assert.All(ticks.EnumerateObject(), t => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", t.Value.GetString()));
        await boxes.Nth(0).UncheckAsync();
        await page.ReloadAsync();
        Assert.False(await boxes.Nth(0).IsCheckedAsync());
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }

    private sealed record Answer(string Signal, string Flag, int Signals);

    private static async Task<Answer> QuestionData(IPage page, string text)
    {
        var q = await page.EvaluateAsync<System.Text.Json.JsonElement>("t => window.PMGUIDE_QUESTIONS.questions.find(q => q.text === t)", text);
        return new Answer(q.GetProperty("strongSignals")[0].GetString()!, q.GetProperty("redFlags")[0].GetString()!, q.GetProperty("strongSignals").GetArrayLength());
    }

    /// <summary>Starts a session; the first one waits for ts-fsrs, which the page loads on demand.</summary>
    private static async Task StartAsync(IPage page)
    {
        await page.ClickAsync("#practice-setup button[type='submit']");
        await page.WaitForSelectorAsync("#practice-session:not([hidden]), #practice-setup-status:not(:empty)");
    }

    private static async Task<System.Text.Json.JsonElement> Stored(IPage page) =>
        System.Text.Json.JsonDocument.Parse(await page.EvaluateAsync<string>("localStorage.getItem('pmguide-study')")).RootElement;

    private static Task<string> DayFrom(IPage page, int days) => page.EvaluateAsync<string>("n => window.PmGuideStore.dayFrom(n)", days);

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
                // One list item per principle, in the site's order (names hold commas, so nothing is comma-joined).
                Assert.Contains("### Cheaper notification test\n\nKey metric: opt-outs 2.1% to 1.4%\n\nPrinciples:\n\n- Ownership\n- Bias for Action\n- Frugality\n- Dive Deep\n",
                    markdownText, StringComparison.Ordinal);
                Assert.Contains("### Earn Trust\n\nNo story yet.\n", markdownText, StringComparison.Ordinal);
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
    public async Task The_practice_transcript_box_loads_the_linter_on_the_first_keystroke_and_finds_what_lint_html_finds(string kind)
    {
        const string answer = "At my last company we noticed that conversion had dropped. The team fixed it and conversion improved a lot.";
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(BaseUrl(kind) + "practice.html?seed=7");
        await StartAsync(page);
        var question = await page.InnerTextAsync("#practice-question");
        var level = (await page.TextContentAsync("#practice-meta"))!.Split(" · ")[2];

        // Nothing of the linter is loaded until the student types in the box.
        const string linterScripts = "document.querySelectorAll('script[src$=\"rubric.js\"], script[src$=\"lint.js\"]').length";
        Assert.Equal(0, await page.EvaluateAsync<int>(linterScripts));
        await page.FillAsync("#practice-transcript", answer);
        await Assertions.Expect(page.Locator("#practice-lint .lint-finding").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.Equal(4, await page.EvaluateAsync<int>(linterScripts));
        var findings = await page.Locator("#practice-lint .lint-finding").AllInnerTextsAsync();
        var summary = await page.InnerTextAsync("#practice-lint .transcript-status");
        var score = await page.InnerTextAsync("#practice-lint .lint-score");
        var marks = await page.Locator("#practice-lint mark").AllInnerTextsAsync();

        // lint.html, given the same question and level, finds the same, in the same words.
        await page.GotoAsync(BaseUrl(kind) + "lint.html");
        await page.FillAsync("#lint-question", question);
        await page.SelectOptionAsync("#lint-level", level);
        await page.FillAsync("#lint-input", answer);
        await Assertions.Expect(page.Locator("#lint-summary")).ToHaveTextAsync(summary);
        Assert.Equal(findings, await page.Locator("#lint-findings .lint-finding").AllInnerTextsAsync());
        Assert.Equal(score, await page.InnerTextAsync("#lint-score"));
        Assert.Equal(marks, await page.Locator("#lint-marked mark").AllInnerTextsAsync());
        Assert.True(findings.Count >= 3, string.Join("\n", findings));

        // The next question empties the box and its findings.
        await page.GoBackAsync();
        await StartAsync(page);
        await page.FillAsync("#practice-transcript", answer);
        await Assertions.Expect(page.Locator("#practice-lint .lint-finding").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.ClickAsync("#practice-next");
        Assert.Equal(string.Empty, await page.InputValueAsync("#practice-transcript"));
        Assert.False(await page.IsVisibleAsync("#practice-lint .lint-finding"));
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
        await StartAsync(page);
        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("4");
        Assert.Contains("this session only", await page.InnerTextAsync("#practice-status"), StringComparison.Ordinal);
        Assert.Contains($"1 of {Questions} questions practised", await page.InnerTextAsync("#schedule-summary"), StringComparison.Ordinal);

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
            if (path == "practice.html")
            {
                await StartAsync(page);
                await page.Keyboard.PressAsync("r");
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "a revealed question scrolls sideways at 390 px");
                await session.ScreenshotAsync(fixture, "phone-dark-practice-revealed");
            }
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
        var chapters = Directory.GetFiles(Path.Combine(BrowserFixture.RepoRoot(), "content", "chapters"), "*.md").Length;
        // Chapters, then each principle (with its bank and examples under it, not as titles of their own).
        Assert.Equal("Customer Obsession", titles[chapters]);
        Assert.Equal(chapters + 16, titles.Count);
        Assert.Equal(0, await page.EvaluateAsync<int>("(() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id); return ids.length - new Set(ids).size; })()"));
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }
}
