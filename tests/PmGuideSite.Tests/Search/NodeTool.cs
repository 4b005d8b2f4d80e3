using System.ComponentModel;
using System.Diagnostics;

namespace PmGuideSite.Tests.Search;

/// <summary>Runs the scripts in Search/node with Node against the repository's lunr; fails, never skips, without them.</summary>
internal static class NodeTool
{
    private static readonly Lazy<string> Root = new(PmGuideSite.Testing.GateSites.RepoRoot);

    /// <summary>The folder holding PmGuideSite.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>Runs <c>node Search/node/&lt;script&gt; arguments…</c> and fails the test unless it exits with 0.</summary>
    public static void Run(string script, params string[] arguments)
    {
        var lunr = Path.Combine(RepoRoot, "node_modules", "lunr", "lunr.js");
        if (!File.Exists(lunr))
        {
            Assert.Fail($"lunr is not installed at {lunr}; these tests compare with real lunr.js. Run `npm ci` in {RepoRoot}.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoRoot, "tests", "PmGuideSite.Tests", "Search", "node", script));
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
            Assert.Fail($"Node.js was not found on PATH ({ex.Message}); the lunr compatibility tests need it. Install Node 20 or later, then run `npm ci` in {RepoRoot}.");
        }

        using (process)
        {
            Assert.NotNull(process);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {script} did not finish within 3 minutes.");
            }

            if (process.ExitCode != 0)
            {
                Assert.Fail($"node {script} exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
            }
        }
    }
}
