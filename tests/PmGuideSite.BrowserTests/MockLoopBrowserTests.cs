using System.Text.Json;
using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>
/// The mock loop (mock.html) in real Chromium from file://, with Chromium's fake microphone: a short loop that records,
/// replays, lints a transcript and reaches the debrief, then finds the loop in the history after a reload; and the
/// loop going on when the microphone or storage is refused. Every wait is for a state of the page, never a delay.
/// </summary>
[Collection("browser")]
public sealed class MockLoopBrowserTests(BrowserFixture fixture, FakeMicrophoneBrowser microphone) : IClassFixture<FakeMicrophoneBrowser>
{
    private const string WeakAnswer = "At my last company we noticed that conversion had dropped. The team fixed it and conversion improved a lot.";
    private static readonly LocatorAssertionsToBeVisibleOptions Long = new() { Timeout = 20_000 };

    private async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> OpenAsync(string? initScript = null)
    {
        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"a browser is required at {BrowserFixture.ChromiumPath}");
        var context = await microphone.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }

        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add("console: " + m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add("script error: " + e);
        page.RequestFailed += (_, r) => problems.Add("request failed: " + r.Url);
        return (context, page, problems);
    }

    /// <summary>Sets up one interview at L6 (two questions in 45 minutes) and starts it.</summary>
    private static async Task StartOneInterviewAsync(IPage page)
    {
        await page.SelectOptionAsync("#mock-length", "one");
        await page.SelectOptionAsync("#mock-level", "L6");
        await page.ClickAsync("#mock-setup button[type='submit']");
        await Assertions.Expect(page.Locator("#mock-run")).ToBeVisibleAsync();
    }

    private static async Task RevealAndRateAsync(IPage page, string rating)
    {
        await page.ClickAsync("#mock-reveal");
        await Assertions.Expect(page.Locator("#mock-answer")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync(rating);
    }

    private static async Task<JsonElement> StoredAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>("localStorage.getItem('pmguide-study')")).RootElement;

    [BrowserFact]
    public async Task A_short_loop_records_replays_lints_reaches_the_debrief_and_is_in_the_history_after_a_reload()
    {
        var (context, page, problems) = await OpenAsync();
        await using var _ = context;

        // A story in the matrix, to be told twice.
        await page.GotoAsync(fixture.FileBase + "matrix.html");
        await page.FillAsync("#story-title", "Checkout rewrite");
        await page.ClickAsync("#story-form button[type='submit']");
        await page.GotoAsync(fixture.FileBase + "mock.html?seed=11");
        Assert.Contains("No loop yet", await page.InnerTextAsync("#mock-history-summary"), StringComparison.Ordinal);
        await StartOneInterviewAsync(page);

        Assert.Equal("mock-run", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.StartsWith("Interview 1 of 1 · question 1 of 2 · L6", await page.TextContentAsync("#mock-where") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("45:00", await page.InnerTextAsync("#mock-clock"));
        Assert.Equal("17:30", await page.InnerTextAsync("#mock-answer-clock"));
        Assert.Contains("was assigned", await page.InnerTextAsync("#mock-interviewer"), StringComparison.Ordinal);
        var first = await page.InnerTextAsync("#mock-question");
        var data = await page.EvaluateAsync<JsonElement>("t => window.PMGUIDE_QUESTIONS.questions.find(q => q.text === t)", first);
        Assert.Equal("L6", data.GetProperty("level").GetString());

        // Nothing of what the interviewer listens for is on the page before the reveal; probes come one at a time.
        Assert.DoesNotContain(data.GetProperty("strongSignals")[0].GetString()!, await page.EvaluateAsync<string>("document.body.textContent"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("#mock-probes li")).ToHaveCountAsync(1);
        Assert.Equal(data.GetProperty("probes")[0].GetString(), await page.InnerTextAsync("#mock-probes li"));

        // Record with the fake microphone (M starts and stops), for as long as it takes the answer clock to move.
        await page.Keyboard.PressAsync("m");
        await Assertions.Expect(page.Locator("#mock-record")).ToHaveAttributeAsync("aria-pressed", "true", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#mock-answer-clock")).Not.ToHaveTextAsync("17:29", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("#mock-answer-clock")).Not.ToHaveTextAsync("17:30", new() { Timeout = 10_000 });
        await page.Keyboard.PressAsync("m");
        await Assertions.Expect(page.Locator("#mock-recording")).ToBeVisibleAsync(Long);
        Assert.Matches(@"^\d+(\.\d)? (KB|MB)$", await page.InnerTextAsync("#mock-recording-size"));
        Assert.Contains("kept in this browser only", await page.InnerTextAsync("#mock-record-status"), StringComparison.Ordinal);
        Assert.Equal(1, await page.EvaluateAsync<int>(@"() => new Promise((done, fail) => {
            const r = indexedDB.open('pmguide-mock');
            r.onsuccess = () => { const c = r.result.transaction('recordings').objectStore('recordings').count(); c.onsuccess = () => done(c.result); };
            r.onerror = () => fail(r.error);
        })"));

        // Replay beside the question: the audio plays.
        Assert.StartsWith("blob:", await page.GetAttributeAsync("#mock-audio", "src") ?? string.Empty, StringComparison.Ordinal);
        await page.EvaluateAsync("() => document.getElementById('mock-audio').play()");
        await page.WaitForFunctionAsync("() => document.getElementById('mock-audio').currentTime > 0", null, new() { Timeout = 20_000 });

        // The transcript box lints as the student types, with lint.html's findings.
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('script[src*=\"rubric.js\"]').length"));
        await page.FillAsync("#mock-transcript", WeakAnswer);
        await Assertions.Expect(page.Locator("#mock-lint .lint-finding[data-rule='ownership']")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        Assert.Equal(["we noticed", "The team fixed"], await page.Locator("#mock-lint mark[data-rules~='ownership']").AllInnerTextsAsync());
        await page.SelectOptionAsync("#mock-story", new SelectOptionValue { Label = "Checkout rewrite" });
        await RevealAndRateAsync(page, "3");

        // The second question, the same story again, rated 1.
        await Assertions.Expect(page.Locator("#mock-where")).ToContainTextAsync("question 2 of 2");
        await Assertions.Expect(page.Locator("#mock-recording")).ToBeHiddenAsync();
        Assert.Equal(string.Empty, await page.InputValueAsync("#mock-transcript"));
        await page.SelectOptionAsync("#mock-story", new SelectOptionValue { Label = "Checkout rewrite" });
        await RevealAndRateAsync(page, "1");

        // The debrief: the vote, each principle with its signals and flags, the linter, the story told twice, what next.
        await Assertions.Expect(page.Locator("#mock-debrief")).ToBeVisibleAsync(Long);
        await Assertions.Expect(page.Locator("#mock-debrief .mock-schedule-line")).ToContainTextAsync("Your 2 ratings went into the practice schedule");
        Assert.Equal("Not inclined", await page.InnerTextAsync(".mock-vote-value"));
        Assert.Equal(2, await page.Locator("#mock-debrief .mock-debrief-answer").CountAsync());
        Assert.Contains(data.GetProperty("strongSignals")[0].GetString()!, await page.InnerTextAsync("#mock-debrief"), StringComparison.Ordinal);
        Assert.Contains("Linter on your transcript: ", await page.InnerTextAsync("#mock-debrief"), StringComparison.Ordinal);
        Assert.Contains("Ownership", await page.Locator(".mock-lint-line", new() { HasText = "score" }).InnerTextAsync(), StringComparison.Ordinal);
        var story = page.Locator(".mock-stories li");
        Assert.Equal(1, await story.CountAsync());
        Assert.Contains("Told twice in one loop", await story.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("matrix.html#matrix-story-1", await story.Locator("a").GetAttributeAsync("href"));
        Assert.True(await page.Locator(".mock-practise li").CountAsync() >= 1);
        Assert.Contains("recorded on this device", await page.InnerTextAsync("#mock-debrief"), StringComparison.Ordinal);
        var stored = await StoredAsync(page);
        Assert.Equal(2, stored.GetProperty("progress").EnumerateObject().Count());
        Assert.Equal(2, stored.GetProperty("history").GetArrayLength());
        Assert.True(stored.GetProperty("loops")[0].GetProperty("done").GetBoolean());

        // It prints as the debrief alone.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("#mock-setup"));
        Assert.False(await page.IsVisibleAsync("#mock-history-section"));
        Assert.False(await page.IsVisibleAsync(".mock-debrief-actions"));
        Assert.True(await page.IsVisibleAsync("#mock-debrief .mock-principle"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "mock-debrief-print.png"), FullPage = true });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "mock-debrief.png"), FullPage = true });

        // After a reload the loop is in the history, and its debrief opens without scheduling its ratings again.
        await page.ReloadAsync();
        var item = page.Locator("#mock-history li");
        await Assertions.Expect(item).ToHaveCountAsync(1);
        Assert.Contains("L6 · one interview · 2 of 2 answers rated · Not inclined · 1 recorded", await item.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"^Export with my recordings \(about \d+ KB of audio\)$", await page.InnerTextAsync("#mock-export-recordings"));

        // Export with the recordings, then import into a fresh browser: the loop and its audio come back.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#mock-export-recordings"));
        var file = Path.Combine(Path.GetTempPath(), $"pmguide-mock-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        var exported = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
        Assert.Equal(1, exported.GetProperty("loops").GetArrayLength());
        var recording = exported.GetProperty("recordings")[0];
        Assert.StartsWith("data:audio/", recording.GetProperty("data").GetString(), StringComparison.Ordinal);
        Assert.True(recording.GetProperty("size").GetInt32() > 0);
        Assert.Contains("Exported with 1 recording", await page.InnerTextAsync("#mock-recordings-line"), StringComparison.Ordinal);
        var (fresh, freshPage, freshProblems) = await OpenAsync();
        await using (fresh)
        {
            await freshPage.GotoAsync(fixture.FileBase + "mock.html");
            await freshPage.SetInputFilesAsync("#study-import", file);
            await Assertions.Expect(freshPage.Locator("#mock-recordings-line")).ToContainTextAsync("Imported 1 recording", new() { Timeout = 20_000 });
            await Assertions.Expect(freshPage.Locator("#mock-history li")).ToHaveCountAsync(1);
            Assert.True(freshProblems.Count == 0, string.Join("; ", freshProblems));
        }

        File.Delete(file);
        await item.Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator("#mock-debrief .mock-schedule-line")).ToContainTextAsync("This loop's ratings are in the practice schedule", new() { Timeout = 20_000 });
        Assert.Equal(2, (await StoredAsync(page)).GetProperty("history").GetArrayLength());
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [BrowserFact]
    public async Task A_refused_microphone_is_said_plainly_and_the_loop_goes_on()
    {
        // The browser answers the microphone prompt with a refusal, as when the student clicks Block.
        var (context, page, problems) = await OpenAsync(
            "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));");
        await using var _ = context;
        await page.GotoAsync(fixture.FileBase + "mock.html?seed=3");
        await StartOneInterviewAsync(page);
        await page.ClickAsync("#mock-record");
        await Assertions.Expect(page.Locator("#mock-record-status")).ToContainTextAsync("The microphone was refused", new() { Timeout = 20_000 });
        Assert.Contains("The loop goes on", await page.InnerTextAsync("#mock-record-status"), StringComparison.Ordinal);
        Assert.Equal("false", await page.GetAttributeAsync("#mock-record", "aria-pressed"));
        Assert.False(await page.IsVisibleAsync("#mock-recording"));
        await RevealAndRateAsync(page, "4");
        await Assertions.Expect(page.Locator("#mock-where")).ToContainTextAsync("question 2 of 2");
        await page.ClickAsync("#mock-end");
        await Assertions.Expect(page.Locator("#mock-debrief")).ToBeVisibleAsync(Long);
        Assert.Contains("1 of 2 answers rated", await page.InnerTextAsync(".mock-vote"), StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [BrowserFact]
    public async Task Blocked_storage_is_said_plainly_and_the_loop_runs_for_the_session()
    {
        // Both of the browser's stores refuse the page, as some browsers do for file:// pages or in private windows.
        var (context, page, problems) = await OpenAsync(
            "Object.defineProperty(window, 'localStorage', { get: function () { throw new DOMException('denied', 'SecurityError'); } });" +
            "Object.defineProperty(window, 'indexedDB', { get: function () { throw new DOMException('denied', 'SecurityError'); } });");
        await using var _ = context;
        await page.GotoAsync(fixture.FileBase + "mock.html?seed=5");
        Assert.Contains("does not let the page save anything here", await page.InnerTextAsync("#study-data-status"), StringComparison.Ordinal);
        await StartOneInterviewAsync(page);
        Assert.Contains("this session only", await page.InnerTextAsync("#mock-status"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("m");
        await Assertions.Expect(page.Locator("#mock-record-status")).ToContainTextAsync("does not let the page keep recordings here", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#mock-record")).ToBeDisabledAsync();
        await page.FillAsync("#mock-transcript", WeakAnswer);
        await Assertions.Expect(page.Locator("#mock-lint .lint-finding").First).ToBeVisibleAsync(Long);
        await RevealAndRateAsync(page, "2");
        await RevealAndRateAsync(page, "3");
        await Assertions.Expect(page.Locator("#mock-debrief")).ToBeVisibleAsync(Long);
        Assert.Equal(1, await page.Locator("#mock-history li").CountAsync());
        Assert.Contains("2 of 2 answers rated", await page.InnerTextAsync("#mock-history li"), StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [BrowserFact]
    public async Task A_full_loop_runs_from_the_keyboard_and_its_states_pass_axe()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await Gates.AxeChecker.InstallAsync(page.Context);
        // Over HTTP: from file:// axe's own stylesheet reads are refused (CORS) and logged as console errors.
        await page.GotoAsync(fixture.HttpBase + "mock.html?seed=21");
        await page.ClickAsync("#mock-setup button[type='submit']");
        await Assertions.Expect(page.Locator("#mock-run")).ToBeVisibleAsync();
        var problems = new List<string>(await Gates.AxeChecker.CheckAsync(page, "mock.html", "running"));

        // Five interviews of two questions; one Bar Raiser, never first; the others cover two principles each.
        var roles = new List<string>();
        var principles = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            await Assertions.Expect(page.Locator("#mock-where")).ToContainTextAsync($"Interview {i / 2 + 1} of 5 · question {i % 2 + 1} of 2");
            roles.Add(await page.InnerTextAsync("#mock-interviewer"));
            principles.Add((await page.InnerTextAsync("#mock-question-meta")).Split(" · ")[0]);
            await page.Keyboard.PressAsync("r");
            await Assertions.Expect(page.Locator("#mock-answer")).ToBeVisibleAsync();
            if (i == 0)
            {
                problems.AddRange(await Gates.AxeChecker.CheckAsync(page, "mock.html", "revealed"));
            }

            await page.Keyboard.PressAsync(i % 4 == 0 ? "2" : "4");
        }

        Assert.Equal(2, roles.Count(r => r.StartsWith("The Bar Raiser", StringComparison.Ordinal)));
        Assert.DoesNotContain("Bar Raiser", roles[0], StringComparison.Ordinal);
        var assigned = principles.Where((_, i) => !roles[i].StartsWith("The Bar Raiser", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, assigned.Distinct().Count());
        await Assertions.Expect(page.Locator("#mock-debrief")).ToBeVisibleAsync(Long);
        Assert.Equal("mock-debrief", await page.EvaluateAsync<string>("document.activeElement.id"));
        problems.AddRange(await Gates.AxeChecker.CheckAsync(page, "mock.html", "debrief"));

        // Set up another loop: the setup comes back with focus on its button; on a phone nothing scrolls sideways.
        await page.ClickAsync("#mock-debrief .mock-debrief-actions button:text('Set up another loop')");
        Assert.True(await page.IsVisibleAsync("#mock-setup"));
        Assert.False(await page.IsVisibleAsync("#mock-debrief"));
        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync("#mock-setup button[type='submit']");
        await Assertions.Expect(page.Locator("#mock-run")).ToBeVisibleAsync();
        problems.AddRange(await Gates.LookChecker.CheckOverflowAsync(page, "mock.html", "phone, running"));
        await session.ScreenshotAsync(fixture, "mock-running-phone");
        await page.ClickAsync("#mock-end");
        await Assertions.Expect(page.Locator("#mock-debrief")).ToBeVisibleAsync(Long);
        problems.AddRange(await Gates.LookChecker.CheckOverflowAsync(page, "mock.html", "phone, debrief"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(session.Problems.Count == 0, string.Join("; ", session.Problems));
    }
}
