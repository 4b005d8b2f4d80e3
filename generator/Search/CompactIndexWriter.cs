using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PmGuideSite.Search;

/// <summary>
/// Writes collected terms as the compact index that <c>theme/assets/js/search-expand.js</c> turns into the lunr.Index
/// lunr.js would build: term frequencies instead of scores (the browser scores them with lunr's own arithmetic),
/// document numbers instead of refs, and the postings as base-32 digit strings. lunr's field vectors are not written:
/// every (term, document, field) frequency is in the postings, and the browser scores only the terms a query reads.
/// </summary>
/// <remarks>
/// The JSON object has: <c>lunr</c> (the version), <c>fields</c> ([name, boost] in lunr's field order),
/// <c>documents</c> (the count), <c>refs</c> (only when a ref is not its document's position in decimal),
/// <c>boosts</c> (document boosts, only when one is not 1), <c>lengths</c> (the number of terms in each document's
/// fields, document by document and field by field in lunr's order, for lunr's field lengths and their averages),
/// <c>terms</c> (in term-index order), <c>counts</c> (per term, how many documents hold it in each field) and
/// <c>postings</c> (per term, those documents field by field, each as its gap × 2 + 1 when the term occurs more than
/// once there, followed by the frequency − 2). A gap is the difference from the previous number minus one, starting
/// from −1. Postings are separated by spaces; every number ends with its last digit, so lengths and counts need no
/// separator.
/// </remarks>
internal static class CompactIndexWriter
{
    /// <summary>The first 32 digits end a number; the next 32 carry more digits. '"' and '\' are not among them.</summary>
    public const string Digits = "#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abc";

    /// <summary>Appends the compact index of the collected documents, as a JSON object, to <paramref name="builder"/>.</summary>
    public static StringBuilder Append(StringBuilder builder, LunrTermCollector collector)
    {
        var fieldCount = collector.Fields.Count;
        builder.Append("{\"lunr\":\"2.3.9\",\"fields\":[");
        for (var field = 0; field < fieldCount; field++)
        {
            builder.Append(field == 0 ? "[" : ",[");
            JsJsonString.AppendQuoted(builder, collector.Fields[field].Name);
            builder.Append(',');
            JsNumberFormat.Append(builder, Boost(collector.Fields[field].Boost));
            builder.Append(']');
        }

        builder.Append("],\"documents\":").Append(collector.Refs.Count);
        WriteRefsAndBoosts(builder, collector);
        builder.Append(",\"lengths\":\"");
        for (var slot = 0; slot < collector.SlotCount; slot++)
        {
            AppendNumber(builder, collector.SlotLength(slot));
        }

        builder.Append("\",\"terms\":[");
        for (var term = 0; term < collector.Terms.Count; term++)
        {
            builder.Append(term == 0 ? "" : ",");
            JsJsonString.AppendQuoted(builder, collector.Terms[term].Text);
        }

        builder.Append("],\"counts\":\"");
        var counts = new int[fieldCount];
        foreach (var term in collector.Terms)
        {
            CountByField(term.Postings, counts);
            foreach (var count in counts)
            {
                AppendNumber(builder, count);
            }
        }

        builder.Append("\",\"postings\":\"");
        WritePostings(builder, collector);
        return builder.Append("\"}");
    }

    /// <summary>Appends a non-negative number in the base-32 digits of <see cref="Digits"/>.</summary>
    public static void AppendNumber(StringBuilder builder, long value)
    {
        Span<char> digits = stackalloc char[13];
        var at = digits.Length;
        digits[--at] = Digits[(int)(value % 32)];
        for (value /= 32; value > 0; value /= 32)
        {
            digits[--at] = Digits[32 + (int)(value % 32)];
        }

        builder.Append(digits[at..]);
    }

    // Refs that are the documents' positions ("0", "1", …) are implied; so are boosts of 1.
    private static void WriteRefsAndBoosts(StringBuilder builder, LunrTermCollector collector)
    {
        var positional = true;
        var boosted = false;
        for (var document = 0; document < collector.Refs.Count; document++)
        {
            positional &= collector.Refs[document] == document.ToString(CultureInfo.InvariantCulture);
            boosted |= Boost(collector.DocumentBoosts[document]) != 1;
        }

        if (!positional)
        {
            builder.Append(",\"refs\":[");
            for (var document = 0; document < collector.Refs.Count; document++)
            {
                builder.Append(document == 0 ? "" : ",");
                JsJsonString.AppendQuoted(builder, collector.Refs[document]);
            }

            builder.Append(']');
        }

        if (boosted)
        {
            builder.Append(",\"boosts\":[");
            for (var document = 0; document < collector.Refs.Count; document++)
            {
                builder.Append(document == 0 ? "" : ",");
                JsNumberFormat.Append(builder, Boost(collector.DocumentBoosts[document]));
            }

            builder.Append(']');
        }
    }

    // Per term: each field's documents as gaps with their frequencies. A term's postings are slots in the order they
    // were indexed, which is document order, so each field's documents come out ascending.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WritePostings(StringBuilder builder, LunrTermCollector collector)
    {
        var fieldCount = collector.Fields.Count;
        var frequencies = FrequenciesByTerm(collector, out var firsts);
        for (var term = 0; term < collector.Terms.Count; term++)
        {
            builder.Append(term == 0 ? "" : " ");
            var postings = collector.Terms[term].Postings;
            var termFrequencies = frequencies.AsSpan(firsts[term], postings.Length);
            for (var field = 0; field < fieldCount; field++)
            {
                var previous = -1;
                for (var i = 0; i < postings.Length; i++)
                {
                    var slot = postings[i];
                    if (slot % fieldCount == field)
                    {
                        var document = slot / fieldCount;
                        var repeated = termFrequencies[i] > 1;
                        AppendNumber(builder, ((long)(document - previous - 1) * 2) + (repeated ? 1 : 0));
                        if (repeated)
                        {
                            AppendNumber(builder, termFrequencies[i] - 2);
                        }

                        previous = document;
                    }
                }
            }
        }
    }

    private static void CountByField(ReadOnlySpan<int> postings, int[] counts)
    {
        Array.Clear(counts);
        foreach (var slot in postings)
        {
            counts[slot % counts.Length]++;
        }
    }

    // Each term's frequencies in the order of its postings: term t's start at firsts[t]. The collector keeps them per
    // slot; walking the slots in order meets each term's postings in order, since postings are added in slot order.
    private static int[] FrequenciesByTerm(LunrTermCollector collector, out int[] firsts)
    {
        firsts = new int[collector.Terms.Count + 1];
        for (var term = 0; term < collector.Terms.Count; term++)
        {
            firsts[term + 1] = firsts[term] + collector.Terms[term].PostingCount;
        }

        var next = firsts[..^1];
        var terms = collector.PairTerms;
        var pairFrequencies = collector.PairFrequencies;
        var frequencies = new int[terms.Length];
        for (var pair = 0; pair < terms.Length; pair++)
        {
            frequencies[next[terms[pair]]++] = pairFrequencies[pair];
        }

        return frequencies;
    }

    // lunr reads boosts as `boost || 1`, so 0 and NaN mean "no boost"; the browser applies the same rule, but NaN
    // cannot be written in JSON.
    private static double Boost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}
