using System.Globalization;
using System.Text;
using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;

namespace PmGuideSite.Lint;

/// <summary>The options of the <c>lint</c> command.</summary>
internal sealed record LintOptions(string File, string ConfigPath, string? RubricPath, string? Question = null, string? Level = null);

/// <summary>Runs <c>lint</c>: checks one written answer against rubric.yml and prints a diagnostic per finding.</summary>
internal static class LintRunner
{
    /// <summary>Lints the file (or standard input for '-') and returns 1 when a finding of error level exists.</summary>
    public static int Run(LintOptions options, TextReader input, TextWriter output, TextWriter errors)
    {
        var diagnostics = new DiagnosticBag();
        var rubricPath = options.RubricPath is { } given ? Path.GetFullPath(given) : RubricBesideConfig(options.ConfigPath, diagnostics);
        var rubric = rubricPath is null ? null : LoadRubric(rubricPath, diagnostics);
        var answer = rubric is null ? null : ReadAnswer(options.File, input, diagnostics);
        if (rubric is null || answer is null)
        {
            foreach (var diagnostic in diagnostics.Sorted())
            {
                errors.WriteLine(diagnostic.ToMsBuildString());
            }

            return ExitCodes.UsageOrConfiguration;
        }

        var shown = options.File == "-" ? "stdin" : options.File.Replace('\\', '/');
        var linter = new AnswerLinter(rubric);
        if (options.Level is { } level && level.ToUpperInvariant() is not ("L5" or "L6" or "L7"))
        {
            errors.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.LintInput, $"'{level}' is not a level; use L5, L6 or L7", null).ToMsBuildString());
            return ExitCodes.UsageOrConfiguration;
        }

        var context = new LintContext(options.Question, options.Level);
        var findings = linter.Lint(answer, context);
        var groups = LintGroup.Of(rubric, findings);
        foreach (var group in groups)
        {
            foreach (var message in group.Messages)
            {
                var (line, column) = SourceText.LineColumn(answer, message.Findings[0].Start);
                var diagnostic = new Diagnostic(group.Rule.Level, DiagnosticCodes.LintFinding, $"{message.Describe(answer)} ({group.Rule.Id})", new SourceSpan(shown, line, column));
                output.WriteLine(diagnostic.ToMsBuildString());
            }

            output.WriteLine("    why: " + group.Rule.Reason);
            output.WriteLine("    instead: " + group.Rule.Instead);
        }

        var errorCount = groups.Count(g => g.Rule.Level == Severity.Error);
        var warningCount = groups.Count - errorCount;
        var applied = rubric.Rules.Where(r => r.AppliesTo(context)).ToList();
        var passed = applied.Count(r => findings.All(f => f.RuleId != r.Id));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{shown}: {errorCount} error{(errorCount == 1 ? string.Empty : "s")}, {warningCount} warning{(warningCount == 1 ? string.Empty : "s")}; {passed} of {applied.Count} checks pass"));
        return errorCount > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    private static string? RubricBesideConfig(string configPath, DiagnosticBag diagnostics)
    {
        var config = ConfigLoader.Load(configPath, diagnostics);
        return config is null ? null : Path.Combine(config.ContentDirectory, Rubric.FileName);
    }

    private static Rubric? LoadRubric(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.LintInput, $"no rubric at '{DisplayPath.For(path)}'; add content/rubric.yml or pass --rubric <path>", null);
            return null;
        }

        return RubricLoader.Load(path, diagnostics);
    }

    private static string? ReadAnswer(string file, TextReader input, DiagnosticBag diagnostics)
    {
        if (file == "-")
        {
            return SourceText.NormaliseLineEnds(input.ReadToEnd()).TrimStart('\uFEFF');
        }

        var full = Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.LintInput, $"there is no file '{file}' to lint; pass a text file with your answer, or '-' to read standard input", null);
            return null;
        }

        var bytes = File.ReadAllBytes(full);
        return SourceText.Decode(bytes, file.Replace('\\', '/'), diagnostics) is { } text ? text.TrimStart('\uFEFF') : null;
    }
}
