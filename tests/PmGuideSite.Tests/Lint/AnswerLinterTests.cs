using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;

namespace PmGuideSite.Tests.Lint;

/// <summary>What the repository's rubric finds, where, and how the text is cut into sentences.</summary>
public sealed class AnswerLinterTests
{
    private readonly AnswerLinter _linter = new(LintTestSupport.RepositoryRubric);

    [Fact]
    public void Ownership_words_are_found_at_their_exact_position_with_the_words_as_written()
    {
        const string answer = "I led it. Then The Team and we shipped; generally fine.";
        var findings = _linter.Lint(answer).Where(f => f.RuleId == "ownership-words").ToList();
        Assert.Equal(["The Team", "we", "generally"], findings.Select(f => answer.Substring(f.Start, f.Length)));
        Assert.Equal("'The Team' hides who did the work; say what you did, with 'I'", findings[0].Message);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Level));
    }

    [Fact]
    public void Whole_words_only_and_typographic_apostrophes_count()
    {
        Assert.DoesNotContain(_linter.Lint("Western users trust owners."), f => f.RuleId == "ownership-words");
        var finding = Assert.Single(_linter.Lint("We\u2019re done."), f => f.RuleId == "ownership-words");
        Assert.Equal((0, 2), (finding.Start, finding.Length));
    }

    [Fact]
    public void A_result_sentence_without_a_number_is_marked_as_a_whole()
    {
        const string answer = "I found the cause. Conversion improved a lot.\nRevenue rose 4%.";
        var finding = Assert.Single(_linter.Lint(answer), f => f.RuleId == "result-without-number");
        Assert.Equal("Conversion improved a lot.", answer.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Answer_level_rules_need_a_baseline_a_date_a_trade_off_and_a_counter_metric()
    {
        var missing = _linter.Lint("I fixed it.").Where(f => f.Length == 0).Select(f => f.RuleId).ToList();
        Assert.Equal(["no-baseline", "no-date", "no-trade-off", "no-counter-metric", "no-named-principle"], missing);

        const string complete = "In March 2024 I moved p95 latency from 5.1 s to 1.2 s while refunds held at 1%; the trade-off was a week of delay. Dive Deep.";
        Assert.Empty(_linter.Lint(complete));
    }

    [Theory]
    [InlineData("One. Two! Three? Four", new[] { "One.", "Two!", "Three?", "Four" })]
    [InlineData("It took 1.3 s and $7.1M. Done.", new[] { "It took 1.3 s and $7.1M.", "Done." })]
    [InlineData("A wrapped\nline. Next\n\nparagraph", new[] { "A wrapped\nline.", "Next", "paragraph" })]
    [InlineData("He said \"no.\" Then left.", new[] { "He said \"no.\"", "Then left." })]
    [InlineData("   ", new string[0])]
    public void Sentences_split_at_stops_and_blank_lines_but_not_inside_numbers(string text, string[] expected)
    {
        var normalised = LintText.Normalise(text);
        Assert.Equal(expected, LintText.Sentences(normalised).Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Normalising_keeps_every_offset()
    {
        const string text = "WE\u00A0Team\u2019s\r\nX";
        var normalised = LintText.Normalise(text);
        Assert.Equal(text.Length, normalised.Length);
        Assert.Equal("we team's \nx", normalised);
    }
}
