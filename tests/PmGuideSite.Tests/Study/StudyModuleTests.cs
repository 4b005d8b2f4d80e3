using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Study;

/// <summary>
/// The study tools' DOM-free modules (theme/assets/js/study-session.js, study-schedule.js with ts-fsrs, and
/// study-store.js's checks) under Node's own test runner: <c>node --test tests/PmGuideSite.Tests/Study/node/</c>.
/// </summary>
public sealed class StudyModuleTests
{
    [Fact]
    public void The_session_order_the_FSRS_schedule_and_the_store_checks_pass_their_node_tests()
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "tests", "PmGuideSite.Tests", "Study", "node");
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "node_modules", "ts-fsrs", "dist", "index.umd.js")),
            "node_modules/ts-fsrs is missing: run 'npm ci' (or build the site once, which runs it)");
        var tests = Directory.GetFiles(folder, "*.test.js").Order(StringComparer.Ordinal);
        var result = Node.Run(new[] { "--test", "--test-reporter=tap" }.Concat(tests), TimeSpan.FromMinutes(2), "the study modules' tests");
        Assert.True(result.ExitCode == 0, $"node --test exited with {result.ExitCode}:\n{result.Errors}\n{result.Output}");
        Assert.Contains("# fail 0", result.Output, StringComparison.Ordinal);
    }
}
