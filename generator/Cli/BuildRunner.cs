using System.Diagnostics;
using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Output;
using PmGuideSite.Text;

namespace PmGuideSite.Cli;

/// <summary>The options the build and check commands share; <paramref name="External"/> (check only) also asks other sites
/// whether the content's external links work.</summary>
internal sealed record BuildOptions(string ConfigPath, string? OutputPath, bool Quiet, string? Format, bool Strict,
    External.ExternalCheckOptions? External = null);

/// <summary>Runs <c>build</c> and <c>check</c>: load the config, run the pipeline, write (build only), report.</summary>
internal static class BuildRunner
{
    /// <summary>Runs the command and returns the process exit code.</summary>
    public static int Run(BuildOptions options, bool write, TextWriter output, TextWriter errors)
    {
        var reporter = new ConsoleReporter(output, errors, options.Quiet, ConsoleReporter.GitHubRequested(options.Format));
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        var verb = write ? "Build" : "Check";
        var config = ConfigLoader.Load(options.ConfigPath, diagnostics);
        if (config is null)
        {
            reporter.Diagnostics(diagnostics);
            reporter.Summary(verb, diagnostics, string.Empty);
            return ExitCodes.UsageOrConfiguration;
        }

        var outputDirectory = Path.GetFullPath(options.OutputPath ?? Path.Combine(config.RootDirectory, "_site"));
        if (write && OutputGuard.Problem(outputDirectory, config) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.OutputRefused, $"refusing to write the site to '{DisplayPath.For(outputDirectory)}': {problem}; choose another --output", null);
            reporter.Diagnostics(diagnostics);
            reporter.Summary(verb, diagnostics, string.Empty);
            return ExitCodes.UsageOrConfiguration;
        }

        // Pages stream into the staging folder as they are rendered, so a large site is never held in memory whole.
        // When the folder cannot be prepared, the build runs in memory and the write below reports why, as before.
        var opening = new DiagnosticBag();
        using var writer = write ? SiteWriter.Open(outputDirectory, opening) : null;
        if (opening.Sorted().FirstOrDefault(d => d.Code == DiagnosticCodes.OutputLocked) is { } locked)
        {
            diagnostics.Add(locked);
            reporter.Diagnostics(diagnostics);
            reporter.Summary(verb, diagnostics, string.Empty);
            return ExitCodes.UsageOrConfiguration;
        }

        var externalLinks = options.External is null ? null : new System.Collections.Concurrent.ConcurrentBag<Markdown.ExternalLink>();
        var result = SiteBuilder.Build(config, diagnostics, reporter.Progress, forWriting: write, stage: writer, externalLinks: externalLinks);
        if (options.External is { } external)
        {
            // Also after content errors: the links that were found are worth checking in the same run.
            reporter.Progress(External.ExternalCheck.Run(config.RootDirectory, externalLinks!, diagnostics, external));
        }

        if (options.Strict)
        {
            // Before writing: under --strict a warning fails the build, so the previous site must stay as it was.
            diagnostics.PromoteWarnings();
        }

        if (writer is not null && writer.ReportFailure(diagnostics))
        {
            // The content may be fine; the output folder is the problem, like a refused --output.
            reporter.Diagnostics(diagnostics);
            reporter.Summary(verb, diagnostics, string.Empty);
            return ExitCodes.UsageOrConfiguration;
        }

        if (result is not null && write && !diagnostics.HasErrors)
        {
            var writeClock = Stopwatch.StartNew();
            if (writer is not null ? writer.Commit(result.Site, diagnostics) : SiteWriter.Write(result.Site, outputDirectory, diagnostics))
            {
                reporter.Progress($"  {"write",-9} {result.Site.Files.Count} files to {DisplayPath.For(outputDirectory)} ({writeClock.ElapsedMilliseconds} ms)");
            }
            else
            {
                // The content is fine; the output folder is the problem, like a refused --output.
                reporter.Diagnostics(diagnostics);
                reporter.Summary(verb, diagnostics, string.Empty);
                return ExitCodes.UsageOrConfiguration;
            }
        }

        reporter.Diagnostics(diagnostics);
        var pages = result?.Pages.Count ?? 0;
        reporter.Summary(verb, diagnostics, $" in {clock.Elapsed.TotalSeconds:0.00} s ({pages} pages)");
        return diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
