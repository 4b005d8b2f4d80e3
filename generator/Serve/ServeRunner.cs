using System.Runtime.InteropServices;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Serve;

/// <summary>Runs the <c>serve</c> command until Ctrl+C (SIGINT) or SIGTERM, then shuts down cleanly.</summary>
internal static class ServeRunner
{
    /// <summary>Serves and returns the exit code: 0 after a clean stop, 2 when the configuration cannot be used.</summary>
    public static int Run(ServeOptions options, TextWriter output, TextWriter errors, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        void OnSignal(PosixSignalContext context)
        {
            // Handled here: the process ends by returning from Main after the shutdown below, not by being killed.
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return RunAsync(options, output, errors, stop.Token).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(ServeOptions options, TextWriter output, TextWriter errors, CancellationToken cancel)
    {
        var session = await ServeSession.StartAsync(options, output, errors, cancel).ConfigureAwait(false);
        if (session is null)
        {
            return ExitCodes.UsageOrConfiguration;
        }

        await session.RunUntilCancelledAsync(cancel).ConfigureAwait(false);
        output.WriteLine("Stopping…");
        await session.DisposeAsync().ConfigureAwait(false);
        output.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
