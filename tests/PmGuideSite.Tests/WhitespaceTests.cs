using PmGuideSite.Text;

namespace PmGuideSite.Tests;

/// <summary>Search excerpts collapse only the start of a text; that start must be the start of the whole collapse.</summary>
public sealed class WhitespaceTests
{
    [Fact]
    public void Collapsing_at_most_n_characters_gives_the_first_n_of_the_whole_collapse()
    {
        var random = new Random(20261126);
        const string alphabet = "ab \t\n\u00a0\u2003c";
        for (var round = 0; round < 2_000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var whole = Whitespace.Collapse(text);
            for (var max = 0; max <= whole.Length + 1; max++)
            {
                Assert.Equal(whole[..Math.Min(max, whole.Length)], Whitespace.Collapse(text, max));
            }
        }
    }
}
