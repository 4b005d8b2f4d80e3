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
            "{\"index\":{\"lunr\":\"2.3.9\",\"fields\":[[\"title\",10],[\"body\",1]],\"documents\":0,\"lengths\":\"\",\"terms\":0,\"chunks\":[]},\"chunks\":[]}",
            LunrIndexBuilder.BuildCompact([new("title", 10), new("body")], []));

    // "planning plans" stems to "plan" twice. Lengths: the title has no terms ('#'), the body two ('%'). Counts: 0
    // documents in title ('#'), 1 in body ('$'). Posting: document gap 0 with a repeat flag (0 × 2 + 1 = '$') and
    // frequency 2 − 2 ('#').
    [Fact]
    public void WritesCountsGapsAndFrequencies() =>
        Assert.Equal(
            "{\"index\":{\"lunr\":\"2.3.9\",\"fields\":[[\"title\",10],[\"body\",1]],\"documents\":1,\"lengths\":\"#%\",\"terms\":1,\"chunks\":[[\"plan\",\"plan\"]]},"
            + "\"chunks\":[{\"terms\":[\"plan\"],\"numbers\":\"#\",\"counts\":\"#$\",\"postings\":\"$#\"}]}",
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

    // JavaScript sorts strings by UTF-16 code units, as string.CompareOrdinal does: "9" < "_x" < "alpha" (a culture's
    // order puts "_x" first).
    [Fact]
    public void ChunksAreRunsOfTheSortedTermsThatTheMainPartNamesByFirstAndLast()
    {
        var documents = new[] { "beta alpha", "gamma delta Zeta", "alpha _x epsilon 9", "omega delta" }.Select((body, i) => Doc($"{i}", body)).ToList();

        var one = System.Text.Json.Nodes.JsonNode.Parse(LunrIndexBuilder.BuildCompact([new("body")], documents))!;
        var many = System.Text.Json.Nodes.JsonNode.Parse(LunrIndexBuilder.BuildCompact([new("body")], documents, chunkCharacters: 12))!;

        var sorted = Terms(one["chunks"]![0]!);
        Assert.Equal(["9", "_x", "alpha", "beta", "delta", "epsilon", "gamma", "omega", "zeta"], sorted);
        var chunks = many["chunks"]!.AsArray();
        Assert.True(chunks.Count >= 3, $"{chunks.Count} chunks");
        Assert.Equal(sorted, chunks.SelectMany(c => Terms(c!)));
        Assert.Equal(chunks.Count, many["index"]!["chunks"]!.AsArray().Count);
        for (var n = 0; n < chunks.Count; n++)
        {
            var range = many["index"]!["chunks"]![n]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
            Assert.Equal([Terms(chunks[n]!)[0], Terms(chunks[n]!)[^1]], range);
        }

        // The same documents give the same main part however they are chunked, but for the chunks' names.
        Assert.Equal(one["index"]!["lengths"]!.GetValue<string>(), many["index"]!["lengths"]!.GetValue<string>());
        Assert.Equal(9, many["index"]!["terms"]!.GetValue<int>());

        static List<string> Terms(System.Text.Json.Nodes.JsonNode chunk) => chunk["terms"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
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
