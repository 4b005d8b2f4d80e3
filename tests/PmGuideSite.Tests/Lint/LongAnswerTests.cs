using System.Text;
using System.Text.Json;
using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>Megabyte answers built to stress each kind of rule finish in both linters with the same findings (speed is the benchmark's).</summary>
public sealed class LongAnswerTests
{
    private static string Repeat(string piece) => new StringBuilder().Insert(0, piece, (1_000_000 / piece.Length) + 1).ToString(0, 1_000_000);

    [Fact]
    public void Megabyte_answers_finish_in_both_linters_with_identical_findings()
    {
        var answers = new[]
        {
            Repeat("a"),                                              // one word, one sentence
            Repeat("we "),                                            // balance lists with no verb after them
            Repeat("we led and the team shipped while i pulled "),   // balance, no sentence end
            Repeat("conversion improved and churn fell, "),           // a million-character sentence of claims
            Repeat("from 1 to "),                                     // baseline's bounded repeats, never closed
            Repeat("I would say generally that "),                    // hypothetical and vague words
        };
        var rubric = LintTestSupport.RepositoryRubric;
        var linter = new AnswerLinter(rubric);
        var expected = answers.Select(a => linter.Lint(a).Select(f => $"{f.RuleId}@{f.Start}+{f.Length} {(f.Level == Severity.Error ? "error" : "warning")}").ToList()).ToList();
        Assert.Contains("too-short@0+0 error", expected[0]);
        Assert.All(expected.Skip(1), findings => Assert.Contains("too-long@0+0 error", findings));

        var folder = Path.Combine(Path.GetTempPath(), "pmguide-lint-long", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "rubric.js"), RubricScript.Write(rubric));
            File.WriteAllText(Path.Combine(folder, "answers.json"), JsonSerializer.Serialize(answers));
            LintTestSupport.RunNode("lint-parity.js", TestPaths.RepoRoot, Path.Combine(folder, "rubric.js"), Path.Combine(folder, "answers.json"), Path.Combine(folder, "out.json"));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "out.json")));
            var actual = json.RootElement.EnumerateArray().Select(a => a.EnumerateArray()
                .Select(f => $"{f.GetProperty("ruleId").GetString()}@{f.GetProperty("start").GetInt32()}+{f.GetProperty("length").GetInt32()} {f.GetProperty("level").GetString()}").ToList()).ToList();
            for (var i = 0; i < answers.Length; i++)
            {
                Assert.True(expected[i].SequenceEqual(actual[i], StringComparer.Ordinal), $"answer {i}: C# {expected[i].Count} findings, JavaScript {actual[i].Count}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
