using PmGuideSite.Pages;

namespace PmGuideSite.Tests;

/// <summary>The short form of a question that an example page's chip shows.</summary>
public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("Tell me about a goal you missed.", "Tell me about a goal you missed")]
    [InlineData("How would you price a premium tier?", "How would you price a premium tier?")]
    [InlineData("Tell me about a time you had to dig into data to find the root cause of a problem that mattered.",
        "Tell me about a time you had to dig into data to find the root cause of…")]
    public void A_question_is_cut_at_a_whole_word_and_loses_its_full_stop(string text, string expected)
    {
        var shortened = QuestionText.Shorten(text);
        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= QuestionText.ShortLength);
    }

    [Fact]
    public void One_overlong_word_is_cut_where_it_is()
    {
        Assert.Equal(new string('x', 9) + "…", QuestionText.Shorten(new string('x', 30), 10));
    }
}
