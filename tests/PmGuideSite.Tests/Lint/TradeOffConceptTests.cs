using PmGuideSite.Lint;

namespace PmGuideSite.Tests.Lint;

/// <summary>
/// The trade-off rule reads any rejected alternative, however it is said. The sentences are written for this test,
/// not taken from the corpus, so they check the rule's concept rather than one writer's words.
/// </summary>
public sealed class TradeOffConceptTests
{
    private static readonly AnswerLinter s_linter = new(LintTestSupport.RepositoryRubric);

    [Theory]
    [InlineData("I went with manual review even though it meant slower payouts for a month.")]
    [InlineData("The other route was to rebuild the whole flow, which would have taken a quarter.")]
    [InlineData("I picked speed over polish for the first release of the tool.")]
    [InlineData("We gave up two weeks of roadmap to do it properly.")]
    [InlineData("Plan B was a vendor, and I ruled it out because of the cost.")]
    [InlineData("I kept the old checkout alive for enterprise customers, which cost us two months.")]
    [InlineData("I left the dashboard out of the first version to hit the date.")]
    [InlineData("I shelved the redesign so the team could fix the data first.")]
    [InlineData("The cost was that two enterprise customers had to wait a quarter.")]
    [InlineData("I accepted a lower margin to keep the customer on the platform.")]
    [InlineData("Either we fixed the data first or we hit the date, and I chose the data.")]
    [InlineData("I said we would launch without the integration and add it later.")]
    [InlineData("I pushed the bulk-upload feature back a quarter to make room.")]
    [InlineData("Sales wanted a custom build for the client, and I said we would not do it.")]
    [InlineData("I had to decide between a quick patch and a proper fix, and took the fix.")]
    [InlineData("I could have escalated, but I wanted the team to own the decision.")]
    [InlineData("Doing the migration first meant the new pricing page slipped to June.")]
    [InlineData("I held back the launch by a week to finish the accessibility work.")]
    public void A_rejected_alternative_in_any_common_form_is_a_trade_off(string sentence) =>
        Assert.DoesNotContain(s_linter.Lint(sentence), f => f.RuleId == "trade-off");

    [Theory]
    [InlineData("We looked at new versus returning users across every platform.")]
    [InlineData("I wrote the spec and the engineers built it in four weeks.")]
    [InlineData("The trade-off was cost.")]
    [InlineData("Although it was hard, I really treated the project as my own.")]
    [InlineData("I treated the project as my own even though I hadn't started it.")]
    public void A_comparison_of_segments_a_plain_task_or_the_bare_word_is_not_a_trade_off(string sentence) =>
        Assert.Contains(s_linter.Lint(sentence), f => f.RuleId == "trade-off");
}
