using System.Diagnostics;
using System.Globalization;
using PmGuideSite.Config;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;
using PmGuideSite.Pages;
using PmGuideSite.Search;
using PmGuideSite.Templates;

namespace PmGuideSite.Benchmarks;

/// <summary>
/// A stage profile of one build, single-threaded, cold (first pass, JIT included) and warm (second pass): where a
/// one-shot build spends its time and memory traffic (bytes allocated, which the garbage collector pays for). It repeats the render stage's steps by hand so each can be timed on its own.
/// </summary>
internal static class ProfileBench
{
    /// <summary>Prints milliseconds per step for two passes; 0 on success.</summary>
    public static int Run(string configPath)
    {
        var f = CultureInfo.InvariantCulture;
        for (var pass = 1; pass <= 2; pass++)
        {
            var times = new Dictionary<string, double>(StringComparer.Ordinal);
            var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            var mark = GC.GetAllocatedBytesForCurrentThread();
            void Lap(string step)
            {
                times[step] = times.GetValueOrDefault(step) + clock.Elapsed.TotalMilliseconds;
                var now = GC.GetAllocatedBytesForCurrentThread();
                allocated[step] = allocated.GetValueOrDefault(step) + now - mark;
                mark = now;
                clock.Restart();
            }

            var diagnostics = new DiagnosticBag();
            var config = ConfigLoader.Load(configPath, diagnostics)!;
            var content = ContentLoader.Load(config, diagnostics);
            Lap("load");
            var jobs = PagePlanner.Plan(config, content).ToList();
            var site = PagePlanner.SiteModelFor(config, content, "bench");
            var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(ContentFiles.List(config.ContentDirectory, config.RootDirectory)));
            var templates = new TemplateRenderer(Theme.For(config), diagnostics);
            Lap("plan");

            // print.html takes each body as its page rendered it and moves it to the site root (PrintPage.FromPage).
            var printJob = PrintPage.Job(content, markdown, diagnostics, maxParallelism: 1);
            var print = (PrintView)printJob.View!;
            jobs.Add(printJob);
            var bytes = 0L;
            foreach (var job in jobs)
            {
                ProcessedHtml? processed = null;
                if (job.Source is { } source)
                {
                    // One step since the HTML stopped being parsed again: Markdig writes the final HTML, and the table of
                    // contents and search text come from its syntax tree (from the sanitiser's tree for raw HTML).
                    processed = markdown.Render(source, job.OutputPath, diagnostics).ForPage(job.Title);
                    Lap("markdown (Markdig, final HTML)");
                    if (print.Bodies!.IndexOf(source) is >= 0 and var index)
                    {
                        _ = print.Bodies.FromPage(index, job.OutputPath, processed.Html);
                        Lap("print.html bodies (moved)");
                    }
                }

                var page = new PageModel(job.Kind, job.Title, job.Description, job.OutputPath, SitePaths.RootPrefix(job.OutputPath),
                    processed?.Html ?? string.Empty, processed?.Toc ?? [], job.Prev, job.Next, job.View);
                var globals = new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = site, ["page"] = page };
                var body = templates.Render(job.Layout, globals);
                globals["content"] = body;
                var html = templates.Render("base", globals) ?? string.Empty;
                bytes += html.Length;
                Lap("templates (Scriban)");
                _ = SiteBuilder.IdsOf(html);
                Lap("anchor ids (regex)");
            }

            Console.WriteLine(string.Create(f, $"  pass {pass} ({(pass == 1 ? "cold: JIT included" : "warm")}), {jobs.Count} pages, {bytes / jobs.Count / 1024.0:0.0} KiB of HTML a page, one thread:"));
            foreach (var (step, ms) in times)
            {
                Console.WriteLine(string.Create(f, $"    {step,-28} {ms,8:0} ms {allocated[step] / 1048576.0,8:0.0} MiB allocated"));
            }
        }

        return 0;
    }
}
