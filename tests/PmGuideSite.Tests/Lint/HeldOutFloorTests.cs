using System.Text.Json;
using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;
using PmGuideSite.Testing;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>
/// Issue 18's floors on the held-out half of tests/LintCorpus, written after the rules were frozen: at least 90% of
/// strong answers pass and 90% of weak answers fail, in the C# linter and in the browser's rubric.js (under Node)
/// alike; skipped with the figures while not met, and the measured figures held as a floor. Messages give counts
/// only, never a held-out file's name or text. Skipped while held-out/ is empty (see tests/LintCorpus/README.md).
/// </summary>
public sealed class HeldOutFloorTests
{
    private const double Floor = 0.90;

    // Measured once, on 2026-12-08, when writers d and e's 80 answers first met the rules frozen at c92e8cb (docs/lint.md,
    // round 3). Not met, so the issue's floors are skipped with these figures, and the measured ones guard against a
    // change that makes the linter worse on answers it was not tuned on.
    private const string NotMet = "Not met on the held-out half (80 answers by writers d and e, blind to the rules): with the question, "
        + "30 of 40 strong answers pass (75%) and 32 of 40 weak ones fail (80%); from the answer alone, without wrong-principle and "
        + "level near misses, 32 of 40 (80%) and 29 of 32 (91%). See docs/lint.md, round 3.";

    // A good story told to another principle's question, or at the level below, cannot be told from the answer alone;
    // only the question shows it (docs/lint.md, "Which mode the floors hold in").
    private static readonly string[] s_questionOnly = ["near-miss-wrong-principle", "near-miss-level"];

    // As the practice page, the mock interview and `lint --question … --level …` lint: the question and level known.
    [Fact(Skip = NotMet)]
    public void With_the_question_known_90_percent_of_strong_answers_pass_and_90_percent_of_weak_answers_fail_in_both_linters() =>
        AssertFloors(Load(), withQuestion: true, Floor, Floor);

    // As lint.html with an empty question box and `lint` without --question: every category but the two above.
    [Fact(Skip = NotMet)]
    public void From_the_answer_alone_the_same_floors_hold_on_every_category_but_wrong_principle_and_wrong_level() =>
        AssertFloors(Load().Where(a => !s_questionOnly.Contains(a.Category, StringComparer.Ordinal)).ToList(), withQuestion: false, Floor, Floor);

    [HeldOutFact]
    public void With_the_question_known_the_held_out_figures_stay_at_least_as_measured_in_both_linters() =>
        AssertFloors(Load(), withQuestion: true, strongFloor: 0.75, weakFloor: 0.80);

    [HeldOutFact]
    public void From_the_answer_alone_the_held_out_figures_stay_at_least_as_measured_in_both_linters() =>
        AssertFloors(Load().Where(a => !s_questionOnly.Contains(a.Category, StringComparer.Ordinal)).ToList(), withQuestion: false, strongFloor: 0.80, weakFloor: 0.90);

    [Fact]
    public void An_empty_or_missing_half_loads_as_no_answers()
    {
        var root = Directory.CreateTempSubdirectory("pmguide-corpus").FullName;
        try
        {
            Assert.Empty(LintCorpus.Load(root, LintCorpus.HeldOut));
            Directory.CreateDirectory(Path.Combine(root, "tests", "LintCorpus", LintCorpus.HeldOut));
            File.WriteAllText(Path.Combine(root, "tests", "LintCorpus", LintCorpus.HeldOut, "README.md"), "not an answer");
            Assert.Empty(LintCorpus.Load(root, LintCorpus.HeldOut));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static IReadOnlyList<CorpusAnswer> Load()
    {
        var answers = LintCorpus.Load(TestPaths.RepoRoot, LintCorpus.HeldOut);
        var strong = answers.Count(a => a.ShouldPass);
        Assert.True(strong >= 20 && answers.Count - strong >= 20, $"the held-out half has {strong} pass-labelled and {answers.Count - strong} fail-labelled answers; a floor needs at least 20 of each");
        return answers;
    }

    private static void AssertFloors(IReadOnlyList<CorpusAnswer> answers, bool withQuestion, double strongFloor, double weakFloor)
    {
        var csharp = Verdicts(answers, withQuestion);
        var js = JsVerdicts(answers, withQuestion);
        Assert.True(csharp.SequenceEqual(js), $"C# and JavaScript disagree on {csharp.Zip(js).Count(p => p.First != p.Second)} held-out answers");
        var strong = answers.Count(a => a.ShouldPass);
        var weak = answers.Count - strong;
        foreach (var (linter, verdicts) in new[] { ("C#", csharp), ("JavaScript", js) })
        {
            var passed = answers.Where((a, i) => a.ShouldPass && verdicts[i]).Count();
            var failed = answers.Where((a, i) => !a.ShouldPass && !verdicts[i]).Count();
            Assert.True(passed >= strongFloor * strong, $"{linter}: {passed} of {strong} strong held-out answers pass, below {strongFloor:P0}");
            Assert.True(failed >= weakFloor * weak, $"{linter}: {failed} of {weak} weak held-out answers fail, below {weakFloor:P0}");
        }
    }

    // true = the answer passes (no error-level finding), as the CLI's exit code and lint.html's summary say.
    private static List<bool> Verdicts(IReadOnlyList<CorpusAnswer> answers, bool withQuestion)
    {
        var linter = new AnswerLinter(LintTestSupport.RepositoryRubric);
        return answers.Select(a => linter.Lint(a.Text, withQuestion ? new LintContext(a.Question, a.Level) : null).All(f => f.Level != Severity.Error)).ToList();
    }

    private static List<bool> JsVerdicts(IReadOnlyList<CorpusAnswer> answers, bool withQuestion)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pmguide-lint-floor", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "rubric.js"), RubricScript.Write(LintTestSupport.RepositoryRubric));
            File.WriteAllText(Path.Combine(folder, "answers.json"), withQuestion
                ? JsonSerializer.Serialize(answers.Select(a => new Dictionary<string, string> { ["text"] = a.Text, ["question"] = a.Question, ["level"] = a.Level }).ToList())
                : JsonSerializer.Serialize(answers.Select(a => a.Text).ToList()));
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
