using PmGuideSite.Tests.Search.Oracle;
using System.Text.Json;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>Edge cases of lunr's tokenizer, trimmer and stop words that .NET's own text functions get wrong.</summary>
public sealed class LunrTokenizerTests
{
    [Fact]
    public void DottedCapitalILowersToIAndCombiningDot() =>
        Assert.Equal(["i\u0307stanbul"], LunrTokenizer.Tokenize("\u0130stanbul"));

    [Theory]
    [InlineData("\u039F\u0394\u039F\u03A3", "\u03BF\u03B4\u03BF\u03C2")]
    [InlineData("\u03A3\u0391\u03A3", "\u03C3\u03B1\u03C2")]
    [InlineData("\u03A3", "\u03C3")]
    [InlineData("\u0391\u03A3.", "\u03B1\u03C2.")]
    [InlineData("\u0391\u03A3.\u0391", "\u03B1\u03C3.\u03B1")]
    [InlineData("\u0391\u03A3\u0391", "\u03B1\u03C3\u03B1")]
    [InlineData("A\u02B0\u03A3", "a\u02B0\u03C2")]
    [InlineData("\u02B0\u03A3", "\u02B0\u03C3")]
    public void CapitalSigmaBecomesFinalOnlyAtTheEndOfAWord(string text, string lowered) =>
        Assert.Equal([lowered], LunrTokenizer.Tokenize(text));

    [Fact]
    public void NextLineIsNotASeparator() => Assert.Equal(["a\u0085b"], LunrTokenizer.Tokenize("a\u0085b"));

    [Fact]
    public void ByteOrderMarkIsASeparator() => Assert.Equal(["a", "b"], LunrTokenizer.Tokenize("a\uFEFFb"));

    [Fact]
    public void MongolianVowelSeparatorIsNotASeparator() => Assert.Equal(["a\u180Eb"], LunrTokenizer.Tokenize("a\u180Eb"));

    [Fact]
    public void SplitsOnRunsOfWhitespaceAndAsciiHyphens() =>
        Assert.Equal(["follow", "up", "a", "b", "en–dash", "non\u2011breaking"], LunrTokenizer.Tokenize(" Follow-up\t a -- b\r\nen–dash non\u2011breaking- "));

    [Fact]
    public void NullOrEmptyFieldHasNoTokens()
    {
        Assert.Empty(LunrTokenizer.Tokenize(null));
        Assert.Empty(LunrTokenizer.Tokenize(""));
        Assert.Empty(LunrTokenizer.Tokenize(" - \u3000"));
    }

    // The builder splits text before lower-casing it, token by token; that is only the same as lunr's order
    // (lower-case the field, then split) if lower-casing keeps lengths and never makes or removes a separator.
    [Fact]
    public void LowerCasingKeepsLengthAndSeparatorsOutsideTheSpecialCases()
    {
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF or 0x0130 or 0x03A3)
            {
                continue;
            }

            var text = char.ConvertFromUtf32(cp);
            var lowered = JsLowerCase.ToLower(text);
            Assert.True(lowered.Length == text.Length, $"U+{cp:X4} changes length");
            Assert.True(text.Length == 2 || LunrTokenizer.IsSeparator(text[0]) == LunrTokenizer.IsSeparator(lowered[0]), $"U+{cp:X4}");
        }
    }

    [Theory]
    [InlineData("café", "caf")]
    [InlineData("naïve", "naïve")]
    [InlineData("(hello),", "hello")]
    [InlineData("__init__", "__init__")]
    [InlineData("don't", "don't")]
    [InlineData("\u2014", "")]
    [InlineData("...", "")]
    [InlineData("\uD83D\uDE80ship\uD83D\uDE80", "ship")]
    public void TrimmerStripsAsciiNonWordCharactersAtBothEnds(string token, string trimmed) =>
        Assert.Equal(trimmed, LunrTrimmer.Trim(token));

    [Fact]
    public void StopWordListHas119Words()
    {
        Assert.Equal(119, LunrStopWords.Count);
        Assert.True(LunrStopWords.Contains("the"));
        Assert.False(LunrStopWords.Contains("stopping"));
    }

    [Fact]
    public void TokenThatTrimsToNothingIsIndexedAsTheEmptyTerm()
    {
        var json = LunrJson.Build([new("body")], [new("d", new Dictionary<string, string> { ["body"] = "plan \u2014 ..." })]);

        using var index = JsonDocument.Parse(json);
        var terms = index.RootElement.GetProperty("invertedIndex").EnumerateArray().Select(t => t[0].GetString()).ToList();
        Assert.Equal(["", "plan"], terms);

        // "plan" (term 0) is counted once and "" (term 1) twice, so "" scores higher.
        var vector = index.RootElement.GetProperty("fieldVectors")[0][1].EnumerateArray().Select(e => e.GetDouble()).ToList();
        Assert.Equal(4, vector.Count);
        Assert.True(vector[3] > vector[1]);
    }
}
