using System.Diagnostics;
using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Output;
using PmGuideSite.Text;

namespace PmGuideSite.Serve;

/// <summary>The result of one rebuild, or of its follow-up: what changed in the output, or why it failed.</summary>
/// <param name="Pages">Pages in the site.</param>
/// <param name="ReusedBodies">Markdown bodies taken from the cache.</param>
/// <param name="RenderedBodies">Markdown bodies rendered.</param>
/// <param name="ReusedPages">Pages taken whole from the cache.</param>
/// <param name="RenderedPages">Pages templated.</param>
/// <param name="ReadFiles">Content files read and parsed (the others were unchanged).</param>
/// <param name="IsFollowUp">Whether this is the follow-up (print.html, search index, sitemap) of the rebuild before it.</param>
internal sealed record RebuildOutcome(bool Succeeded, IReadOnlyList<string> Changed, IReadOnlyList<Diagnostic> Diagnostics,
    int Pages, int ReusedBodies, int RenderedBodies, TimeSpan Elapsed,
    int ReusedPages = 0, int RenderedPages = 0, int ReadFiles = 0, bool IsFollowUp = false);

/// <summary>
/// Rebuilds the site for <c>serve</c>: reloads site.yml and runs the pipeline with a <see cref="BuildCache"/> (only
/// changed files are parsed, changed bodies rendered, changed pages templated), then writes only the output files whose
/// bytes changed. A rebuild may leave the files made from every page to its follow-up (<see cref="PendingFollowUp"/>),
/// so the reload goes out first. A failed build leaves the output folder untouched, so the last good site keeps being served.
/// </summary>
internal sealed class Rebuilder(string configPath, string? outputPath)
{
    private readonly BuildCache _cache = new();
    private readonly OutputSync _sync = new();
    private HashSet<string> _derived = new(StringComparer.Ordinal);
    private bool _wroteOnce;

    /// <summary>The output folder of the last successful build (null until the configuration has loaded once).</summary>
    public string? OutputDirectory { get; private set; }

    /// <summary>The configuration of the last build that loaded it.</summary>
    public SiteConfig? Config { get; private set; }

    /// <summary>The follow-up the last rebuild left to do, until it is completed or a newer rebuild replaces or drops it.</summary>
    public PendingFollowUp? FollowUp { get; private set; }

    /// <summary>
    /// Runs one build; safe to call again after any failure. With <paramref name="deferFollowUp"/>, print.html, the search
    /// index and the sitemap are left to <see cref="FollowUp"/> (unless the whole folder has to be written).
    /// </summary>
    public RebuildOutcome Rebuild(bool strict, bool deferFollowUp = false)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        FollowUp = null;
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

        _cache.Content.BeginBuild();
        var result = SiteBuilder.Build(config, diagnostics, progress: null, forWriting: true, cache: _cache);
        _cache.Content.EndBuild();
        if (strict)
        {
            diagnostics.PromoteWarnings();
        }

        if (result?.FollowUp is null || diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }

        var followUp = new PendingFollowUp(result.FollowUp, strict);
        var site = result.Site;
        var writeAll = !_wroteOnce || !string.Equals(output, OutputDirectory, StringComparison.Ordinal) || !Directory.Exists(output);
        BuiltSite? derived = null;
        if (writeAll || !deferFollowUp)
        {
            var done = followUp.Run();
            foreach (var diagnostic in done.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            if (done.Files is null)
            {
                return Failed(diagnostics, clock);
            }

            derived = done.Files;
            foreach (var (path, file) in derived.Files)
            {
                site.Add(path, file);
            }
        }

        IReadOnlyList<string> changed;
        if (writeAll)
        {
            // The first write goes through the staging folder and swap, like build; later ones touch only what changed.
            if (!SiteWriter.Write(site, output, diagnostics))
            {
                return Failed(diagnostics, clock);
            }

            changed = site.Files.Select(f => f.Key).ToList();
            _sync.Remember(site);
            _wroteOnce = true;
        }
        else
        {
            try
            {
                // The same lock as build: a build started by hand meanwhile waits instead of swapping the folder away.
                using var outputLock = OutputLock.Acquire(output, diagnostics);
                if (outputLock is null)
                {
                    return Failed(diagnostics, clock);
                }

                changed = _sync.Apply(site, output, keep: derived is null ? _derived : new HashSet<string>());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.OutputWrite, $"cannot update the site in '{DisplayPath.For(output)}': {ex.Message}", null);
                _wroteOnce = false;
                return Failed(diagnostics, clock);
            }
        }

        if (derived is null)
        {
            FollowUp = followUp;
        }
        else
        {
            _derived = derived.Files.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        }

        OutputDirectory = output;

        // print.html is one of the pages, though only the follow-up renders it.
        return new RebuildOutcome(true, changed, diagnostics.Sorted(), result.Pages.Count + 1, _cache.Bodies.Hits, _cache.Bodies.Misses,
            clock.Elapsed, _cache.Pages.Hits, _cache.Pages.Misses, _cache.Content.Misses);
    }

    /// <summary>
    /// Writes a finished follow-up when it is still the current one (returns null for one a newer rebuild replaced, or
    /// one that was cancelled). A failed follow-up leaves the previous files in place and reports its diagnostics.
    /// </summary>
    public RebuildOutcome? Complete(FollowUpResult result)
    {
        if (result.Cancelled || !ReferenceEquals(result.Work, FollowUp) || OutputDirectory is not { } output)
        {
            return null;
        }

        FollowUp = null;
        if (result.Files is null)
        {
            return new RebuildOutcome(false, [], result.Diagnostics, 0, 0, 0, result.Elapsed, IsFollowUp: true);
        }

        IReadOnlyList<string> changed;
        try
        {
            changed = _sync.ApplyPart(result.Files, _derived, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var bag = new DiagnosticBag();
            bag.Error(DiagnosticCodes.OutputWrite, $"cannot update the site in '{DisplayPath.For(output)}': {ex.Message}", null);
            _wroteOnce = false;
            return new RebuildOutcome(false, [], bag.Sorted(), 0, 0, 0, result.Elapsed, IsFollowUp: true);
        }

        _derived = result.Files.Files.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        return new RebuildOutcome(true, changed, result.Diagnostics, 0, 0, 0, result.Elapsed, IsFollowUp: true);
    }

    private static RebuildOutcome Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(false, [], diagnostics.Sorted(), 0, 0, 0, clock.Elapsed);
}

/// <summary>The follow-up of one rebuild: the files made from every page, still to be built (on any thread) and written.</summary>
internal sealed class PendingFollowUp(Func<DiagnosticBag, CancellationToken, BuiltSite?> build, bool strict)
{
    /// <summary>Builds the files; a failure, a generator bug included, becomes diagnostics. Cancelling stops it between steps.</summary>
    public FollowUpResult Run(CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        BuiltSite? files;
        try
        {
            files = build(diagnostics, cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return new FollowUpResult(this, null, [], clock.Elapsed, Cancelled: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Error(DiagnosticCodes.InternalError, $"unexpected failure: {ex.GetType().Name}: {ex.Message}", null);
            files = null;
        }

        if (strict)
        {
            diagnostics.PromoteWarnings();
        }

        return new FollowUpResult(this, diagnostics.HasErrors ? null : files, diagnostics.Sorted(), clock.Elapsed);
    }
}

/// <summary>A built follow-up: its files (null after errors or when cancelled) and what it reported.</summary>
internal sealed record FollowUpResult(PendingFollowUp Work, BuiltSite? Files, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed,
    bool Cancelled = false);
