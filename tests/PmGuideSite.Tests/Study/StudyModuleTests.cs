using System.ComponentModel;
using System.Diagnostics;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Study;

/// <summary>
/// The study tools' DOM-free modules (theme/assets/js/study-session.js, study-schedule.js with ts-fsrs, and
/// study-store.js's checks) under Node's own test runner: <c>node --test tests/PmGuideSite.Tests/Study/node/</c>.
/// </summary>
public sealed class StudyModuleTests
{
    [Fact]
    public async Task The_session_order_the_FSRS_schedule_and_the_store_checks_pass_their_node_tests()
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "tests", "PmGuideSite.Tests", "Study", "node");
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "node_modules", "ts-fsrs", "dist", "index.umd.js")),
            "node_modules/ts-fsrs is missing: run 'npm ci' (or build the site once, which runs it)");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add("--test-reporter=tap");
        foreach (var file in Directory.GetFiles(folder, "*.test.js").Order(StringComparer.Ordinal))
        {
            start.ArgumentList.Add(file);
        }

        Process? process = null;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"Node.js was not found on PATH ({ex.Message}); the study modules' tests run under Node 20 or later.");
        }

        using (process)
        {
            Assert.NotNull(process);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("node --test did not finish within 2 minutes.");
            }

            var output = await stdout;
            Assert.True(process.ExitCode == 0, $"node --test exited with {process.ExitCode}:\n{await stderr}\n{output}");
            Assert.Contains("# fail 0", output, StringComparison.Ordinal);
        }
    }
}
