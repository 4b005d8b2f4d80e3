using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>The result store reads back to every document's own values (search-expand.js reads it the same way; the
/// golden test checks that on the real site under Node).</summary>
public sealed class SearchStoreWriterTests
{
    private static SearchDocument Doc(string kind, string title, string principle, string url, string excerpt) =>
        new(kind, title, principle, "body", url, excerpt);

    [Fact]
    public void EveryDocumentReadsBackWithItsOwnValues()
    {
        SearchDocument[] documents =
        [
            Doc("chapter", "Chapter 1: Orders", "Ownership", "chapters/one.html", "The start of the chapter…"),
            Doc("chapter", "Signals — Chapter 1: Orders", "Ownership", "chapters/one.html#signals", "Signals."),
            Doc("chapter", "Numbers — Chapter 1: Orders", "Ownership", "chapters/one.html#numbers", "Signals and numbers."),
            Doc("question", "Tell me about a \"time\"\nwhen you\r\nowned it", "", "questions/ownership.html#q-1", ""),
            Doc("question", "Rocket \uD83D\uDE80 launch", "", "questions/ownership.html#q-10", "\uD83D\uDE80 first"),
            Doc("question", "Rocket \uD83D\uDE81 launch", "Dive Deep", "questions/ownership.html#q-11", "\uD83D\uDE81 first"),
            Doc("example", "Café \\ backslash", "Dive Deep", "examples/cafe.html", "Café"),
        ];

        var store = SearchScript.Store(SearchIndexWriter.Write(documents));

        Assert.Equal(documents.Length, store.Count);
        for (var i = 0; i < documents.Length; i++)
        {
            var d = documents[i];
            Assert.Equal([d.Kind, d.Title.ReplaceLineEndings(" "), d.Principle, d.Url, d.Excerpt], store[i]);
        }
    }

    [Fact]
    public void SectionsOfOnePageRepeatNeitherTheChapterTitleNorThePageUrl()
    {
        var script = SearchIndexWriter.Write(
        [
            Doc("chapter", "Chapter 1: Orders hypothesis learned revenue", "Principle 2", "chapters/chapter-00001.html", "One."),
            Doc("chapter", "Signals in chapter 1 — Chapter 1: Orders hypothesis learned revenue", "Principle 2", "chapters/chapter-00001.html#signals", "Two."),
        ]);

        Assert.Single(AllIndexesOf(string.Concat(script.Store), "Orders hypothesis learned revenue"));
        Assert.Single(AllIndexesOf(string.Concat(script.Store), "chapters/chapter-00001.html"));
    }

    [Fact]
    public void EachBlockOfThirtyTwoDocumentsStartsInFull()
    {
        var documents = Enumerable.Range(0, 70)
            .Select(i => Doc("question", $"Question {i} — Ownership bank", "Ownership", $"questions/ownership.html#q-{i}", "Probe"))
            .ToList();

        var script = SearchIndexWriter.Write(documents);

        Assert.Equal(3, AllIndexesOf(string.Concat(script.Store), "questions/ownership.html#q-").Count);
        Assert.Equal(documents.Select(d => d.Url), SearchScript.Store(script).Select(entry => entry[3]));
    }

    [Fact]
    public void AnEmptySiteHasAnEmptyStore() => Assert.Empty(SearchScript.Store(SearchIndexWriter.Write([])));

    private static List<int> AllIndexesOf(string text, string part)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }
}
