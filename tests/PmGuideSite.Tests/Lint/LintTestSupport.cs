using System.ComponentModel;
using System.Diagnostics;
using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>The repository's rubric, loaded once, and a way to run the Node side of the parity test.</summary>
internal static class LintTestSupport
{
    private static readonly Lazy<Rubric> s_rubric = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var rubric = RubricLoader.Load(Path.Combine(TestPaths.RepoRoot, "content", "rubric.yml"), diagnostics);
        Assert.True(rubric is not null, string.Join("\n", diagnostics.Sorted().Select(d => d.ToMsBuildString())));
        return rubric;
    });

    /// <summary>content/rubric.yml, which must load without problems.</summary>
    public static Rubric RepositoryRubric => s_rubric.Value;

    /// <summary>Runs <c>node Lint/node/&lt;script&gt; args…</c>; fails (never skips) without Node.</summary>
    public static void RunNode(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, "tests", "PmGuideSite.Tests", "Lint", "node", script));
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
            Assert.Fail($"Node.js was not found on PATH ({ex.Message}); the linter parity test runs the browser's rubric.js under Node 20 or later.");
        }

        using (process)
        {
            Assert.NotNull(process);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {script} did not finish within 2 minutes.");
            }

            Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
        }
    }
}
