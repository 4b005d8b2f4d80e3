using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PmGuideSite.Search;

/// <summary>
/// Writes collected terms as the compact index that <c>theme/assets/js/search-expand.js</c> turns into the lunr.Index
/// lunr.js would build: term frequencies instead of scores (the browser scores them with lunr's own arithmetic),
/// document numbers instead of refs, and the postings as base-32 digit strings, in chunks of terms the browser loads
/// only when a query needs them. lunr's field vectors are not written: every (term, document, field) frequency is in
/// the postings, and the browser scores only the terms a query reads.
/// </summary>
/// <remarks>
/// The main object has: <c>lunr</c> (the version), <c>fields</c> ([name, boost] in lunr's field order),
/// <c>documents</c> (the count), <c>refs</c> (only when a ref is not its document's position in decimal),
/// <c>boosts</c> (document boosts, only when one is not 1), <c>lengths</c> (the number of terms in each document's
/// fields, document by document and field by field in lunr's order, for lunr's field lengths and their averages),
/// <c>terms</c> (how many) and <c>chunks</c> (each chunk's first and last term). The terms, sorted by their UTF-16 code
/// units as JavaScript sorts, are cut into runs of about <see cref="ChunkCharacters"/> characters; a chunk has its
/// <c>terms</c>, their <c>numbers</c> (lunr's term index of each), <c>counts</c> (per term, how many documents hold
/// it in each field) and <c>postings</c> (per term, those documents field by field, each as its gap × 2 + 1 when the
/// term occurs more than once there, followed by the frequency − 2). A gap is the difference from the previous number
/// minus one, starting from −1. Postings are separated by spaces; every number ends with its last digit, so lengths
/// and counts need no separator. A query needs the chunks whose range of terms its token sets can reach, which the
/// browser works out from the first and last terms alone.
/// </remarks>
internal static class CompactIndexWriter
{
    /// <summary>The first 32 digits end a number; the next 32 carry more digits. '"' and '\' are not among them.</summary>
    public const string Digits = "#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abc";

    /// <summary>About how many characters a chunk holds: one term's postings may make it longer. A one-word query reads
    /// one or two chunks, so smaller chunks read less but make more files.</summary>
    public const int ChunkCharacters = 32 * 1024;

    /// <summary>The compact index of the collected documents: the main object and the chunks, each a JSON object.</summary>
    public static CompactIndex Write(LunrTermCollector collector, int chunkCharacters = ChunkCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkCharacters, 1);
        var chunks = new List<StringBuilder>();
        var ranges = new List<(string First, string Last)>();
        WriteChunks(collector, chunkCharacters, chunks, ranges);

        var fieldCount = collector.Fields.Count;
        var main = new StringBuilder(collector.SlotCount + 200);
        main.Append("{\"lunr\":\"2.3.9\",\"fields\":[");
        for (var field = 0; field < fieldCount; field++)
        {
            main.Append(field == 0 ? "[" : ",[");
            JsJsonString.AppendQuoted(main, collector.Fields[field].Name);
            main.Append(',');
            JsNumberFormat.Append(main, Boost(collector.Fields[field].Boost));
            main.Append(']');
        }

        main.Append("],\"documents\":").Append(collector.Refs.Count);
        WriteRefsAndBoosts(main, collector);
        main.Append(",\"lengths\":\"");
        for (var slot = 0; slot < collector.SlotCount; slot++)
        {
            AppendNumber(main, collector.SlotLength(slot));
        }

        main.Append("\",\"terms\":").Append(collector.Terms.Count).Append(",\"chunks\":[");
        for (var chunk = 0; chunk < ranges.Count; chunk++)
        {
            main.Append(chunk == 0 ? "[" : ",[");
            JsJsonString.AppendQuoted(main, ranges[chunk].First);
            main.Append(',');
            JsJsonString.AppendQuoted(main, ranges[chunk].Last);
            main.Append(']');
        }

        main.Append("]}");
        return new CompactIndex(main, chunks);
    }

    /// <summary>Appends the whole compact index as one JSON object, <c>{"index": main, "chunks": [chunk, …]}</c>: the
    /// form tests and benchmarks pass around.</summary>
    public static StringBuilder Append(StringBuilder builder, LunrTermCollector collector, int chunkCharacters = ChunkCharacters)
    {
        var index = Write(collector, chunkCharacters);
        builder.Append("{\"index\":").Append(index.Main).Append(",\"chunks\":[");
        for (var chunk = 0; chunk < index.Chunks.Count; chunk++)
        {
            builder.Append(chunk == 0 ? "" : ",").Append(index.Chunks[chunk]);
        }

        return builder.Append("]}");
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

    // The terms in JavaScript's sort order, in runs of about chunkCharacters characters. Per term: each field's
    // documents as gaps with their frequencies. A term's postings are slots in the order they were indexed, which is
    // document order, so each field's documents come out ascending.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteChunks(LunrTermCollector collector, int chunkCharacters, List<StringBuilder> chunks, List<(string First, string Last)> ranges)
    {
        var fieldCount = collector.Fields.Count;
        var frequencies = FrequenciesByTerm(collector, out var firsts);
        var sorted = new int[collector.Terms.Count];
        for (var term = 0; term < sorted.Length; term++)
        {
            sorted[term] = term;
        }

        Array.Sort(sorted, (a, b) => string.CompareOrdinal(collector.Terms[a].Text, collector.Terms[b].Text));
        var counts = new int[fieldCount];
        var terms = new StringBuilder();
        var numbers = new StringBuilder();
        var countText = new StringBuilder();
        var postingText = new StringBuilder();
        for (var start = 0; start < sorted.Length;)
        {
            terms.Clear();
            numbers.Clear();
            countText.Clear();
            postingText.Clear();
            var end = start;
            do
            {
                var term = sorted[end];
                var postings = collector.Terms[term].Postings;
                terms.Append(end == start ? "" : ",");
                JsJsonString.AppendQuoted(terms, collector.Terms[term].Text);
                AppendNumber(numbers, term);
                CountByField(postings, counts);
                foreach (var count in counts)
                {
                    AppendNumber(countText, count);
                }

                postingText.Append(end == start ? "" : " ");
                AppendPosting(postingText, postings, frequencies.AsSpan(firsts[term], postings.Length), fieldCount);
                end++;
            }
            while (end < sorted.Length && terms.Length + numbers.Length + countText.Length + postingText.Length < chunkCharacters);

            var chunk = new StringBuilder(terms.Length + numbers.Length + countText.Length + postingText.Length + 60);
            chunk.Append("{\"terms\":[").Append(terms).Append("],\"numbers\":\"").Append(numbers)
                .Append("\",\"counts\":\"").Append(countText).Append("\",\"postings\":\"").Append(postingText).Append("\"}");
            chunks.Add(chunk);
            ranges.Add((collector.Terms[sorted[start]].Text, collector.Terms[sorted[end - 1]].Text));
            start = end;
        }
    }

    private static void AppendPosting(StringBuilder builder, ReadOnlySpan<int> postings, ReadOnlySpan<int> termFrequencies, int fieldCount)
    {
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

/// <summary>A compact index: the main JSON object and the chunks of terms, each a JSON object.</summary>
internal sealed record CompactIndex(StringBuilder Main, IReadOnlyList<StringBuilder> Chunks);
