using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PmGuideSite.Lint;

/// <summary>Checks an answer against a rubric; the browser's rubric.js gives the same findings for the same text.</summary>
/// <remarks>Every step is one pass over the text or its sentences, and the loader refuses patterns that could backtrack
/// without bound (<see cref="RubricPatterns.Problem"/>), so the time grows with the answer's length, not faster.</remarks>
internal sealed class AnswerLinter
{
    // Answers longer than this use patterns compiled to IL where the runtime can (not under Native AOT): compiling
    // costs more than a short answer takes to lint, and saves several times that on a long one.
    private const int LongAnswer = 64 * 1024;

    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly Lazy<IReadOnlyList<CompiledRule>> _compiledRules;

    /// <summary>Parses the rubric's patterns once; <paramref name="compileForLongAnswers"/> false keeps the interpreter
    /// for every answer, as under Native AOT (the benchmark measures both).</summary>
    public AnswerLinter(Rubric rubric, bool compileForLongAnswers = true)
    {
        Rubric = rubric;
        _rules = Build(rubric, RegexOptions.None);
        _compiledRules = new(() => compileForLongAnswers && RuntimeFeature.IsDynamicCodeCompiled ? Build(rubric, RegexOptions.Compiled) : _rules);
    }

    /// <summary>The rubric this linter applies.</summary>
    public Rubric Rubric { get; }

    /// <summary>ECMAScript mode makes \w, \d, \s and \b mean what they mean in JavaScript.</summary>
    public static Regex CreateRegex(string pattern) => CreateRegex(pattern, RegexOptions.None);

    /// <summary>Every finding, ordered by position, then by the rule's place in the rubric, then by length.</summary>
    public IReadOnlyList<LintFinding> Lint(string answer, LintContext? context = null)
    {
        var rules = answer.Length > LongAnswer ? _compiledRules.Value : _rules;
        var text = LintText.Normalise(answer);
        var sentences = LintText.Sentences(text);
        var found = new List<(LintFinding Finding, int RuleIndex)>();
        for (var index = 0; index < rules.Count; index++)
        {
            var rule = rules[index];
            if (!rule.Rule.AppliesTo(context))
            {
                continue;
            }

            void Add(int start, int length, string message) => found.Add((new LintFinding(rule.Rule.Id, rule.Rule.Level, start, length, message), index));
            switch (rule.Rule.Kind)
            {
                case RuleKind.Words:
                    var listed = new List<(int Start, int Length, string Message)>();
                    for (var list = 0; list < rule.Lists.Count; list++)
                    {
                        listed.AddRange(NonEmptyMatches(rule.Lists[list], text, 0).Select(m => (m.Start, m.Length, rule.Rule.Lists[list].Message)));
                    }

                    // min_count: some words are fine once (a principle named at the close) and a problem in bulk.
                    if (listed.Count >= rule.Rule.MinWords)
                    {
                        foreach (var (start, length, message) in listed)
                        {
                            Add(start, length, message);
                        }
                    }

                    break;
                case RuleKind.Balance:
                    Balance(rule, text, Add);
                    break;
                case RuleKind.Claims:
                    foreach (var (start, length) in sentences)
                    {
                        Claims(rule, text, start, length, Add);
                    }

                    break;
                case RuleKind.Evidence:
                    if (!sentences.Any(s => HoldsEvidence(rule, text.Substring(s.Start, s.Length))))
                    {
                        Add(0, 0, rule.Rule.Message);
                    }

                    break;
                case RuleKind.Length:
                    var words = LintText.CountWords(text, 0, text.Length);
                    if ((rule.Rule.MinWords > 0 && words < rule.Rule.MinWords) || (rule.Rule.MaxWords > 0 && words > rule.Rule.MaxWords))
                    {
                        Add(0, 0, rule.Rule.Message);
                    }

                    break;
                case RuleKind.Parts:
                    for (var part = 0; part < rule.Parts.Count; part++)
                    {
                        var spec = rule.Rule.Parts[part];
                        var from = (int)((long)text.Length * spec.FromPercent / 100);
                        var to = (int)((long)text.Length * spec.ToPercent / 100);
                        var first = NonEmptyMatches(rule.Parts[part], text, from).Select(m => m.Start).DefaultIfEmpty(-1).First();
                        if (first < 0 || first >= to)
                        {
                            Add(0, 0, spec.Message);
                        }
                    }

                    break;
            }
        }

        return found.OrderBy(f => f.Finding.Start).ThenBy(f => f.RuleIndex).ThenBy(f => f.Finding.Length)
            .Select(f => f.Finding).ToList();
    }

    // The candidate's actions against the listed words: too few actions is one finding about the answer; more listed
    // words than actions marks every listed word. Team words beside enough owned actions are fine.
    private static void Balance(CompiledRule rule, string text, Action<int, int, string> add)
    {
        var mine = NonEmptyMatches(rule.Pattern!, text, 0).Count();
        var against = new List<(int Start, int Length, string Message)>();
        for (var list = 0; list < rule.Lists.Count; list++)
        {
            against.AddRange(NonEmptyMatches(rule.Lists[list], text, 0).Select(m => (m.Start, m.Length, rule.Rule.Lists[list].Message)));
        }

        if (mine < rule.Rule.MinWords)
        {
            add(0, 0, rule.Rule.Message);
        }

        if (against.Count > mine)
        {
            foreach (var (start, length, message) in against)
            {
                add(start, length, message);
            }
        }
    }

    // Each claim owns the stretch of its sentence from the previous claim's end to the next claim's start, so
    // "conversion improved and churn fell 2%" checks "conversion improved" apart from "fell 2%".
    private static void Claims(CompiledRule rule, string text, int sentenceStart, int sentenceLength, Action<int, int, string> add)
    {
        var sentence = text.Substring(sentenceStart, sentenceLength);
        var claims = NonEmptyMatches(rule.Pattern!, sentence, 0).ToList();
        for (var k = 0; k < claims.Count; k++)
        {
            var from = k == 0 ? 0 : claims[k - 1].Start + claims[k - 1].Length;
            var to = k == claims.Count - 1 ? sentence.Length : claims[k + 1].Start;
            if (!rule.Requires!.IsMatch(sentence.Substring(from, to - from)))
            {
                var (start, length) = LintText.Trim(sentence, from, to);
                add(sentenceStart + start, length, rule.Rule.Message);
            }
        }
    }

    private static bool HoldsEvidence(CompiledRule rule, string sentence) =>
        rule.Pattern!.IsMatch(sentence) && LintText.CountWords(sentence, 0, sentence.Length) >= rule.Rule.MinWords
        && (rule.Requires is null || rule.Requires.IsMatch(sentence));

    private static IEnumerable<(int Start, int Length)> NonEmptyMatches(Regex regex, string text, int from)
    {
        for (var match = regex.Match(text, from); match.Success; match = match.NextMatch())
        {
            if (match.Length > 0)
            {
                yield return (match.Index, match.Length);
            }
        }
    }

    private static Regex CreateRegex(string pattern, RegexOptions extra) => new(pattern, RegexOptions.ECMAScript | extra, TimeSpan.FromSeconds(2));

    private static IReadOnlyList<CompiledRule> Build(Rubric rubric, RegexOptions extra)
    {
        Regex? Compile(string? pattern) => pattern is null ? null : CreateRegex(pattern, extra);
        return rubric.Rules.Select(r => new CompiledRule(
            r, Compile(r.Pattern), Compile(r.Requires), r.Lists.Select(l => CreateRegex(l.Pattern, extra)).ToList(), r.Parts.Select(p => CreateRegex(p.Pattern, extra)).ToList())).ToList();
    }

    private sealed record CompiledRule(RubricRule Rule, Regex? Pattern, Regex? Requires, IReadOnlyList<Regex> Lists, IReadOnlyList<Regex> Parts);
}
