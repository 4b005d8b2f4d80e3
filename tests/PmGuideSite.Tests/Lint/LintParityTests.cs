using System.Text.Json;
using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;
using PmGuideSite.Testing;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>The C# linter and the browser's rubric.js, run under Node on the rubric.js the build writes, agree exactly.</summary>
public sealed class LintParityTests
{
    [Fact]
    public void Csharp_and_javascript_linters_give_identical_findings_on_the_shared_fixtures()
    {
        var fixtures = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "PmGuideSite.Tests", "Lint", "parity-answers.json")))!;
        Assert.True(fixtures.Count >= 30, "the parity fixture set needs at least 30 answers");
        var plain = fixtures.Concat(ExampleAnswers.Slugs().SelectMany(s => new[] { ExampleAnswers.Read(s, "weak"), ExampleAnswers.Read(s, "strong") }).OfType<string>())
            .Select(text => new ParityAnswer(text, null, null));

        // The calibration corpus twice: alone, and with its question and level, so the question rules run too.
        var corpus = LintCorpus.Load(TestPaths.RepoRoot, LintCorpus.Calibration);
        var answers = plain.Concat(corpus.Select(a => new ParityAnswer(a.Text, null, null))).Concat(corpus.Select(a => new ParityAnswer(a.Text, a.Question, a.Level))).ToList();

        var folder = Path.Combine(Path.GetTempPath(), "pmguide-lint-parity", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var rubric = LintTestSupport.RepositoryRubric;
            File.WriteAllText(Path.Combine(folder, "rubric.js"), RubricScript.Write(rubric));
            File.WriteAllText(Path.Combine(folder, "answers.json"), JsonSerializer.Serialize(
                answers.Select(a => a.Question is null ? (object)a.Text : new Dictionary<string, string?> { ["text"] = a.Text, ["question"] = a.Question, ["level"] = a.Level }).ToList()));
            LintTestSupport.RunNode("lint-parity.js", TestPaths.RepoRoot, Path.Combine(folder, "rubric.js"), Path.Combine(folder, "answers.json"), Path.Combine(folder, "out.json"));
            var fromJs = JsonSerializer.Deserialize<List<List<JsFinding>>>(File.ReadAllText(Path.Combine(folder, "out.json")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

            var linter = new AnswerLinter(rubric);
            Assert.Equal(answers.Count, fromJs.Count);
            var total = 0;
            for (var i = 0; i < answers.Count; i++)
            {
                var expected = linter.Lint(answers[i].Text, answers[i].Context).Select(f => $"{f.RuleId}@{f.Start}+{f.Length} {(f.Level == Severity.Error ? "error" : "warning")}: {f.Message}").ToList();
                var actual = fromJs[i].Select(f => $"{f.RuleId}@{f.Start}+{f.Length} {f.Level}: {f.Message}").ToList();
                Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal),
                    $"answer {i} ({Preview(answers[i].Text)}):\nC#:\n  {string.Join("\n  ", expected)}\nJS:\n  {string.Join("\n  ", actual)}");
                total += expected.Count;
            }

            // The fixtures must exercise the rules, or agreement proves nothing.
            Assert.True(total > 200, $"only {total} findings across {answers.Count} answers");
            var rulesSeen = answers.SelectMany(a => linter.Lint(a.Text, a.Context)).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Count();
            Assert.Equal(rubric.Rules.Count, rulesSeen);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Preview(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private sealed record ParityAnswer(string Text, string? Question, string? Level)
    {
        public LintContext? Context => Question is null ? null : new LintContext(Question, Level);
    }

    private sealed record JsFinding(string RuleId, string Level, int Start, int Length, string Message);
}
