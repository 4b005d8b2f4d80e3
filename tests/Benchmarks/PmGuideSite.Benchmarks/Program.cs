using System.Globalization;

namespace PmGuideSite.Benchmarks;

/// <summary>
/// The benchmark tool run by tests/Benchmarks/run.sh: writes synthetic corpora, measures the search index against
/// lunr.js, and measures search latency in headless Chromium. Build timings themselves are taken by the script.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: pmguide-bench corpus  --chapters <n> --out <folder> --theme <theme folder>
               pmguide-bench search  --config <site.yml> --work <folder> [--repeat <n>]
               pmguide-bench profile --config <site.yml>
               pmguide-bench latency --site <built site folder> [--query <text>] [--runs <n>] [--trace <file.json>]
               pmguide-bench lint    [--root <repository>] [--rubric <rubric.yml>]
        """;

    public static async Task<int> Main(string[] args)
    {
        var options = Options(args.Skip(1));
        try
        {
            switch (args.FirstOrDefault())
            {
                case "corpus":
                    CorpusWriter.Write(Path.GetFullPath(options["out"]), Int(options, "chapters", 1000), Path.GetFullPath(options["theme"]));
                    return 0;
                case "search":
                    return SearchBench.Run(Path.GetFullPath(options["config"]), Path.GetFullPath(options["work"]), Int(options, "repeat", 3));
                case "profile":
                    return ProfileBench.Run(Path.GetFullPath(options["config"]));
                case "latency":
                    return await LatencyBench.RunAsync(
                        Path.GetFullPath(options["site"]), options.GetValueOrDefault("query", "launch"), Int(options, "runs", 5), options.TryGetValue("trace", out var trace) ? Path.GetFullPath(trace) : null);
                case "lint":
                    var root = Path.GetFullPath(options.GetValueOrDefault("root", "."));
                    return LintBench.Run(root, Path.GetFullPath(options.GetValueOrDefault("rubric", Path.Combine(root, "content", "rubric.yml"))));
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (KeyNotFoundException ex)
        {
            Console.Error.WriteLine($"pmguide-bench: a required option is missing ({ex.Message})\n{Usage}");
            return 2;
        }
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
            }
            else if (name is not null)
            {
                options[name] = arg;
                name = null;
            }
        }

        return options;
    }

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The median of some measurements.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
