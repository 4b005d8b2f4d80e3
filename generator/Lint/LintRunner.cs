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
        var text = file == "-" ? ReadInput(input, diagnostics) : ReadFile(file, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (text.AsSpan().Trim().IsEmpty)
        {
            var what = file == "-" ? "standard input" : $"'{file}'";
            diagnostics.Error(DiagnosticCodes.LintInput, $"there is no answer in {what}: it is empty (or not a regular file); write the answer there first", null);
            return null;
        }

        return text;
    }

    // Standard input arrives decoded; the decoder puts U+FFFD where the bytes were not UTF-8, which a typed answer
    // never holds. Read at most the content limit, so an endless stream (`< /dev/zero`) is refused, not read for ever.
    private static string? ReadInput(TextReader input, DiagnosticBag diagnostics)
    {
        var limit = SourceText.MaxBytes;
        var builder = new StringBuilder();
        var buffer = new char[64 * 1024];
        for (var read = input.Read(buffer); read > 0; read = input.Read(buffer))
        {
            builder.Append(buffer, 0, read);
            if (builder.Length > limit)
            {
                diagnostics.Error(DiagnosticCodes.LintInput, $"standard input holds more than {limit / (1024 * 1024)} MB; an answer is a few hundred words", null);
                return null;
            }
        }

        var text = SourceText.NormaliseLineEnds(builder.ToString()).TrimStart('\uFEFF');
        var bad = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (bad >= 0)
        {
            var (line, column) = SourceText.LineColumn(text, bad);
            diagnostics.Error(DiagnosticCodes.Encoding, "standard input is not valid UTF-8 here; save the answer as UTF-8 and lint the file", new SourceSpan("stdin", line, column));
            return null;
        }

        return text;
    }

    private static string? ReadFile(string file, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.LintInput, $"there is no file '{file}' to lint; pass a text file with your answer, or '-' to read standard input", null);
            return null;
        }

        // The content files' reader: a size limit, no waiting on a pipe or device, and UTF-8 checked with a position.
        return SourceText.Read(full, file.Replace('\\', '/'), diagnostics)?.TrimStart('\uFEFF');
    }
}
