using System.Globalization;
using System.Threading.Channels;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Serve;

/// <summary>The options of the serve command.</summary>
internal sealed record ServeOptions(string ConfigPath, string? OutputPath, int Port, bool Strict, bool Quiet);

/// <summary>
/// One running <c>serve</c>: the first build, the server, the watcher, and a single rebuild loop (builds never
/// overlap; changes made during a build start one more build when it ends).
/// </summary>
internal sealed class ServeSession : IAsyncDisposable
{
    /// <summary>
    /// How long the site must go without a change before the follow-up starts: about an editor's auto-save interval
    /// (VS Code saves 1 s after the last key by default), so saving while typing does not start it after every save.
    /// </summary>
    public static readonly TimeSpan FollowUpDelay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan s_quiet = TimeSpan.FromMilliseconds(25);
    private readonly ServeOptions _options;
    private readonly TextWriter _output;
    private readonly TextWriter _errors;
    private readonly Rebuilder _rebuilder;
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _watchGate = new();
    private SiteWatcher? _watcher;
    private string _watched = string.Empty;
    private Task _loop = Task.CompletedTask;

    private ServeSession(ServeOptions options, TextWriter output, TextWriter errors, DevServer server, ReloadHub hub, Rebuilder rebuilder)
    {
        _options = options;
        _output = output;
        _errors = errors;
        Server = server;
        Hub = hub;
        _rebuilder = rebuilder;
    }

    /// <summary>The HTTP server.</summary>
    public DevServer Server { get; }

    /// <summary>The live-reload event streams.</summary>
    public ReloadHub Hub { get; }

    /// <summary>Raised after every rebuild (on the rebuild loop's thread).</summary>
    public event Action<RebuildOutcome>? Rebuilt;

    /// <summary>
    /// Builds once and starts serving. Returns null (after printing why) when site.yml or the output folder cannot
    /// be used at all; content errors do not stop it: the page shows them until they are fixed.
    /// </summary>
    public static async Task<ServeSession?> StartAsync(ServeOptions options, TextWriter output, TextWriter errors, CancellationToken cancel)
    {
        var rebuilder = new Rebuilder(options.ConfigPath, options.OutputPath);
        var first = rebuilder.Rebuild(options.Strict);
        if (rebuilder.Config is null || first.Diagnostics.Any(d => d.Code == DiagnosticCodes.OutputRefused))
        {
            Print(first, errors);
            errors.WriteLine("Serve failed: the configuration cannot be used.");
            return null;
        }

        var hub = new ReloadHub();
        var server = await DevServer.StartAsync(options.Port, () => rebuilder.OutputDirectory, hub, cancel).ConfigureAwait(false);
        var session = new ServeSession(options, output, errors, server, hub, rebuilder);
        session.Report(first, initial: true);
        hub.Publish(first);
        session.Watch();
        session._loop = Task.Run(session.LoopAsync, CancellationToken.None);
        output.WriteLine($"Serving {DisplayOutput(rebuilder)} at {server.Address} (watching content, theme and site.yml; Ctrl+C stops)");
        return session;
    }

    /// <summary>Asks for a rebuild as if a watched file had changed.</summary>
    public void RequestRebuild() => _pending.Writer.TryWrite(true);

    /// <summary>Waits until <paramref name="cancel"/> fires (Ctrl+C), then shuts everything down.</summary>
    public async Task RunUntilCancelledAsync(CancellationToken cancel)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The normal way to stop.
        }
    }

    /// <summary>Stops watching, finishes the running build, closes the event streams and the server.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_watchGate)
        {
            _watcher?.Dispose();
            _watcher = null;
        }

        _pending.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await Server.DisposeAsync().ConfigureAwait(false);
    }

    // One rebuild at a time. After each, its follow-up (print.html, the search index, the sitemap) waits until no change
    // has come for FollowUpDelay, so a burst of saves builds it once, then runs on a low-priority thread while the loop
    // waits for either that or the next change. A change wins: the follow-up is told to stop after its current step and
    // the loop rebuilds at once; the newer rebuild's follow-up starts when the old one has stopped (never two at once),
    // and the old one's result is thrown away.
    private async Task LoopAsync()
    {
        Task<FollowUpResult>? running = null;
        using var stopping = new CancellationTokenSource();
        CancellationTokenSource? stop = null;
        while (true)
        {
            var change = _pending.Reader.WaitToReadAsync().AsTask();
            if (running is null && _rebuilder.FollowUp is { } work
                && await Task.WhenAny(change, Task.Delay(FollowUpDelay)).ConfigureAwait(false) != change)
            {
                stop = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                var token = stop.Token;
                running = LowPriority.Run(() => work.Run(token));
            }

            if (running is not null)
            {
                if (await Task.WhenAny(running, change).ConfigureAwait(false) == running)
                {
                    var result = await running.ConfigureAwait(false);
                    running = null;
                    stop?.Dispose();
                    stop = null;
                    if (_rebuilder.Complete(result) is { } followed)
                    {
                        Finish(followed);
                    }

                    continue;
                }

                await (stop?.CancelAsync() ?? Task.CompletedTask).ConfigureAwait(false);
            }

            if (!await change.ConfigureAwait(false))
            {
                break;
            }

            _pending.Reader.TryRead(out _);
            RebuildOutcome outcome;
            try
            {
                outcome = _rebuilder.Rebuild(_options.Strict, deferFollowUp: true);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A generator bug must not kill the server: show it like any other failure and keep the last good site.
                var bag = new DiagnosticBag();
                bag.Error(DiagnosticCodes.InternalError, $"unexpected failure: {ex.GetType().Name}: {ex.Message}", null);
                outcome = new RebuildOutcome(false, [], bag.Sorted(), 0, 0, 0, TimeSpan.Zero);
            }

            Finish(outcome);
            Watch();
        }

        // A follow-up still running only reads and computes (the loop writes its files): it is left to stop on its own.
        await stopping.CancelAsync().ConfigureAwait(false);
    }

    private void Finish(RebuildOutcome outcome)
    {
        // A follow-up that changed nothing has nothing to tell the pages.
        if (!outcome.IsFollowUp || !outcome.Succeeded || outcome.Changed.Count > 0)
        {
            Hub.Publish(outcome);
        }

        Report(outcome, initial: false);
        Rebuilt?.Invoke(outcome);
    }

    // site.yml may name other content or theme folders: follow them.
    private void Watch()
    {
        var config = _rebuilder.Config;
        if (config is null)
        {
            return;
        }

        string[] folders = [config.ContentDirectory, config.ThemeDirectory, .. config.ThemeOverrideDirectory is { } o ? [o] : Array.Empty<string>()];
        var key = string.Join('\n', folders);
        lock (_watchGate)
        {
            if (key == _watched && _watcher is not null)
            {
                return;
            }

            _watcher?.Dispose();
            _watcher = new SiteWatcher(folders, config.ConfigPath, _rebuilder.OutputDirectory ?? Path.Combine(config.RootDirectory, "_site"),
                s_quiet, RequestRebuild);
            _watched = key;
        }
    }

    private void Report(RebuildOutcome outcome, bool initial)
    {
        Print(outcome, _errors);
        var ms = outcome.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!outcome.Succeeded)
        {
            var count = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
            var errors = $"{count} error{(count == 1 ? string.Empty : "s")}";
            _errors.WriteLine(outcome.IsFollowUp
                ? $"Building print.html, the search index and the sitemap failed: {errors}; the previous ones stay (the page shows the errors)."
                : $"Build failed: {errors}; still serving the last good site (the page shows the errors).");
        }
        else if (outcome.IsFollowUp)
        {
            if (!_options.Quiet)
            {
                _output.WriteLine($"  then print.html, search index and sitemap in {ms} ms: {outcome.Changed.Count} files changed");
            }
        }
        else if (!_options.Quiet || !initial)
        {
            var what = initial ? "built" : "rebuilt";
            _output.WriteLine($"  {what} {outcome.Pages} pages in {ms} ms: {outcome.Changed.Count} files changed, "
                + $"{outcome.ReadFiles} content files read, {outcome.RenderedBodies} Markdown bodies rendered ({outcome.ReusedBodies} reused), "
                + $"{outcome.RenderedPages} pages templated ({outcome.ReusedPages} reused)");
        }
    }

    private static void Print(RebuildOutcome outcome, TextWriter errors)
    {
        foreach (var diagnostic in outcome.Diagnostics)
        {
            errors.WriteLine(diagnostic.ToMsBuildString());
        }
    }

    private static string DisplayOutput(Rebuilder rebuilder) =>
        rebuilder.OutputDirectory is { } output ? Text.DisplayPath.For(output) : "(nothing built yet)";
}
