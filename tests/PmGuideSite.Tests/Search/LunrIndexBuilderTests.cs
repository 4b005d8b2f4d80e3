using PmGuideSite.Tests.Search.Oracle;
using System.Text.Json;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>The builder's shape and its refusals, without Node.</summary>
public sealed class LunrIndexBuilderTests
{
    private static LunrDocument Doc(string reference, string body) => new(reference, new Dictionary<string, string> { ["body"] = body });

    [Fact]
    public void EmptyIndexHasLunrsShape() =>
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}",
            LunrJson.Build([new("title", 10), new("body")], []));

    // The expected text is what lunr.js 2.3.9 writes for the same input.
    [Fact]
    public void WritesAVectorForEveryFieldOfEveryDocumentAndKeepsSlashesInRefs()
    {
        var json = LunrJson.Build([new("title", 10), new("body")], [Doc("guide/a/b", "planning plans")]);

        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],"
            + "\"fieldVectors\":[[\"title/guide/a/b\",[]],[\"body/guide/a/b\",[0,0.396]]],"
            + "\"invertedIndex\":[[\"plan\",{\"_index\":0,\"title\":{},\"body\":{\"guide/a/b\":{}}}]],\"pipeline\":[\"stemmer\"]}",
            json);
    }

    [Fact]
    public void ListsArrayIndexRefsFirstInPostingsAsJavaScriptDoes()
    {
        var json = LunrJson.Build([new("body")], [Doc("b", "risk"), Doc("10", "risk"), Doc("a", "risk"), Doc("2", "risk")]);

        using var index = JsonDocument.Parse(json);
        var posting = index.RootElement.GetProperty("invertedIndex")[0][1].GetProperty("body");
        Assert.Equal(["2", "10", "b", "a"], posting.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void RejectsDuplicateRefs() =>
        Assert.Throws<ArgumentException>(() => LunrJson.Build([new("body")], [Doc("a", "x"), Doc("a", "y")]));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void RejectsDuplicateRefsInRunsCollectedInParallel(int parts) =>
        Assert.Throws<ArgumentException>(() => LunrJson.Build([new("body")], [Doc("a", "x"), Doc("b", "y"), Doc("a", "z")], parts));

    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    public void RejectsFieldNamesLunrCannotStore(string name) =>
        Assert.Throws<ArgumentException>(() => LunrJson.Build([new(name)], []));

    [Fact]
    public void RejectsDuplicateFields() =>
        Assert.Throws<ArgumentException>(() => LunrJson.Build([new("body"), new("body", 2)], []));
}
