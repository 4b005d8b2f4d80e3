using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;

namespace PmGuideSite.Tests.Lint;

/// <summary>What the repository's rubric finds, where, and how the text is cut into sentences.</summary>
public sealed class AnswerLinterTests
{
    // A plain strong answer in ordinary interview language, without the rubric's old keywords ("trade-off",
    // "counter-metric", "In <Month Year>"); each test swaps one part of it.
    private const string Situation = "Last spring I was the PM for card payments at a travel site, and checkout failures had crept up for a month. "
        + "Our team of six owned the payment page, and we had a big sale coming in five weeks, so finance was nervous.";

    private const string Actions = "I pulled the decline logs and split them by issuer and card type. Most failures came from one bank's new fraud check, "
        + "which blocked our retry requests. I had a choice between adding a second payment provider and changing our retry logic. "
        + "I picked the second, because the provider would have taken three months to contract. I wrote the spec with our tech lead, "
        + "and I called the bank's partner manager to agree a new retry window.";

    private const string Result = "Two weeks later payment success went from 91% to 96%, about 1,800 more bookings a week. "
        + "Chargebacks stayed flat at 0.3%, and support contacts about payments did not increase. "
        + "I still review the decline dashboard every Monday.";

    private static readonly string Strong = string.Join("\n\n", Situation, Actions, Result);

    private readonly AnswerLinter _linter = new(LintTestSupport.RepositoryRubric);

    private IReadOnlyList<string> Errors(string answer, LintContext? context = null) =>
        _linter.Lint(answer, context).Where(f => f.Level == Severity.Error).Select(f => f.RuleId).Distinct().ToList();

    [Fact]
    public void A_strong_answer_in_ordinary_words_passes_with_team_context_and_no_rubric_keywords()
    {
        Assert.Empty(Errors(Strong));
        Assert.Empty(_linter.Lint(Strong));
    }

    [Fact]
    public void The_keyword_stuffed_non_answer_fails_and_its_keywords_satisfy_nothing()
    {
        var errors = Errors("In March 2024 I moved it from 1 to 2. The trade-off was cost. My counter-metric was fine. Ownership.");
        Assert.Contains("trade-off", errors);
        Assert.Contains("too-short", errors);
        Assert.Contains("structure", errors);

        // The same sentences inside a real answer still name no rejected alternative and no measure that held.
        var padded = Situation + "\n\n" + "I pulled the decline logs and split them by issuer. I wrote the spec with our tech lead. The trade-off was cost. "
            + "My counter-metric was fine.\n\n" + "Payment success went from 91% to 96% in two weeks, about 1,800 more bookings a week.";
        Assert.Contains("trade-off", Errors(padded));
        Assert.Contains(_linter.Lint(padded), f => f.RuleId == "guardrail");
    }

    [Fact]
    public void We_beside_owned_actions_is_fine_but_we_doing_the_work_is_marked_where_it_stands()
    {
        const string team = "We noticed the drop in March. We pulled the logs, we found the bank's check and we changed the retry logic. "
            + "The team shipped it in a week and I presented it.";
        var answer = Situation + "\n\n" + team + "\n\n" + Result;
        var findings = _linter.Lint(answer).Where(f => f.RuleId == "ownership" && f.Length > 0).ToList();
        Assert.Equal(["We noticed", "We pulled", "we found", "we changed", "The team shipped"], findings.Select(f => answer.Substring(f.Start, f.Length)));
        Assert.Equal("'we' did more in this answer than you did", findings[0].Message);
        Assert.Equal("the team is doing the work in this answer, not you", findings[^1].Message);
    }

    [Fact]
    public void Generally_is_a_vague_word_with_its_own_message_not_an_ownership_problem()
    {
        var answer = Strong.Replace("I still review", "I generally review", StringComparison.Ordinal);
        var finding = Assert.Single(_linter.Lint(answer));
        Assert.Equal(("vague-words", Severity.Warning, "generally"), (finding.RuleId, finding.Level, answer.Substring(finding.Start, finding.Length)));
        Assert.Equal("describes what usually happens, not one time you acted", finding.Message);
    }

    [Theory]
    [InlineData("I had a choice between adding a second payment provider and changing our retry logic.", "I weighed two options: a second payment provider or new retry logic.")]
    [InlineData("I had a choice between adding a second payment provider and changing our retry logic.", "My director wanted a second payment provider; I argued for new retry logic instead.")]
    public void A_trade_off_is_any_rejected_alternative_however_phrased(string original, string replacement)
    {
        var answer = Strong.Replace(original, replacement, StringComparison.Ordinal).Replace("I picked the second, because the provider would have taken three months to contract. ", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("trade-off", Errors(answer));
        var none = Strong.Replace(original, "I looked at the retry logic.", StringComparison.Ordinal).Replace("I picked the second, because the provider would have taken three months to contract. ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("trade-off", Errors(none));
    }

    [Theory]
    [InlineData("Chargebacks stayed flat at 0.3%.")]
    [InlineData("Support contacts about payments did not increase.")]
    [InlineData("Refund rate held at 1.1% throughout.")]
    public void A_guardrail_is_any_second_measure_that_held(string guardrail)
    {
        var answer = Strong.Replace("Chargebacks stayed flat at 0.3%, and support contacts about payments did not increase. ", guardrail + " ", StringComparison.Ordinal);
        Assert.DoesNotContain(_linter.Lint(answer), f => f.RuleId == "guardrail");
    }

    [Theory]
    [InlineData("Last spring")]
    [InlineData("Two years ago")]
    [InlineData("In 2023")]
    [InlineData("In March 2024")]
    public void A_time_anchor_in_any_common_form_satisfies_the_warning(string anchor)
    {
        var answer = Strong.Replace("Last spring", anchor, StringComparison.Ordinal);
        Assert.DoesNotContain(_linter.Lint(answer), f => f.RuleId == "time-anchor");
        var undated = Strong.Replace("Last spring ", string.Empty, StringComparison.Ordinal).Replace("Two weeks later p", "P", StringComparison.Ordinal);
        var finding = Assert.Single(_linter.Lint(undated), f => f.RuleId == "time-anchor");
        Assert.Equal(Severity.Warning, finding.Level);
    }

    [Fact]
    public void Results_are_checked_claim_by_claim_and_a_closing_sentence_about_the_result_is_fine()
    {
        var answer = Strong + " Conversion improved and refunds fell by 0.2 points. The result was a calmer sale week for everyone.";
        var finding = Assert.Single(_linter.Lint(answer), f => f.RuleId == "result-without-number");
        Assert.Equal("Conversion improved and refunds", answer.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void A_hypothetical_answer_fails()
    {
        const string answer = "If I were in that situation, I would first look at the decline logs and I would split them by issuer. "
            + "Then I would talk to the bank, and I'd weigh a second provider against changing the retry logic. "
            + "You want to keep an eye on chargebacks too, because they could rise. I will make sure finance is in the loop, "
            + "and I would measure payment success before and after, aiming for something like a 5% lift from a 91% baseline. "
            + "I would expect support contacts not to increase. After the sale I would write up what we learned for the team, "
            + "so that the next launch goes better, and I would share the dashboard with the other product managers so they can reuse it.";
        Assert.Contains("hypothetical", Errors(answer));
    }

    [Fact]
    public void An_answer_over_450_words_fails_for_length()
    {
        var rambling = Strong + "\n\n" + string.Join(" ", Enumerable.Repeat("I also met the partner manager again to talk through the retry window.", 40));
        Assert.Contains("too-long", Errors(rambling));
    }

    [Fact]
    public void Question_rules_apply_only_when_the_question_is_known()
    {
        var question = new LintContext("Tell me about a time you disagreed with your manager.", "L5");
        Assert.Empty(Errors(Strong));
        Assert.Equal(["fits-disagreement"], Errors(Strong, question));
        var disagreeing = Strong.Replace("I picked the second,", "My manager wanted the provider; I disagreed and made the case for the retry fix,", StringComparison.Ordinal);
        Assert.Empty(Errors(disagreeing, question));
        Assert.Contains(LintTestSupport.RepositoryRubric.Rules, r => r.Id == "level-scope" && !r.AppliesTo(question) && r.AppliesTo(question with { Level = "L6" }));
        Assert.Contains(LintTestSupport.RepositoryRubric.Rules, r => r.Id == "level-scope-l7" && !r.AppliesTo(question with { Level = "L6" }) && r.AppliesTo(question with { Level = "L7" }));
    }

    [Fact]
    public void One_team_scope_is_an_error_at_L7_and_advice_at_L6()
    {
        var asked = new LintContext("Tell me about a time you fixed a problem before it hurt customers.", "L6");
        Assert.Empty(Errors(Strong, asked));
        Assert.Equal(["level-scope-l7"], Errors(Strong, asked with { Level = "L7" }));
        var wider = Strong.Replace("Our team of six owned the payment page", "I led the four product teams that owned checkout", StringComparison.Ordinal);
        Assert.Empty(Errors(wider, asked with { Level = "L7" }));
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
    public void Normalising_keeps_every_offset_and_words_are_runs_of_non_spaces()
    {
        const string text = "WE\u00A0Team\u2019s\r\nX";
        var normalised = LintText.Normalise(text);
        Assert.Equal(text.Length, normalised.Length);
        Assert.Equal("we team's  x", normalised);
        Assert.Equal(3, LintText.CountWords(normalised, 0, normalised.Length));
        Assert.Equal("a\n\nb  \n \nc d", LintText.Normalise("a\n\nb \r\n \nc\nd"));
    }

    [Fact]
    public void Phrases_match_across_a_hard_line_break_and_a_blank_line_still_ends_a_sentence()
    {
        // An answer pasted from an editor that wraps lines: "their fault" and "out of my hands" break across lines.
        const string wrapped = "It was their\nfault, and it was out of\r\nmy hands.\n\nNext";
        var blame = new AnswerLinter(LintTestSupport.RepositoryRubric).Lint(wrapped).Where(f => f.RuleId == "blame").ToList();
        Assert.Equal(["their\nfault", "out of\r\nmy hands"], blame.Select(f => wrapped.Substring(f.Start, f.Length)));
        Assert.Equal(["It was their\nfault, and it was out of\r\nmy hands.", "Next"],
            LintText.Sentences(LintText.Normalise(wrapped)).Select(s => wrapped.Substring(s.Start, s.Length)));
    }
}
