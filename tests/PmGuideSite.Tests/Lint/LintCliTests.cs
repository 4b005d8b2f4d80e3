using System.Diagnostics;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>'pmguide lint' as a user runs it: MSBuild lines with line and column, exit 1 on errors, stdin, bad input.</summary>
public sealed class LintCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmguide-lint-cli", Guid.NewGuid().ToString("N"));

    public LintCliTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Rubric => Path.Combine(TestPaths.RepoRoot, "content", "rubric.yml");

    [Fact]
    public void A_weak_answer_prints_each_rule_once_with_all_its_places_and_exits_1()
    {
        File.WriteAllText(Path.Combine(_folder, "answer.txt"), "I led the launch.\nThen we shipped it and we improved conversion a lot.\n");
        var result = GeneratorProcess.Run(_folder, null, "lint", "answer.txt", "--rubric", Rubric);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("answer.txt(2,6): error PG7001: 'we' did more in this answer than you did: \"we shipped\" (2,6), \"we improved\" (2,24) (ownership)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("answer.txt(2,1): error PG7001: this result has no number: \"Then we shipped it and we improved conv…\" (2,1) (result-without-number)", result.Output, StringComparison.Ordinal);
        Assert.Contains("answer.txt(1,1): error PG7001: the answer is too short to show a situation, your actions and a result (too-short)", result.Output, StringComparison.Ordinal);
        Assert.Contains("answer.txt(2,47): warning PG7001: a size without a number: \"a lot\" (2,47) (vague-words)", result.Output, StringComparison.Ordinal);

        // Each rule's reason and what to say instead appear once, however many places it found.
        Assert.Single(result.Output.Split('\n'), l => l.StartsWith("    why: Interviewers score the candidate", StringComparison.Ordinal));
        Assert.Single(result.Output.Split('\n'), l => l.StartsWith("    instead: Keep 'we' for the team's context", StringComparison.Ordinal));
        Assert.Contains("answer.txt: 6 errors, 3 warnings; 5 of 14 checks pass", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_question_and_level_add_the_rules_that_check_the_answer_fits_them()
    {
        File.WriteAllText(Path.Combine(_folder, "answer.txt"), ExampleAnswers.Read("mobile-checkout-latency", "strong"));
        var plain = GeneratorProcess.Run(_folder, null, "lint", "answer.txt", "--rubric", Rubric);
        Assert.Equal(0, plain.ExitCode);
        var asked = GeneratorProcess.Run(_folder, null, "lint", "answer.txt", "--rubric", Rubric, "--question", "Tell me about a time you disagreed with your manager.", "--level", "L6");
        Assert.Equal(1, asked.ExitCode);
        Assert.Contains("the question asks about a disagreement, but nobody disagrees in the answer (fits-disagreement)", asked.Output, StringComparison.Ordinal);
        var badLevel = GeneratorProcess.Run(_folder, null, "lint", "answer.txt", "--rubric", Rubric, "--level", "L9");
        Assert.Equal(2, badLevel.ExitCode);
        Assert.Contains("'L9' is not a level", badLevel.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strong_answer_from_stdin_exits_0_with_the_site_rubric()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepoRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pmguide.dll"));
        info.ArgumentList.Add("lint");
        info.ArgumentList.Add("-");
        using var process = Process.Start(info)!;
        process.StandardInput.Write(ExampleAnswers.Read("mobile-checkout-latency", "strong"));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
        Assert.Contains("stdin: 0 errors, 0 warnings; 14 of 14 checks pass", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_lint_command_and_its_options()
    {
        Assert.Contains("lint", GeneratorProcess.Run(_folder, null, "--help").Output, StringComparison.Ordinal);
        var help = GeneratorProcess.Run(_folder, null, "lint", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--rubric", help.Output, StringComparison.Ordinal);
        Assert.Contains("'-' to read standard input", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rubric_pattern_that_could_backtrack_is_refused_at_its_position_with_exit_2()
    {
        File.WriteAllText(Path.Combine(_folder, "answer.txt"), "I led it.");
        File.WriteAllText(Path.Combine(_folder, "rubric.yml"), "version: 2\nrules:\n  - id: \"slow\"\n    level: \"error\"\n    title: \"Slow\"\n    kind: \"evidence\"\n"
            + "    min_words: 1\n    evidence: '(\\w+\\s?)+x'\n    message: \"m\"\n    reason: \"r\"\n    instead: \"i\"\n");
        var result = GeneratorProcess.Run(_folder, null, "lint", "answer.txt", "--rubric", Path.Combine(_folder, "rubric.yml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rubric.yml(8,15): error PG7002: the pattern 'evidence' cannot be used: the group at character 1 repeats something that itself repeats", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_argument_exits_2()
    {
        var missing = GeneratorProcess.Run(_folder, null, "lint", "nope.txt", "--rubric", Rubric);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error PG7003: there is no file 'nope.txt'", missing.Errors, StringComparison.Ordinal);

        var noArgument = GeneratorProcess.Run(_folder, null, "lint");
        Assert.Equal(2, noArgument.ExitCode);
        Assert.Contains("PG1000", noArgument.Errors, StringComparison.Ordinal);

        var noRubric = GeneratorProcess.Run(_folder, null, "lint", "x.txt", "--rubric", Path.Combine(_folder, "none.yml"));
        Assert.Equal(2, noRubric.ExitCode);
        Assert.Contains("error PG7003: no rubric at", noRubric.Errors, StringComparison.Ordinal);
    }
}
