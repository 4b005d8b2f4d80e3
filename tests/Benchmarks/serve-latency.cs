// Serve latency benchmark (not a test): median time from saving an edit to one chapter to the reload event that
// `pmguide serve` sends, on the shipped content and on a synthetic site of about 1,000 pages. Target: under 150 ms.
//
//   dotnet build -c Release generator
//   dotnet run tests/Benchmarks/serve-latency.cs -- [edits per site, default 15] [shipped]   ("shipped" skips the 1,000-page site)
//
// It runs the real executable (generator/bin/Release/net10.0/pmguide.dll) on copies of the sites in a temp folder,
// listens to /__pmguide/events like a browser, and prints the figures. Machines differ; compare within one run.
#:property RestorePackagesWithLockFile=false

using System.Diagnostics;
using System.Globalization;
using System.Text;

var edits = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var repo = FindRepo();
var dll = Path.Combine(repo, "generator", "bin", "Release", "net10.0", "pmguide.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"{dll} is missing: run 'dotnet build -c Release generator' first.");
    return 2;
}

var scratch = Path.Combine(Path.GetTempPath(), "pmguide-bench-" + Environment.ProcessId);
try
{
    var shipped = CopySite(repo, Path.Combine(scratch, "shipped"));
    Console.WriteLine($"{"site",-26} {"pages",6} {"edits",6} {"median ms",10} {"p90 ms",8} {"min ms",8} {"max ms",8}");
    await Measure("shipped content", shipped, "faq", edits);
    if (!args.Contains("shipped"))
    {
        var synthetic = CopySite(repo, Path.Combine(scratch, "synthetic"));
        var shippedPages = Directory.EnumerateFiles(Path.Combine(synthetic, "content"), "*.*", SearchOption.AllDirectories).Count(f => !f.Contains(".schemas", StringComparison.Ordinal));
        AddSyntheticChapters(Path.Combine(synthetic, "content", "chapters"), 1000 - shippedPages - 3);
        await Measure("synthetic (~1,000 pages)", synthetic, "faq", edits);
    }
    return 0;
}
finally
{
    try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
}

async Task Measure(string name, string site, string chapter, int count)
{
    var info = new ProcessStartInfo("dotnet") { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in new[] { dll, "serve", "--port", "0" }) info.ArgumentList.Add(a);
    using var process = Process.Start(info)!;
    _ = process.StandardError.ReadToEndAsync();
    string? address = null;
    var pages = "?";
    while (address is null && await process.StandardOutput.ReadLineAsync() is { } line)
    {
        if (line.Contains(" built ", StringComparison.Ordinal)) pages = line.Trim().Split(' ')[1];
        if (line.StartsWith("Serving ", StringComparison.Ordinal)) address = line[line.IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0];
    }

    _ = Drain(process.StandardOutput);
    using var http = new HttpClient { BaseAddress = new Uri(address!), Timeout = Timeout.InfiniteTimeSpan };
    using var response = await http.GetAsync("__pmguide/events", HttpCompletionOption.ResponseHeadersRead);
    using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
    await NextEvent(events); // the "ok" sent on connect

    var file = Path.Combine(site, "content", "chapters", chapter + ".md");
    var original = File.ReadAllText(file);
    var times = new List<double>();
    for (var i = 0; i < count + 2; i++)
    {
        await Task.Delay(300); // let the watcher settle between edits
        var clock = Stopwatch.StartNew();
        File.WriteAllText(file, original + $"\nEdit number {i} for the benchmark.\n");
        string data;
        do
        {
            (_, data) = await NextEvent(events);
        }
        while (!data.Contains($"\"chapters/{chapter}.html\"", StringComparison.Ordinal));

        if (i >= 2) times.Add(clock.Elapsed.TotalMilliseconds); // the first two warm the JIT up
    }

    times.Sort();
    string F(double v) => v.ToString("0", CultureInfo.InvariantCulture);
    Console.WriteLine($"{name,-26} {pages,6} {times.Count,6} {F(times[times.Count / 2]),10} {F(times[(int)(times.Count * 0.9)]),8} {F(times[0]),8} {F(times[^1]),8}");
    process.Kill(entireProcessTree: true);
    await process.WaitForExitAsync();
}

static async Task<(string Name, string Data)> NextEvent(StreamReader reader)
{
    string? name = null;
    var data = new StringBuilder();
    while (await reader.ReadLineAsync() is { } line)
    {
        if (line.Length == 0 && name is not null) return (name, data.ToString());
        if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
        else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line[6..]);
    }

    throw new EndOfStreamException("serve closed the event stream");
}

static async Task Drain(StreamReader reader)
{
    while (await reader.ReadLineAsync() is not null) { }
}

static string CopySite(string repo, string target)
{
    Directory.CreateDirectory(target);
    File.Copy(Path.Combine(repo, "site.yml"), Path.Combine(target, "site.yml"));
    foreach (var folder in new[] { "content", "theme" })
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repo, folder), "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, folder, Path.GetRelativePath(Path.Combine(repo, folder), file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    return target;
}

static void AddSyntheticChapters(string folder, int count)
{
    var words = "customer metric launch review latency owner mechanism narrative decision trade-off baseline cohort experiment signal escalation roadmap".Split(' ');
    for (var i = 0; i < count; i++)
    {
        var body = new StringBuilder();
        body.Append($"---\ntitle: \"Synthetic chapter {i}\"\nsummary: \"Generated for the serve benchmark.\"\norder: {100 + i}\n---\n");
        for (var section = 0; section < 4; section++)
        {
            body.Append($"\n## Section {section}\n\n");
            for (var w = 0; w < 100; w++) body.Append(words[(i * 7 + section * 13 + w) % words.Length]).Append(w % 15 == 14 ? ".\n" : " ");
            body.Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, $"synthetic-{i:0000}.md"), body.ToString());
    }
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PmGuideSite.sln"))) return dir.FullName;
    }

    throw new InvalidOperationException("run it inside the repository");
}
