using PmGuideSite.Search;
using System.Runtime.CompilerServices;
using System.Text;

namespace PmGuideSite.Tests.Search.Oracle;

/// <summary>Serializes collected terms and scores in the exact shape and key order of JSON.stringify(lunr.Index).</summary>
internal static class LunrIndexWriter
{
    private const string IndexKey = "_index";

    /// <summary>The JSON text lunr.js would produce for the same index.</summary>
    public static string Write(LunrTermCollector collector, double[] scores)
    {
        var builder = new StringBuilder(EstimateLength(collector));
        builder.Append("{\"version\":\"2.3.9\",\"fields\":[");
        for (var field = 0; field < collector.Fields.Count; field++)
        {
            builder.Append(field == 0 ? "" : ",");
            JsJsonString.AppendQuoted(builder, collector.Fields[field].Name);
        }

        builder.Append("],\"fieldVectors\":[");
        WriteFieldVectors(builder, collector, scores);
        builder.Append("],\"invertedIndex\":[");
        WriteInvertedIndex(builder, collector);
        builder.Append("],\"pipeline\":[\"stemmer\"]}");
        return builder.ToString();
    }

    // ["field/ref",[termIndex,score,…]] for every (document, field), documents in the order added.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteFieldVectors(StringBuilder builder, LunrTermCollector collector, double[] scores)
    {
        var fieldCount = collector.Fields.Count;
        var terms = collector.PairTerms;
        for (var slot = 0; slot < collector.SlotCount; slot++)
        {
            builder.Append(slot == 0 ? "[\"" : ",[\"");
            JsJsonString.AppendEscaped(builder, collector.Fields[slot % fieldCount].Name);
            builder.Append('/');
            JsJsonString.AppendEscaped(builder, collector.Refs[slot / fieldCount]);
            builder.Append("\",[");
            var (start, end) = collector.SlotPairs(slot);
            for (var pair = start; pair < end; pair++)
            {
                builder.Append(pair == start ? "" : ",").Append(terms[pair]).Append(',');
                JsNumberFormat.Append(builder, scores[pair]);
            }

            builder.Append("]]");
        }
    }

    // ["term",{"_index":n,"field":{"ref":{},…},…}] for every term in code-unit order, which Index.load requires.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteInvertedIndex(StringBuilder builder, LunrTermCollector collector)
    {
        var sorted = collector.Terms.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Text, b.Text));
        var postingKeys = PostingKeyOrder(collector.Fields);
        var fieldCount = collector.Fields.Count;

        // Refs are written once per posting, so each is escaped once. Postings are collected as key ranks (the
        // JavaScript key order) and sorted only when some ref is an array index.
        var documentByRank = JsPropertyOrder.Order(collector.Refs);
        var rankOfDocument = new int[documentByRank.Length];
        var reordered = false;
        var entryByRank = new string[documentByRank.Length];
        for (var rank = 0; rank < documentByRank.Length; rank++)
        {
            var document = documentByRank[rank];
            rankOfDocument[document] = rank;
            reordered |= document != rank;
            entryByRank[rank] = JsJsonString.Quote(collector.Refs[document]) + ":{}";
        }

        var ranks = new int[Math.Max(1, documentByRank.Length)];
        for (var t = 0; t < sorted.Length; t++)
        {
            var term = sorted[t];
            builder.Append(t == 0 ? "[" : ",[");
            JsJsonString.AppendQuoted(builder, term.Text);
            builder.Append(",{");
            for (var k = 0; k < postingKeys.Length; k++)
            {
                builder.Append(k == 0 ? "" : ",");
                var field = postingKeys[k];
                if (field < 0)
                {
                    builder.Append('"').Append(IndexKey).Append("\":").Append(term.Index);
                    continue;
                }

                JsJsonString.AppendQuoted(builder, collector.Fields[field].Name);
                builder.Append(":{");
                var count = 0;
                foreach (var slot in term.Postings)
                {
                    if (slot % fieldCount == field)
                    {
                        ranks[count++] = rankOfDocument[slot / fieldCount];
                    }
                }

                if (reordered)
                {
                    ranks.AsSpan(0, count).Sort();
                }

                for (var i = 0; i < count; i++)
                {
                    builder.Append(i == 0 ? "" : ",").Append(entryByRank[ranks[i]]);
                }

                builder.Append('}');
            }

            builder.Append("}]");
        }
    }

    // A posting object gets "_index" first and then one key per field, so a field named like an array index
    // moves ahead of "_index"; -1 stands for "_index".
    private static int[] PostingKeyOrder(IReadOnlyList<LunrField> fields)
    {
        var keys = new List<string> { IndexKey };
        foreach (var field in fields)
        {
            keys.Add(field.Name);
        }

        var order = JsPropertyOrder.Order(keys);
        for (var i = 0; i < order.Length; i++)
        {
            order[i]--;
        }

        return order;
    }

    // Close to the final length, so the builder rarely grows: each pair is written once as a vector entry
    // ("12,3.456,") and once as a posting ("\"ref\":{},"), about 20 characters besides the ref.
    private static int EstimateLength(LunrTermCollector collector)
    {
        long averageRef = 0;
        foreach (var reference in collector.Refs)
        {
            averageRef += reference.Length;
        }

        averageRef = collector.Refs.Count == 0 ? 0 : averageRef / collector.Refs.Count;
        var pairs = (long)collector.PairTerms.Length;
        var estimate = 256 + (pairs * (averageRef + 20)) + (collector.Terms.Count * 40L);
        return (int)Math.Min(estimate, int.MaxValue / 4);
    }
}
