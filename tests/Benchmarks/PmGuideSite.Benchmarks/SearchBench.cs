using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Search;

namespace PmGuideSite.Benchmarks;

/// <summary>
/// The search figures: builds the site in memory, then times our index build against real lunr.js on the same
/// documents (lunr with the pages' URLs as refs, as a lunr user would), compares sizes, and checks that the index the
/// site ships, expanded by the theme's search-expand.js, gives lunr.js's results.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] s_queries =
    [
        "customer", "metric", "launch", "ownership", "dive deep", "checkout latency", "disagree commit", "trade-off",
        "counter-metric", "root cause", "custom*", "deliv*", "metrc~1", "launhc~2", "title:chapter", "body:funnel",
        "+launch -churn", "retention^10 churn", "experiments", "significance sample", "prfaq", "on-call runbook",
        "warehouse carrier routing", "2024", "principle", "chapter 7", "signals", "numbers", "wrap-up", "segment orders",
    ];

    /// <summary>Measures and prints; returns 0, or 1 when the results differ or the build failed.</summary>
    public static int Run(string configPath, string work, int repeat)
    {
        Directory.CreateDirectory(work);
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(configPath, diagnostics);
        var result = config is null ? null : SiteBuilder.Build(config, diagnostics, forWriting: false);
        if (result is null)
        {
            Console.Error.WriteLine($"the site at {configPath} did not build: {string.Join('\n', diagnostics.Sorted().Select(d => d.Message))}");
            return 1;
        }

        var documents = SearchDocumentCollector.Collect(result.Content, result.Pages);
        var times = new List<double>();
        var scripts = new SearchScripts<string>(string.Empty, [], []);
        for (var i = 0; i < Math.Max(2, repeat + 1); i++)
        {
            var clock = Stopwatch.StartNew();
            scripts = SearchIndexWriter.Write(documents);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var ourIndexPath = Path.Combine(work, "ours-index.json");
        var ourSearch = Path.Combine(work, "ours-search");
        File.WriteAllText(ourIndexPath, LunrIndexBuilder.BuildCompact(SearchIndexWriter.Fields, SearchIndexWriter.LunrDocuments(documents)));
        if (Directory.Exists(ourSearch))
        {
            Directory.Delete(ourSearch, recursive: true);
        }

        Directory.CreateDirectory(ourSearch);
        File.WriteAllText(Path.Combine(ourSearch, "index.js"), scripts.Index);
        for (var n = 0; n < scripts.Chunks.Count; n++)
        {
            File.WriteAllText(Path.Combine(ourSearch, string.Create(CultureInfo.InvariantCulture, $"index-{n}.js")), scripts.Chunks[n]);
        }

        for (var n = 0; n < scripts.Store.Count; n++)
        {
            File.WriteAllText(Path.Combine(ourSearch, string.Create(CultureInfo.InvariantCulture, $"store-{n}.js")), scripts.Store[n]);
        }

        var input = new
        {
            fields = SearchIndexWriter.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
            docs = documents.Select(d => new { @ref = d.Url, fields = Fields(d) }),
            shortRefs = documents.Select(d => d.Url),
            ourIndex = ourIndexPath,
            ourSearch,
            expandScript = Path.GetFullPath(Path.Combine(Script.Folder(), "..", "..", "theme", "assets", "js", "search-expand.js")),
            queries = s_queries,
            repeat,
        };
        var inputPath = Path.Combine(work, "lunr-input.json");
        var outputPath = Path.Combine(work, "lunr-output.json");
        File.WriteAllText(inputPath, JsonSerializer.Serialize(input));
        var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(Script.Folder(), "node", "bench-lunrjs.js"), inputPath, outputPath])
        {
            RedirectStandardError = false,
        })!;
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            Console.Error.WriteLine("node bench-lunrjs.js failed");
            return 1;
        }

        using var output = JsonDocument.Parse(File.ReadAllText(outputPath));
        var root = output.RootElement;
        var lunrTimes = root.GetProperty("buildMs").EnumerateArray().Select(e => e.GetDouble()).ToList();
        var ourMedian = Program.Median(times.Skip(1).ToList());
        var lunrMedian = Program.Median(lunrTimes);
        var oursIndex = root.GetProperty("oursIndex");
        var oursScript = root.GetProperty("oursScript");
        var lunr = root.GetProperty("lunr");
        var mismatches = root.GetProperty("mismatches").EnumerateArray().Select(e => e.GetString()).ToList();
        var f = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(f, $"  documents            {documents.Count} (chapter sections, principles, questions), fields title^10 principle^2 body"));
        Console.WriteLine(string.Create(f, $"  index build, ours    first {times[0]:0} ms (JIT included), median of next {times.Count - 1}: {ourMedian:0} ms (index + store + script text)"));
        Console.WriteLine(string.Create(f, $"  index build, lunr.js first {lunrTimes[0]:0} ms, median of {lunrTimes.Count}: {lunrMedian:0} ms (node {Environment.GetEnvironmentVariable("NODE_VERSION") ?? NodeVersion()}, lunr {root.GetProperty("lunrVersion").GetString()})"));
        Console.WriteLine(string.Create(f, $"  build speed          lunr.js / ours = {lunrMedian / ourMedian:0.0}x   (target >= 5x: {(lunrMedian / ourMedian >= 5 ? "met" : "NOT met")})"));
        Console.WriteLine(string.Create(f, $"  size, ours index     {Kib(oursIndex, "raw")} raw, {Kib(oursIndex, "gzip")} gzip (compact: frequencies, document numbers)"));
        Console.WriteLine(string.Create(f, $"  size, ours scripts   {Kib(oursScript, "raw")} raw, {Kib(oursScript, "gzip")} gzip (search/index.js with every chunk and block, each file compressed alone)"));
        Console.WriteLine(string.Create(f, $"  size, lunr.js        {Kib(lunr, "raw")} raw, {Kib(lunr, "gzip")} gzip (JSON.stringify(index), URL refs)"));
        var ratio = oursIndex.GetProperty("gzip").GetDouble() / lunr.GetProperty("gzip").GetDouble();
        var scriptRatio = oursScript.GetProperty("gzip").GetDouble() / lunr.GetProperty("gzip").GetDouble();
        Console.WriteLine(string.Create(f, $"  gzip ratio           ours/lunr.js = {ratio:0.00} index only, {scriptRatio:0.00} with the store   (target <= 0.6: {(ratio <= 0.6 ? "met" : "NOT met")} for the index, {(scriptRatio <= 0.6 ? "met" : "NOT met")} with the store)"));
        Console.WriteLine(mismatches.Count == 0
            ? string.Create(f, $"  same results         yes: {s_queries.Length} queries, {root.GetProperty("hits").GetInt32()} hits, identical refs and scores (our index.js expanded by search-expand.js)")
            : $"  same results         NO, differing queries: {string.Join(", ", mismatches)}");
        return mismatches.Count == 0 ? 0 : 1;
    }

    private static Dictionary<string, string> Fields(SearchDocument d) =>
        new(StringComparer.Ordinal) { ["title"] = d.Title, ["principle"] = d.Principle, ["body"] = d.Body };

    private static string Kib(JsonElement sizes, string which) =>
        string.Create(CultureInfo.InvariantCulture, $"{sizes.GetProperty(which).GetDouble() / 1024:0} KiB");

    private static string NodeVersion()
    {
        using var node = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true })!;
        var version = node.StandardOutput.ReadToEnd().Trim();
        node.WaitForExit();
        return version;
    }
}
