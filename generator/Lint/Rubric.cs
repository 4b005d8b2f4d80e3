using PmGuideSite.Diagnostics;

namespace PmGuideSite.Lint;

/// <summary>How a rule reads an answer (see the comment at the top of content/rubric.yml).</summary>
internal enum RuleKind
{
    /// <summary>Every occurrence of a listed word is a finding, with its list's message, once there are min_count of them.</summary>
    Words,

    /// <summary>The candidate's own actions (<c>mine</c>) weighed against the listed words: too few, or outnumbered, fails.</summary>
    Balance,

    /// <summary>Every claim (a match of <c>claim</c>) needs <c>requires</c> in its own stretch of the sentence.</summary>
    Claims,

    /// <summary>Some sentence of at least <c>min_words</c> words must hold <c>evidence</c> (and <c>requires</c>, when given).</summary>
    Evidence,

    /// <summary>The answer's word count must lie within <c>min_words</c> and <c>max_words</c>.</summary>
    Length,

    /// <summary>Each part's pattern must match within its stretch of the answer (situation early, result late).</summary>
    Parts,
}

/// <summary>A list of words or phrases, compiled into one whole-word pattern, and what to say when one is found.</summary>
internal sealed record WordList(string Pattern, string Message);

/// <summary>One part of a <see cref="RuleKind.Parts"/> rule: a pattern that must start between two percentages of the answer.</summary>
internal sealed record RulePart(string Name, string Pattern, int FromPercent, int ToPercent, string Message);

/// <summary>One answer-linting rule, with its patterns already in the form both linters run (fragments expanded).</summary>
/// <param name="Pattern">The kind's main pattern: <c>mine</c>, <c>claim</c> or <c>evidence</c>.</param>
/// <param name="MinWords">min_count for word rules, min_mine for balance rules, min_words for evidence and length rules.</param>
internal sealed record RubricRule(
    string Id,
    Severity Level,
    string Title,
    RuleKind Kind,
    string Message,
    string Reason,
    string Instead,
    string? Pattern,
    string? Requires,
    IReadOnlyList<WordList> Lists,
    IReadOnlyList<RulePart> Parts,
    int MinWords,
    int MaxWords,
    string? WhenQuestion,
    IReadOnlyList<string> Levels)
{
    /// <summary>Whether the rule applies: rules with <c>when_question</c> or <c>levels</c> need a question that matches
    /// (normalised like the answer) or a level among theirs; without a question they are skipped.</summary>
    public bool AppliesTo(LintContext? context) =>
        (WhenQuestion is null || (context?.Question is { } question && AnswerLinter.CreateRegex(WhenQuestion).IsMatch(LintText.Normalise(question))))
        && (Levels.Count == 0 || (context?.Level is { } level && Levels.Contains(level.ToLowerInvariant(), StringComparer.Ordinal)));
}

/// <summary>What the answer answers, when known (the practice page and <c>lint --question</c>): the question's text and level.</summary>
internal sealed record LintContext(string? Question, string? Level);

/// <summary>The answer-linting rules of <c>content/rubric.yml</c>, in file order.</summary>
internal sealed record Rubric(int Version, IReadOnlyList<RubricRule> Rules)
{
    /// <summary>The rubric format this generator reads.</summary>
    public const int CurrentVersion = 2;

    /// <summary>The rubric's path inside the content folder.</summary>
    public const string FileName = "rubric.yml";
}

/// <summary>One thing the linter found: which rule, where (UTF-16 offset and length) and what to say.</summary>
/// <remarks>Findings of one rule with the same message form one group, shown once with all its places.</remarks>
internal sealed record LintFinding(string RuleId, Severity Level, int Start, int Length, string Message);
