using System.Diagnostics;
using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Output;
using PmGuideSite.Text;

namespace PmGuideSite.Serve;

/// <summary>The result of one rebuild: what changed in the output, or why the build failed.</summary>
internal sealed record RebuildOutcome(bool Succeeded, IReadOnlyList<string> Changed, IReadOnlyList<Diagnostic> Diagnostics,
    int Pages, int ReusedBodies, int RenderedBodies, TimeSpan Elapsed);

/// <summary>
/// Rebuilds the site for <c>serve</c>: reloads site.yml, runs the whole pipeline with a <see cref="RenderCache"/>
/// (only changed Markdown bodies are rendered again), and writes only the output files whose bytes changed.
/// A failed build leaves the output folder untouched, so the last good site keeps being served.
/// </summary>
internal sealed class Rebuilder(string configPath, string? outputPath)
{
    private readonly RenderCache _cache = new();
    private readonly OutputSync _sync = new();
    private bool _wroteOnce;

    /// <summary>The output folder of the last successful build (null until the configuration has loaded once).</summary>
    public string? OutputDirectory { get; private set; }

    /// <summary>The configuration of the last build that loaded it.</summary>
    public SiteConfig? Config { get; private set; }

    /// <summary>Runs one build; safe to call again after any failure.</summary>
    public RebuildOutcome Rebuild(bool strict)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(configPath, diagnostics);
        if (config is null)
        {
            return Failed(diagnostics, clock);
        }

        Config = config;
        var output = Path.GetFullPath(outputPath ?? Path.Combine(config.RootDirectory, "_site"));
        if (OutputGuard.Problem(output, config) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.OutputRefused, $"refusing to write the site to '{DisplayPath.For(output)}': {problem}; choose another --output", null);
            return Failed(diagnostics, clock);
        }

        var result = SiteBuilder.Build(config, diagnostics, progress: null, forWriting: true, cache: _cache);
        if (strict)
        {
            diagnostics.PromoteWarnings();
        }

        if (result is null || diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }

        IReadOnlyList<string> changed;
        if (!_wroteOnce || !string.Equals(output, OutputDirectory, StringComparison.Ordinal) || !Directory.Exists(output))
        {
            // The first write goes through the staging folder and swap, like build; later ones touch only what changed.
            if (!SiteWriter.Write(result.Site, output, diagnostics))
            {
                return Failed(diagnostics, clock);
            }

            changed = result.Site.Files.Select(f => f.Key).ToList();
            _sync.Remember(result.Site, output);
            _wroteOnce = true;
        }
        else
        {
            try
            {
                changed = _sync.Apply(result.Site, output);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.OutputWrite, $"cannot update the site in '{DisplayPath.For(output)}': {ex.Message}", null);
                _wroteOnce = false;
                return Failed(diagnostics, clock);
            }
        }

        OutputDirectory = output;
        return new RebuildOutcome(true, changed, diagnostics.Sorted(), result.Pages.Count, _cache.Hits, _cache.Misses, clock.Elapsed);
    }

    private static RebuildOutcome Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(false, [], diagnostics.Sorted(), 0, 0, 0, clock.Elapsed);
}
