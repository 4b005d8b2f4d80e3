using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search.Oracle;

/// <summary>The test oracle: lunr.js's serialized index (Index.toJSON), built from the generator's own term collection.</summary>
/// <remarks>The site never ships this form. Golden tests compare it byte for byte with what lunr.js writes, which proves
/// the collection (terms, term indexes, frequencies) and lunr's scoring as C# computes it.</remarks>
internal static class LunrJson
{
    /// <summary>The serialized index of the documents over the given fields, as JSON.stringify(lunr.Index) writes it.</summary>
    /// <exception cref="ArgumentException">A field name lunr cannot use or two documents sharing a ref.</exception>
    public static string Build(IReadOnlyList<LunrField> fields, IEnumerable<LunrDocument> documents, int parts = 0)
    {
        var collector = LunrIndexBuilder.Collect(fields, documents, parts);
        return LunrIndexWriter.Write(collector, LunrScorer.Score(collector));
    }
}
