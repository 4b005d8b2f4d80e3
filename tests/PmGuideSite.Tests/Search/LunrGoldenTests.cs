using PmGuideSite.Tests.Search.Oracle;
using System.Text.Json;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>The C# builder's index must be the one lunr.js builds, character for character, and rank the same.</summary>
public sealed class LunrGoldenTests
{
    public static TheoryData<string> CaseNames => new(LunrGoldenCases.Names);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void SerializedIndexIsIdenticalToLunrJs(string caseName)
    {
        var testCase = LunrGoldenCases.Get(caseName);
        using var temp = new TempFolder();
        var (expected, actual) = BuildBoth(testCase, temp);

        LongText.AssertSame(expected, actual);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("synthetic")]
    public void QueriesRankIdenticallyOnBothIndexes(string caseName)
    {
        var testCase = LunrGoldenCases.Get(caseName);
        using var temp = new TempFolder();
        BuildBoth(testCase, temp);
        File.WriteAllText(temp.File("queries.json"), TestJson.Strings(LunrGoldenCases.Queries));

        NodeTool.Run("run-queries.js", temp.File("lunr.json"), temp.File("csharp.json"), temp.File("queries.json"), temp.File("results.json"));

        using var results = JsonDocument.Parse(File.ReadAllText(temp.File("results.json")));
        var withHits = 0;
        foreach (var result in results.RootElement.EnumerateArray())
        {
            var query = result.GetProperty("query").GetString();
            var fromLunr = result.GetProperty("a").GetRawText();
            var fromCSharp = result.GetProperty("b").GetRawText();
            Assert.True(fromLunr == fromCSharp, $"query '{query}': lunr.js index gives {fromLunr}, C# index gives {fromCSharp}");
            if (result.GetProperty("a").ValueKind == JsonValueKind.Array && result.GetProperty("a").GetArrayLength() > 0)
            {
                withHits++;
            }
        }

        Assert.Equal(LunrGoldenCases.Queries.Length, results.RootElement.GetArrayLength());

        // Equal empty answers would prove nothing: most queries must find something.
        Assert.True(withHits >= 30, $"only {withHits} queries found documents");
    }

    [Fact]
    public void IndexIsDeterministic()
    {
        var testCase = LunrGoldenCases.Get("main");
        var first = LunrJson.Build(testCase.Fields, testCase.Documents);
        var second = LunrJson.Build(testCase.Fields, testCase.Documents.ToList());

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void RunsOfDocumentsCollectedInParallelGiveTheSameIndex(string caseName)
    {
        // A large site's index is collected in parallel runs of documents and joined (LunrTermCollector.Append).
        var testCase = LunrGoldenCases.Get(caseName);
        var whole = LunrJson.Build(testCase.Fields, testCase.Documents, parts: 1);
        var compact = LunrIndexBuilder.BuildCompact(testCase.Fields, testCase.Documents, parts: 1);
        foreach (var parts in new[] { 2, 3, 7, 1000 })
        {
            LongText.AssertSame(whole, LunrJson.Build(testCase.Fields, testCase.Documents, parts));
            LongText.AssertSame(compact, LunrIndexBuilder.BuildCompact(testCase.Fields, testCase.Documents, parts));
        }
    }

    /// <summary>Builds the case with lunr.js (lunr.json) and in C# (csharp.json); returns both texts.</summary>
    internal static (string Expected, string Actual) BuildBoth(LunrCase testCase, TempFolder temp)
    {
        File.WriteAllText(temp.File("input.json"), testCase.ToInputJson());
        NodeTool.Run("build-index.js", temp.File("input.json"), temp.File("lunr.json"));
        var actual = LunrJson.Build(testCase.Fields, testCase.Documents);
        File.WriteAllText(temp.File("csharp.json"), actual);
        return (File.ReadAllText(temp.File("lunr.json")), actual);
    }
}
