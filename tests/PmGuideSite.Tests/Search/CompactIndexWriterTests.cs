using System.Text;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>The compact index's shape and number encoding, without Node (the golden tests expand it under Node).</summary>
public sealed class CompactIndexWriterTests
{
    private static LunrDocument Doc(string reference, string body, double boost = 1) =>
        new(reference, new Dictionary<string, string> { ["body"] = body }, boost);

    [Fact]
    public void EmptyIndexHasNoTermsAndNoSlots() =>
        Assert.Equal(
            "{\"lunr\":\"2.3.9\",\"fields\":[[\"title\",10],[\"body\",1]],\"documents\":0,\"lengths\":\"\",\"terms\":[],\"counts\":\"\",\"postings\":\"\"}",
            LunrIndexBuilder.BuildCompact([new("title", 10), new("body")], []));

    // "planning plans" stems to "plan" twice. Lengths: the title has no terms ('#'), the body two ('%'). Counts: 0
    // documents in title ('#'), 1 in body ('$'). Posting: document gap 0 with a repeat flag (0 × 2 + 1 = '$') and
    // frequency 2 − 2 ('#').
    [Fact]
    public void WritesCountsGapsAndFrequencies() =>
        Assert.Equal(
            "{\"lunr\":\"2.3.9\",\"fields\":[[\"title\",10],[\"body\",1]],\"documents\":1,\"lengths\":\"#%\",\"terms\":[\"plan\"],\"counts\":\"#$\",\"postings\":\"$#\"}",
            LunrIndexBuilder.BuildCompact([new("title", 10), new("body")], [Doc("0", "planning plans")]));

    [Fact]
    public void ListsRefsOnlyWhenTheyAreNotPositionsAndBoostsOnlyWhenOneIsNotOne()
    {
        var positional = LunrIndexBuilder.BuildCompact([new("body")], [Doc("0", "risk"), Doc("1", "plan", boost: 0)]);
        var named = LunrIndexBuilder.BuildCompact([new("body")], [Doc("0", "risk"), Doc("01", "plan")]);
        var boosted = LunrIndexBuilder.BuildCompact([new("body")], [Doc("0", "risk"), Doc("1", "plan", boost: 2.5)]);

        Assert.DoesNotContain("\"refs\"", positional, StringComparison.Ordinal);
        Assert.DoesNotContain("\"boosts\"", positional, StringComparison.Ordinal);
        Assert.Contains("\"refs\":[\"0\",\"01\"]", named, StringComparison.Ordinal);
        Assert.Contains("\"boosts\":[1,2.5]", boosted, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsInfiniteBoosts()
    {
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.BuildCompact([new("body", double.PositiveInfinity)], []));
        Assert.Throws<ArgumentException>(() => LunrIndexBuilder.BuildCompact([new("body")], [Doc("0", "x", double.NegativeInfinity)]));
    }

    // search-expand.js reads a digit as code − 35, less one more above '\' (92), and digits from 32 on continue.
    [Fact]
    public void DigitsAreTheSixtyFourCharactersTheBrowserDecodes()
    {
        Assert.Equal(64, CompactIndexWriter.Digits.Length);
        for (var i = 0; i < 64; i++)
        {
            var code = (int)CompactIndexWriter.Digits[i];
            Assert.Equal(i, code - (code > 92 ? 36 : 35));
        }

        Assert.DoesNotContain('"', CompactIndexWriter.Digits);
        Assert.DoesNotContain('\\', CompactIndexWriter.Digits);
        Assert.DoesNotContain(' ', CompactIndexWriter.Digits);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(31L)]
    [InlineData(32L)]
    [InlineData(1023L)]
    [InlineData(1024L)]
    [InlineData(4_000_000_000L)]
    [InlineData(9_007_199_254_740_991L)]
    public void NumbersReadBackAsTheBrowserReadsThem(long value)
    {
        var builder = new StringBuilder();
        CompactIndexWriter.AppendNumber(builder, value);
        var text = builder.ToString();

        long read = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var digit = text[i] - (text[i] > 92 ? 36 : 35);
            Assert.True(i == text.Length - 1 ? digit < 32 : digit >= 32, $"digit {i} of {text} for {value}");
            read = (read * 32) + (digit < 32 ? digit : digit - 32);
        }

        Assert.Equal(value, read);
    }
}
