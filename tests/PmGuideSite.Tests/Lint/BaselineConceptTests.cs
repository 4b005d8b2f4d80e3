using PmGuideSite.Lint;

namespace PmGuideSite.Tests.Lint;

/// <summary>
/// The baseline rule reads a comparison in whatever form it takes, and an end state alone is not one. The sentences
/// are written for this test, not taken from the corpus: they check the rule's concept rather than one writer's words.
/// </summary>
public sealed class BaselineConceptTests
{
    private static readonly AnswerLinter s_linter = new(LintTestSupport.RepositoryRubric);

    [Theory]
    [InlineData("Conversion rose 12% in the first month.")]
    [InlineData("It was a 7-point lift on the old flow.")]
    [InlineData("Before, a refund took nine days; now it takes four.")]
    [InlineData("Prior to the change we answered 60% of tickets within a day, and afterwards 85%.")]
    [InlineData("I cut churn by a third within two quarters.")]
    [InlineData("Nine days became four.")]
    [InlineData("The new flow beat the control by 4 points.")]
    [InlineData("We went from answering 200 requests a month to 1,200.")]
    [InlineData("Median time to quote is now 3 minutes, where it used to be 20.")]
    [InlineData("The default rate was 2.9%, against 3.4% on the manual book.")]
    [InlineData("Sign-ups grew threefold in six weeks.")]
    [InlineData("Load time is 1.2 seconds now, down from 4.")]
    [InlineData("Errors dropped 80 percent in a month.")]
    [InlineData("We hit 1,400 loans a month, seven times the old volume.")]
    [InlineData("Our 90-day retention improved 6 points on the prior cohort.")]
    [InlineData("We launched in nine months, not six, and signed about 140 customers, roughly 60% of the target.")]
    [InlineData("Three of her first five docs had been sent back; over the next two quarters, none were.")]
    [InlineData("Page load was 4 seconds when I started and 1.1 seconds at launch.")]
    public void A_comparison_in_any_common_form_is_a_baseline(string sentence) =>
        Assert.DoesNotContain(s_linter.Lint(sentence), f => f.RuleId == "baseline");

    [Theory]
    [InlineData("Quote errors are down to 1%.")]
    [InlineData("After launch, NPS reached 52 and 81% of claimants opened the tracker.")]
    [InlineData("By the end of the term we had 12,000 sign-ups and 3,400 of them booked a paid lesson.")]
    [InlineData("Check-in took about ninety seconds and 78 percent of patients used their own phones.")]
    [InlineData("Spend was $1.1 million a month, and 70% of compute was on committed-use pricing.")]
    [InlineData("It saved about $110,000 a year and roughly 1,500 hours.")]
    [InlineData("Six months in it grew to 2,400 quotes a month and about $600,000 in freight.")]
    [InlineData("We rolled it out to all twenty-three clinics in two months.")]
    [InlineData("It became one of the three businesses the CEO talks about, after a strong previous year.")]
    [InlineData("Conversion rose to 14% and we kept 3 of the engineers.")]
    public void An_end_state_alone_is_not_a_baseline(string sentence) =>
        Assert.Contains(s_linter.Lint(sentence), f => f.RuleId == "baseline");
}
