using PmGuideSite.Search;
using System.Runtime.CompilerServices;

namespace PmGuideSite.Tests.Search.Oracle;

/// <summary>lunr's BM25 field-vector scores, computed with lunr's formula, operation order and rounding.</summary>
internal static class LunrScorer
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The score of every term-frequency pair in the collector, parallel to its pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Score(LunrTermCollector collector)
    {
        var documentCount = collector.Refs.Count;
        var fieldCount = collector.Fields.Count;
        var scores = new double[collector.PairTerms.Length];
        if (documentCount == 0)
        {
            return scores;
        }

        // Every document has every field, so lunr's "documents with field" is the document count.
        var averageLength = new double[fieldCount];
        var fieldBoost = new double[fieldCount];
        for (var field = 0; field < fieldCount; field++)
        {
            averageLength[field] = collector.FieldLengths[field] / (double)documentCount;
            fieldBoost[field] = BoostOrOne(collector.Fields[field].Boost);
        }

        var idf = InverseDocumentFrequencies(collector.Terms, documentCount);
        var terms = collector.PairTerms;
        var frequencies = collector.PairFrequencies;
        for (var slot = 0; slot < collector.SlotCount; slot++)
        {
            var field = slot % fieldCount;
            var documentBoost = BoostOrOne(collector.DocumentBoosts[slot / fieldCount]);
            double fieldLength = collector.SlotLength(slot);
            var (start, end) = collector.SlotPairs(slot);
            for (var pair = start; pair < end; pair++)
            {
                double tf = frequencies[pair];

                // Written as lunr writes it: floating-point results depend on the order of operations.
                var score = idf[terms[pair]] * ((K1 + 1) * tf) / ((K1 * (1 - B + (B * (fieldLength / averageLength[field])))) + tf);
                score *= fieldBoost[field];
                score *= documentBoost;
                scores[pair] = JsMath.Round(score * 1000) / 1000;
            }
        }

        return scores;
    }

    // lunr.idf: documentsWithTerm counts (document, field) pairs.
    private static double[] InverseDocumentFrequencies(List<LunrTerm> terms, int documentCount)
    {
        var idf = new double[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            var withTerm = terms[i].PostingCount;
            var x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
            idf[i] = JsMath.Log(1 + Math.Abs(x));
        }

        return idf;
    }

    // lunr reads boosts as `boost || 1`, so 0 and NaN mean "no boost".
    private static double BoostOrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}
