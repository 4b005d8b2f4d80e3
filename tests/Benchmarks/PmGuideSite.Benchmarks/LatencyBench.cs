using System.Globalization;
using Microsoft.Playwright;

namespace PmGuideSite.Benchmarks;

/// <summary>
/// Search from disk in headless Chromium: opens the built site's home page from file://, presses '/' (the first
/// keystroke, which focuses the box and starts loading lunr.js and the index), types a query, and times the first
/// result's appearance in the page's own clock. Each run uses a fresh browser context, so nothing is cached. The phases
/// come from the User Timing marks search.js sets (pmguide-search-load, -loaded, -ready, -query). With a trace file, the
/// last run is recorded as a Chromium performance trace (open it in the browser's performance panel).
/// </summary>
internal static class LatencyBench
{
    private const string ChromiumPath = "/usr/bin/chromium";

    // Runs in the page before any keystroke: records the first keydown and the first result option to appear.
    private const string Probe = """
        () => {
          window.__bench = { key: null, typed: null, result: null, scripts: [] };
          new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
            if (n.nodeName === 'SCRIPT' && n.src) window.__bench.scripts.push(n.src);
          }))).observe(document.documentElement, { childList: true, subtree: true });
          document.addEventListener('keydown', () => { if (window.__bench.key === null) window.__bench.key = performance.now(); }, true);
          document.addEventListener('input', () => { if (window.__bench.typed === null) window.__bench.typed = performance.now(); }, true);
          const popup = document.getElementById('search-popup');
          new MutationObserver(() => {
            if (window.__bench.result === null && popup.querySelector('[role=option]')) window.__bench.result = performance.now();
          }).observe(popup, { childList: true, subtree: true });
        }
        """;

    // Milliseconds from the first key to the first letter in the box, for loading the scripts, for expanding the index,
    // and from the first search to its results on screen.
    private const string Phases = """
        () => {
          const b = window.__bench;
          const at = name => { const e = performance.getEntriesByName(name); return e.length ? e[0].startTime : NaN; };
          const ready = at('pmguide-search-ready');
          const query = performance.getEntriesByName('pmguide-search-query').map(e => e.startTime).find(t => t >= ready);
          return [b.typed - b.key, at('pmguide-search-loaded') - at('pmguide-search-load'), ready - at('pmguide-search-loaded'), b.result - query];
        }
        """;

    // The scripts search added to the page (it loads everything with <script> tags).
    private const string Loaded = "() => window.__bench.scripts";

    /// <summary>Measures <paramref name="runs"/> times and prints the median and worst; 0 on success.</summary>
    public static async Task<int> RunAsync(string site, string query, int runs, string? trace = null)
    {
        var home = Path.Combine(site, "index.html");
        if (!File.Exists(ChromiumPath) || !File.Exists(home))
        {
            Console.Error.WriteLine($"  search latency: skipped ({(File.Exists(home) ? ChromiumPath : home)} is missing)");
            return 1;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var latencies = new List<double>();
        var resultCounts = new List<int>();
        var phases = new List<double[]>();
        var bytesRead = new List<double>();
        var filesRead = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(home).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync(Probe);
            var tracer = trace is not null && run == runs - 1 ? await Tracer.StartAsync(context, page) : null;

            await page.Keyboard.PressAsync("/");
            await page.Keyboard.TypeAsync(query);
            await page.Locator("#search-popup [role=option]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            if (tracer is not null)
            {
                await tracer.StopAsync(trace!);
            }

            var key = await page.EvaluateAsync<double>("window.__bench.key");
            var result = await page.EvaluateAsync<double>("window.__bench.result");
            latencies.Add(result - key);
            phases.Add(await page.EvaluateAsync<double[]>(Phases));
            resultCounts.Add(await page.Locator("#search-popup [role=option]").CountAsync());
            var files = (await page.EvaluateAsync<string[]>(Loaded)).Select(url => new Uri(url)).Where(uri => uri.IsFile).Select(uri => new FileInfo(uri.LocalPath)).ToList();
            bytesRead.Add(files.Sum(file => file.Exists ? file.Length : 0));
            filesRead.Add(files.Count);
        }

        var median = Program.Median(latencies);
        var f = CultureInfo.InvariantCulture;
        var searchFolder = new DirectoryInfo(Path.Combine(site, "search"));
        var allSearch = searchFolder.GetFiles("*.js");
        var read = Program.Median(bytesRead);
        Console.WriteLine(string.Create(f, $"  search from disk     '{query}' on {new Uri(home).AbsoluteUri} (search/: {allSearch.Length} files, {allSearch.Sum(x => x.Length) / 1024} KiB)"));
        Console.WriteLine(string.Create(f, $"  first key -> results median {median:0} ms, worst {latencies.Max():0} ms of {runs} runs, {resultCounts[0]} results shown"));
        Console.WriteLine(string.Create(f, $"  read from disk       median {read / 1024:0} KiB in {Program.Median(filesRead):0} files (lunr.js and the search scripts included)"));
        Console.WriteLine("  targets              10,000 chapters: <= 300 ms having read <= 600 KB; 1,000 chapters: <= 150 ms");
        double Phase(int i) => Program.Median(phases.Select(p => p[i]).ToList());
        Console.WriteLine(string.Create(f, $"  phases (medians)     first key -> first letter in the box {Phase(0):0} ms; loading the scripts {Phase(1):0} ms; expanding the index {Phase(2):0} ms; first search -> results shown {Phase(3):0} ms"));
        return 0;
    }

    // A Chromium trace through the DevTools protocol (Playwright for .NET has no tracing call for Chromium's own trace).
    private sealed class Tracer
    {
        private readonly ICDPSession _session;
        private readonly List<System.Text.Json.JsonElement> _events = [];
        private readonly TaskCompletionSource _complete = new();

        private Tracer(ICDPSession session) => _session = session;

        public static async Task<Tracer> StartAsync(IBrowserContext context, IPage page)
        {
            var tracer = new Tracer(await context.NewCDPSessionAsync(page));
            tracer._session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
            {
                if (data is { } value)
                {
                    tracer._events.AddRange(value.GetProperty("value").EnumerateArray().Select(e => e.Clone()));
                }
            };
            tracer._session.Event("Tracing.tracingComplete").OnEvent += (_, _) => tracer._complete.TrySetResult();
            await tracer._session.SendAsync("Tracing.start", new Dictionary<string, object>
            {
                ["transferMode"] = "ReportEvents",
                ["traceConfig"] = new Dictionary<string, object>
                {
                    ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "blink.user_timing", "loading", "toplevel", "disabled-by-default-v8.compile" },
                },
            });
            await tracer._session.SendAsync("Profiler.enable");
            await tracer._session.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 100 });
            await tracer._session.SendAsync("Profiler.start");
            return tracer;
        }

        // Writes the trace to path and the JavaScript CPU profile (100 µs samples) to path.cpuprofile.
        public async Task StopAsync(string path)
        {
            var profile = await _session.SendAsync("Profiler.stop");
            await File.WriteAllTextAsync(path + ".cpuprofile", profile!.Value.GetProperty("profile").GetRawText());
            await _session.SendAsync("Tracing.end");
            await _complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await File.WriteAllTextAsync(path, System.Text.Json.JsonSerializer.Serialize(new { traceEvents = _events }));
        }
    }
}
