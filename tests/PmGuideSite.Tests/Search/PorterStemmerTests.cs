using System.Text.Json;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>The C# stemmer must give lunr.stemmer's output for every word, quirks included.</summary>
public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("possibly", "possibl")]
    [InlineData("archaeology", "archaeolog")]
    [InlineData("agreement", "agreement")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("yearly", "yearli")]
    [InlineData("syzygy", "syzygi")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("controll", "control")]
    [InlineData("dying", "dy")]
    [InlineData("naïve", "naïv")]
    [InlineData("ab", "ab")]
    [InlineData("", "")]
    public void StemsKnownWords(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void MatchesLunrStemmerOnGeneratedVocabulary()
    {
        using var temp = new TempFolder();
        NodeTool.Run("stem-words.js", temp.File("stems.json"));

        using var stems = JsonDocument.Parse(File.ReadAllText(temp.File("stems.json")));
        var mismatches = new List<string>();
        foreach (var pair in stems.RootElement.EnumerateArray())
        {
            var word = pair[0].GetString()!;
            var expected = pair[1].GetString()!;
            var actual = PorterStemmer.Stem(word);
            if (actual != expected)
            {
                mismatches.Add($"{word}: lunr {expected}, C# {actual}");
            }
        }

        Assert.True(stems.RootElement.GetArrayLength() > 20000, "the vocabulary should hold tens of thousands of words");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} stems differ, e.g.\n{string.Join('\n', mismatches.Take(30))}");
    }
}
