using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>What the shipped content's search documents show and index.</summary>
public sealed class SearchDocumentCollectorTests
{
    [Fact]
    public void A_chapter_with_several_principles_shows_them_apart_and_indexes_their_names()
    {
        var (result, documents) = ShippedSearch.Build();

        var names = result.Content.Principles.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var chapter = documents.First(d => d.Kind == "chapter" && d.Principle.Contains(SearchDocument.PrincipleSeparator, StringComparison.Ordinal));
        var shown = chapter.Principle.Split(SearchDocument.PrincipleSeparator);
        Assert.True(shown.Length >= 2, chapter.Principle);
        Assert.All(shown, name => Assert.Contains(name, names));

        // lunr indexes the names only: the separator would be a token of its own (an empty term once lunr's trimmer
        // has run) and would count in the field's length, which scores use.
        Assert.Equal(string.Join(' ', shown), SearchIndexWriter.LunrDocuments([chapter])[0].Fields["principle"]);
    }
}
