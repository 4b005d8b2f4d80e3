using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;
using PmGuideSite.Testing;
using PmGuideSite.Text;

namespace PmGuideSite.Benchmarks;

/// <summary>
/// The answer linter's accuracy on tests/LintCorpus, C# and JavaScript (rubric.js under Node), for the calibration
/// and held-out halves apart, and the time both take on a 1 MB answer. A verdict of "pass" means no error finding.
/// </summary>
/// <remarks>Only the calibration half's misjudged files are named (the rules are tuned on it); the held-out half is
/// reported in counts alone, so reading the figures does not leak its answers into the rules.</remarks>
internal static class LintBench
{
    // Weak answers only the question can show are weak: a good story for another principle, or at the level below.
    private static readonly string[] s_questionOnly = ["near-miss-wrong-principle", "near-miss-level"];

    /// <summary>Prints the figures; returns 0, 1 when the two linters disagree on any answer, 2 on a bad rubric.</summary>
    /// <param name="calibrationOnly">Measure the calibration half alone and skip the 1 MB timing: for tuning runs,
    /// so that looking at the figures while changing the rules never shows the held-out half.</param>
    /// <param name="detail">With calibrationOnly: every calibration answer's error rules, and the text each error
    /// finding quotes in the misjudged strong answers.</param>
    public static int Run(string root, string rubricPath, bool calibrationOnly = false, bool detail = false)
    {
        var diagnostics = new DiagnosticBag();
        var rubric = RubricLoader.Load(rubricPath, diagnostics);
        if (rubric is null)
        {
            Console.Error.WriteLine(string.Join('\n', diagnostics.Sorted().Select(d => d.ToMsBuildString())));
            return 2;
        }

        var linter = new AnswerLinter(rubric);
        var work = Directory.CreateTempSubdirectory("pmguide-lint-bench").FullName;
        var exit = 0;
        try
        {
            var rubricScript = Path.Combine(work, "rubric.js");
            File.WriteAllText(rubricScript, RubricScript.Write(rubric));
            Console.WriteLine($"== Answer linter on tests/LintCorpus, rubric {DisplayPath.For(rubricPath)} (pass = no error finding)");
            foreach (var half in calibrationOnly ? new[] { LintCorpus.Calibration } : new[] { LintCorpus.Calibration, LintCorpus.HeldOut })
            {
                var answers = LintCorpus.Load(root, half);
                if (answers.Count == 0)
                {
                    // Between rounds held-out/ is empty: its new answers are being written blind to the rules.
                    Console.WriteLine();
                    Console.WriteLine($"{half}: empty (no answers in tests/LintCorpus/{half}/), so no figures");
                    continue;
                }

                foreach (var withQuestion in new[] { false, true })
                {
                    var csharp = answers.Select(a => ErrorRules(linter.Lint(a.Text, withQuestion ? Context(a) : null))).ToList();
                    var js = JsErrorRules(root, rubricScript, work, rubric, answers, withQuestion);
                    Report(half, withQuestion, rubric, answers, csharp, js, named: half == LintCorpus.Calibration);
                    if (detail && half == LintCorpus.Calibration)
                    {
                        Detail(linter, answers, withQuestion);
                    }

                    if (!csharp.Select(Key).SequenceEqual(js.Select(Key), StringComparer.Ordinal))
                    {
                        Console.WriteLine("  THE TWO LINTERS DISAGREE on some answers of this half");
                        exit = 1;
                    }
                }
            }

            if (calibrationOnly)
            {
                Console.WriteLine();
                Console.WriteLine("(--calibration-only: the held-out half and the 1 MB timing were not run)");
            }
            else
            {
                TimeLargeAnswer(root, linter, rubricScript, work);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return exit;
    }

    /// <summary>The question an answer was written for, as the practice page passes it.</summary>
    public static LintContext Context(CorpusAnswer answer) => new(answer.Question, answer.Level);

    private static string Key(IReadOnlySet<string> rules) => string.Join(',', rules.Order(StringComparer.Ordinal));

    private static HashSet<string> ErrorRules(IEnumerable<LintFinding> findings) =>
        findings.Where(f => f.Level == Severity.Error).Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);

    private static List<HashSet<string>> JsErrorRules(string root, string rubricScript, string work, Rubric rubric, IReadOnlyList<CorpusAnswer> answers, bool withQuestion)
    {
        var answersPath = Path.Combine(work, "answers.json");
        var outPath = Path.Combine(work, "out.json");
        File.WriteAllText(answersPath, withQuestion
            ? JsonSerializer.Serialize(answers.Select(a => new Dictionary<string, string> { ["text"] = a.Text, ["question"] = a.Question, ["level"] = a.Level }).ToList())
            : JsonSerializer.Serialize(answers.Select(a => a.Text).ToList()));
        Node(root, "tests/PmGuideSite.Tests/Lint/node/lint-parity.js", root, rubricScript, answersPath, outPath);
        using var json = JsonDocument.Parse(File.ReadAllText(outPath));
        var errorIds = rubric.Rules.Where(r => r.Level == Severity.Error).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return json.RootElement.EnumerateArray()
            .Select(findings => findings.EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).Where(errorIds.Contains).ToHashSet(StringComparer.Ordinal))
            .ToList();
    }

    private static void Report(string half, bool withQuestion, Rubric rubric, IReadOnlyList<CorpusAnswer> answers, List<HashSet<string>> csharp, List<HashSet<string>> js, bool named)
    {
        var strong = answers.Count(a => a.ShouldPass);
        var weak = answers.Count - strong;
        Console.WriteLine();
        Console.WriteLine($"{half}, {(withQuestion ? "with the question and its level (as the practice page and lint --question lint)" : "the answer alone (as lint.html and lint without --question)")}: {answers.Count} answers ({strong} pass-labelled, {weak} fail-labelled)");
        foreach (var (name, verdicts) in new[] { ("C#", csharp), ("JavaScript", js) })
        {
            var passed = answers.Where((a, i) => a.ShouldPass && verdicts[i].Count == 0).Count();
            var failed = answers.Where((a, i) => !a.ShouldPass && verdicts[i].Count > 0).Count();
            Console.WriteLine($"  {name,-10}  strong answers passed {passed}/{strong} ({Percent(passed, strong)})   weak answers failed {failed}/{weak} ({Percent(failed, weak)})");
        }

        if (!withQuestion)
        {
            // The floor test's answer-alone figures: a wrong-principle or wrong-level story needs the question to fail.
            var judged = answers.Select((a, i) => (Answer: a, Index: i)).Where(p => !s_questionOnly.Contains(p.Answer.Category, StringComparer.Ordinal)).ToList();
            var judgedStrong = judged.Count(p => p.Answer.ShouldPass);
            foreach (var (name, verdicts) in new[] { ("C#", csharp), ("JavaScript", js) })
            {
                var passed = judged.Count(p => p.Answer.ShouldPass && verdicts[p.Index].Count == 0);
                var failed = judged.Count(p => !p.Answer.ShouldPass && verdicts[p.Index].Count > 0);
                Console.WriteLine($"  {name,-10}  without {string.Join(" and ", s_questionOnly)}: strong passed {passed}/{judgedStrong} ({Percent(passed, judgedStrong)})   weak failed {failed}/{judged.Count - judgedStrong} ({Percent(failed, judged.Count - judgedStrong)})");
            }
        }

        Console.WriteLine("  per rule (C#): FP = pass-labelled answers it failed; FN = fail-labelled answers it let through; only = weak answers it alone failed");
        Console.WriteLine($"    {"rule",-24} {"FP",3} {"FN",4} {"only",5}");
        foreach (var rule in rubric.Rules.Where(r => r.Level == Severity.Error && (withQuestion || r.AppliesTo(null))))
        {
            var fp = answers.Where((a, i) => a.ShouldPass && csharp[i].Contains(rule.Id)).Count();
            var fn = answers.Where((a, i) => !a.ShouldPass && !csharp[i].Contains(rule.Id)).Count();
            var only = answers.Where((a, i) => !a.ShouldPass && csharp[i].Count == 1 && csharp[i].Contains(rule.Id)).Count();
            Console.WriteLine($"    {rule.Id,-24} {fp,3} {fn,4} {only,5}");
        }

        if (!named)
        {
            return;
        }

        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            if (answer.ShouldPass && csharp[i].Count > 0)
            {
                Console.WriteLine($"    strong answer failed: {answer.Name} ({string.Join(", ", csharp[i].Order(StringComparer.Ordinal))})");
            }
            else if (!answer.ShouldPass && csharp[i].Count == 0)
            {
                Console.WriteLine($"    weak answer passed:   {answer.Name} [{answer.Category}]");
            }
        }
    }

    private static void Detail(AnswerLinter linter, IReadOnlyList<CorpusAnswer> answers, bool withQuestion)
    {
        Console.WriteLine("  every answer (C#): label, category, error rules; quotes for strong answers that fail");
        foreach (var answer in answers)
        {
            var errors = linter.Lint(answer.Text, withQuestion ? Context(answer) : null).Where(f => f.Level == Severity.Error).ToList();
            var verdict = errors.Count == 0 ? "passes" : "fails ";
            var mark = (errors.Count == 0) == answer.ShouldPass ? " " : "!";
            Console.WriteLine($"   {mark} {verdict} {(answer.ShouldPass ? "pass" : "fail")} {answer.Name,-44} {answer.Category,-28} {string.Join(", ", errors.Select(f => f.RuleId).Distinct())}");
            if (answer.ShouldPass)
            {
                foreach (var finding in errors)
                {
                    Console.WriteLine($"        {finding.RuleId}: \"{answer.Text.Substring(finding.Start, Math.Min(finding.Length, 120)).ReplaceLineEndings(" ")}\" ({finding.Message})");
                }
            }
        }
    }

    // A 1 MB answer made of the corpus's own strong answers repeated, so every rule finds real work in it.
    private static void TimeLargeAnswer(string root, AnswerLinter linter, string rubricScript, string work)
    {
        var seed = string.Join("\n\n", LintCorpus.Load(root, LintCorpus.Calibration).Where(a => a.ShouldPass).Select(a => a.Text).DefaultIfEmpty("I cut the p95 latency from 5.1 s to 1.2 s. "));
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(seed).Append("\n\n");
        }

        var answer = builder.ToString(0, 1_000_000);
        var path = Path.Combine(work, "large.txt");
        File.WriteAllText(path, answer);
        var findings = linter.Lint(answer).Count;
        double Time(AnswerLinter timed)
        {
            var times = new List<double>();
            for (var run = 0; run < 4; run++)
            {
                var clock = Stopwatch.StartNew();
                timed.Lint(answer);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            return Program.Median(times.Skip(1).ToList());
        }

        var compiled = Time(linter);
        var interpreted = Time(new AnswerLinter(linter.Rubric, compileForLongAnswers: false));

        var js = Node(root, "tests/Benchmarks/node/time-lint.js", root, rubricScript, path, "4").Trim();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"1 MB answer ({answer.Length:N0} characters, {findings:N0} findings), medians of 3 after a warm-up: C# {compiled:F0} ms with patterns compiled to IL (dotnet pmguide.dll), {interpreted:F0} ms interpreted (the native executable); JavaScript under Node {js}"));
    }

    private static string Node(string root, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
