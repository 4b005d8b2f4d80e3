using System.Text.RegularExpressions;

namespace PmGuideSite.Lint;

/// <summary>Checks an answer against a rubric; the browser's rubric.js gives the same findings for the same text.</summary>
internal sealed class AnswerLinter
{
    private readonly IReadOnlyList<(RubricRule Rule, Regex? Pattern, Regex? When, Regex? Requires)> _rules;

    /// <summary>Compiles the rubric's patterns once.</summary>
    public AnswerLinter(Rubric rubric)
    {
        Rubric = rubric;
        _rules = rubric.Rules.Select(r => (r, Compile(r.Pattern), Compile(r.When), Compile(r.Requires))).ToList();
    }

    /// <summary>The rubric this linter applies.</summary>
    public Rubric Rubric { get; }

    /// <summary>ECMAScript mode makes \w, \d, \s and \b mean what they mean in JavaScript.</summary>
    public static Regex CreateRegex(string pattern) => new(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(2));

    /// <summary>Every finding, ordered by position, then by the rule's place in the rubric, then by length.</summary>
    public IReadOnlyList<LintFinding> Lint(string answer)
    {
        var text = LintText.Normalise(answer);
        var found = new List<(LintFinding Finding, int RuleIndex)>();
        for (var index = 0; index < _rules.Count; index++)
        {
            var (rule, pattern, when, requires) = _rules[index];
            switch (rule.Kind)
            {
                case RuleKind.Words or RuleKind.Pattern:
                    foreach (Match match in pattern!.Matches(text))
                    {
                        if (match.Length > 0)
                        {
                            var message = rule.Message.Replace("{match}", answer.Substring(match.Index, match.Length), StringComparison.Ordinal);
                            found.Add((new LintFinding(rule.Id, rule.Level, match.Index, match.Length, message), index));
                        }
                    }

                    break;
                case RuleKind.Sentence:
                    foreach (var (start, length) in LintText.Sentences(text))
                    {
                        var sentence = text.Substring(start, length);
                        if (when!.IsMatch(sentence) && !requires!.IsMatch(sentence))
                        {
                            found.Add((new LintFinding(rule.Id, rule.Level, start, length, rule.Message), index));
                        }
                    }

                    break;
                case RuleKind.Answer:
                    if (!requires!.IsMatch(text))
                    {
                        found.Add((new LintFinding(rule.Id, rule.Level, 0, 0, rule.Message), index));
                    }

                    break;
            }
        }

        return found.OrderBy(f => f.Finding.Start).ThenBy(f => f.RuleIndex).ThenBy(f => f.Finding.Length)
            .Select(f => f.Finding).ToList();
    }

    private static Regex? Compile(string? pattern) => pattern is null ? null : CreateRegex(pattern);
}
