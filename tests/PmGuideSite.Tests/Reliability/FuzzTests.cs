using System.Diagnostics;
using System.Text;
using PmGuideSite.Config;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;
using PmGuideSite.Pages;
using PmGuideSite.Validation;
using PmGuideSite.Tests.Support;
using Xunit.Abstractions;

namespace PmGuideSite.Tests.Reliability;

/// <summary>
/// Seeded random damage to valid content files (flipped bytes, swapped lines, truncation, repeated and inserted
/// fragments): whatever comes in, the build reports diagnostics and never throws. A failure prints its seed;
/// PMGUIDE_FUZZ_SEED=n replays one seed, PMGUIDE_FUZZ_COUNT=n runs more (or fewer) mutations.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultMutations = 3000;
    private const int FullBuildEvery = 15;

    private static readonly Markdig.MarkdownPipeline s_pipeline = MarkdownPipelineFactory.Create();

    // Fragments that matter to YAML, Markdown, the containers, the templates and the link checker.
    private static readonly string[] s_fragments =
    [
        "---\n", ":", ": ", "\"", "'", "[", "]", "{", "}", "{{", "}}", "{% ", "- ", "? ", "\t", "\r", "\r\n", "\0", "#", "## ", "> ",
        "::: ", ":::\n", "::: weak\n", "|", "](", "](../", "](#", "](javascript:", "<", "</", "<script>", "&", "&#", "*", "_", "`",
        "```\n", "[^1]", "\\", "&anchor ", "*anchor", "!!binary ", "\u00e9", "\ud83d\ude00", "\u202e", "\ufeff", "\u0085",
    ];

    [Fact]
    public void Random_mutations_of_valid_content_never_raise_an_unhandled_exception()
    {
        using var site = TempSite.FromBase();
        var files = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Append(Path.Combine(site.Root, "site.yml"))
            .Order(StringComparer.Ordinal).ToList();
        var originals = files.ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);
        var (first, count) = Environment.GetEnvironmentVariable("PMGUIDE_FUZZ_SEED") is { } one
            ? (int.Parse(one, System.Globalization.CultureInfo.InvariantCulture), 1)
            : (0, Environment.GetEnvironmentVariable("PMGUIDE_FUZZ_COUNT") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : DefaultMutations);

        var failures = new List<string>();
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (var seed = first; seed < first + count; seed++)
        {
            var random = new Random(seed);
            var file = files[random.Next(files.Count)];
            var (mutated, how) = Mutate(originals[file], random);
            File.WriteAllBytes(file, mutated);
            try
            {
                var relative = Path.GetRelativePath(Path.Combine(site.Root, "content"), file).Replace('\\', '/');
                var outcome = BuildInProcess(Path.Combine(site.Root, "site.yml"), relative, seed % FullBuildEvery == 0);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
            catch (Exception ex)
            {
                var line = $"seed {seed}: {Path.GetRelativePath(site.Root, file)} ({how}): {ex.GetType().Name}: {ex.Message}";
                failures.Add(line);
                output.WriteLine(line + "\n" + ex);
            }
            finally
            {
                File.WriteAllBytes(file, originals[file]);
            }
        }

        output.WriteLine($"{count} mutations in {clock.Elapsed.TotalSeconds:0.0} s; outcomes: " +
            string.Join(", ", outcomes.Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {count} mutations threw (replay one with PMGUIDE_FUZZ_SEED=<seed>):\n" + string.Join("\n", failures.Take(20)));

        // The mutations must really exercise the diagnostics, or the test proves nothing.
        Assert.True(outcomes.Keys.Count(k => k.StartsWith("PG", StringComparison.Ordinal)) >= 10, "too few kinds of diagnostics: " + string.Join(", ", outcomes.Keys));
    }

    // Every mutation goes through config loading, content loading, validation and the Markdown and HTML stages of the
    // page it damaged; one in FullBuildEvery runs the whole in-memory pipeline (templates, anchors, search) as 'check'
    // does. Returns the first error code, or "ok".
    private static string BuildInProcess(string configPath, string relativeFile, bool fullBuild)
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(configPath, diagnostics);
        if (config is not null && fullBuild)
        {
            SiteBuilder.Build(config, diagnostics, progress: null, forWriting: false);
        }
        else if (config is not null)
        {
            var content = ContentLoader.Load(config, diagnostics);
            CrossReferences.Check(content, diagnostics);
            var markdown = new MarkdownRenderer(s_pipeline, new LinkResolver(ContentFiles.List(config.ContentDirectory, config.RootDirectory)));
            foreach (var job in PagePlanner.Plan(config, content).Where(j => j.Source?.RelativePath == relativeFile))
            {
                var rendered = markdown.Render(job.Source!, job.OutputPath, diagnostics);
                rendered.ForPage(job.Title);
            }
        }

        return diagnostics.Sorted().FirstOrDefault(d => d.Severity == Severity.Error)?.Code ?? "ok";
    }

    private static (byte[] Bytes, string How) Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var steps = 1 + random.Next(3);
        var how = new List<string>();
        for (var step = 0; step < steps; step++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0:
                    if (bytes.Count > 0)
                    {
                        bytes[at] ^= (byte)(1 << random.Next(8));
                    }

                    how.Add($"flip bit at {at}");
                    break;
                case 1:
                    if (bytes.Count > 0)
                    {
                        bytes[at] = (byte)random.Next(256);
                    }

                    how.Add($"random byte at {at}");
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    how.Add($"truncate at {at}");
                    break;
                case 3:
                    var fragment = s_fragments[random.Next(s_fragments.Length)];
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(fragment));
                    how.Add($"insert {Printable(fragment)} at {at}");
                    break;
                case 4:
                    var repeated = s_fragments[random.Next(s_fragments.Length)];
                    var times = 1 + random.Next(2000);
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(repeated, times))));
                    how.Add($"insert {Printable(repeated)} x{times} at {at}");
                    break;
                case 5:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(40));
                    bytes.RemoveRange(at, length);
                    how.Add($"delete {length} at {at}");
                    break;
                default:
                    var lines = SplitLines(bytes);
                    if (lines.Count > 1)
                    {
                        var a = random.Next(lines.Count);
                        var b = random.Next(lines.Count);
                        if (random.Next(2) == 0)
                        {
                            (lines[a], lines[b]) = (lines[b], lines[a]);
                            how.Add($"swap lines {a + 1} and {b + 1}");
                        }
                        else
                        {
                            lines.Insert(a, lines[b]);
                            how.Add($"copy line {b + 1} before {a + 1}");
                        }

                        bytes = lines.SelectMany(l => l).ToList();
                    }

                    break;
            }
        }

        return (bytes.ToArray(), string.Join("; ", how));
    }

    private static List<byte[]> SplitLines(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes.GetRange(start, i - start + 1).ToArray());
                start = i + 1;
            }
        }

        if (start < bytes.Count)
        {
            lines.Add(bytes.GetRange(start, bytes.Count - start).ToArray());
        }

        return lines;
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
