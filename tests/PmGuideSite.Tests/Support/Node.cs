using System.ComponentModel;
using System.Diagnostics;

namespace PmGuideSite.Tests.Support;

/// <summary>What a finished <c>node</c> run printed, and how it exited.</summary>
internal sealed record NodeResult(int ExitCode, string Output, string Errors);

/// <summary>Runs Node.js for the tests that compare with, or run, the browser's JavaScript; fails (never skips) without Node.</summary>
internal static class Node
{
    /// <summary>Runs <c>node arguments…</c> and returns when it exits; fails the test when Node is missing or it runs past <paramref name="timeout"/>.</summary>
    /// <param name="needFor">What the run is for, said when Node is missing ("the linter parity test").</param>
    public static NodeResult Run(IEnumerable<string> arguments, TimeSpan timeout, string needFor, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process = null;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"Node.js was not found on PATH ({ex.Message}); {needFor} needs Node 20 or later. Install it, then run `npm ci` in {TestPaths.RepoRoot}.");
        }

        using (process)
        {
            Assert.NotNull(process);
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {string.Join(' ', start.ArgumentList.Take(1))} did not finish within {timeout.TotalMinutes:0} minutes ({needFor}).");
            }

            return new NodeResult(process.ExitCode, output.Result, errors.Result);
        }
    }

    /// <summary>Runs a script and fails the test unless it exits with 0, showing what it printed.</summary>
    public static void RunScript(string script, IEnumerable<string> arguments, TimeSpan timeout, string needFor)
    {
        var result = Run(arguments.Prepend(script), timeout, needFor);
        Assert.True(result.ExitCode == 0, $"node {Path.GetFileName(script)} exited with {result.ExitCode}:\n{result.Errors}\n{result.Output}");
    }
}
