using PmGuideSite.Diagnostics;

namespace PmGuideSite.Lint;

/// <summary>How a rule looks at an answer (see the comment at the top of content/rubric.yml).</summary>
internal enum RuleKind
{
    Words,
    Pattern,
    Sentence,
    Answer,
}

/// <summary>One answer-linting rule, with its patterns already in the form both linters run.</summary>
/// <remarks>For <see cref="RuleKind.Words"/> the word list is compiled into <see cref="Pattern"/> at load time, so the
/// browser receives the same regular expression the C# linter uses.</remarks>
internal sealed record RubricRule(
    string Id,
    Severity Level,
    string Title,
    RuleKind Kind,
    string? Pattern,
    string? When,
    string? Requires,
    string Message,
    string Reason);

/// <summary>The answer-linting rules of <c>content/rubric.yml</c>, in file order.</summary>
internal sealed record Rubric(int Version, IReadOnlyList<RubricRule> Rules)
{
    /// <summary>The rubric format this generator reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The rubric's path inside the content folder.</summary>
    public const string FileName = "rubric.yml";
}

/// <summary>One thing the linter found: which rule, where (UTF-16 offset and length) and what to say.</summary>
internal sealed record LintFinding(string RuleId, Severity Level, int Start, int Length, string Message);
