using System.Text;

namespace PmGuideSite.Search;

/// <summary>
/// Writes the result store of <c>search/store.js</c>: what each result shows, as five lines per document (kind,
/// title, principle, URL, excerpt), in a JSON array of strings with one string per <see cref="BlockSize"/> documents.
/// Each line is written as how many characters it shares with the same line of the previous document in its block
/// (its end for titles, which repeat the chapter's title; its start otherwise, where sections of one page repeat the
/// page's URL, kind and principle), followed by the rest, so a reader splits one block to read any entry.
/// <c>PmGuideSearchIndex.store</c> in <c>theme/assets/js/search-expand.js</c> reads it back.
/// </summary>
internal static class SearchStoreWriter
{
    /// <summary>How many documents a block holds; search-expand.js reads blocks of this size.</summary>
    public const int BlockSize = 32;

    /// <summary>Appends the store as a JSON array of strings.</summary>
    public static void Append(StringBuilder builder, IReadOnlyList<SearchDocument> documents)
    {
        builder.Append('[');
        string[] previous = [];
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            if (i % BlockSize == 0)
            {
                builder.Append(i == 0 ? "\"" : "\",\"");
                previous = ["", "", "", "", ""];
            }

            // Lines are split at "\n", so a line break inside a value becomes a space.
            string[] lines = [d.Kind, d.Title, d.Principle, d.Url, d.Excerpt];
            for (var field = 0; field < lines.Length; field++)
            {
                var line = lines[field].ReplaceLineEndings(" ");
                var shared = field == 1 ? SharedEnd(previous[field], line) : SharedStart(previous[field], line);
                builder.Append(i % BlockSize == 0 && field == 0 ? "" : "\\n");
                CompactIndexWriter.AppendNumber(builder, shared);
                JsJsonString.AppendEscaped(builder, field == 1 ? line.AsSpan(0, line.Length - shared) : line.AsSpan(shared));
                previous[field] = line;
            }
        }

        builder.Append(documents.Count == 0 ? "]" : "\"]");
    }

    // The shared part never ends inside a surrogate pair, so both pieces stay well-formed text.
    private static int SharedStart(string a, string b)
    {
        var shared = a.AsSpan().CommonPrefixLength(b);
        return shared > 0 && char.IsHighSurrogate(b[shared - 1]) ? shared - 1 : shared;
    }

    private static int SharedEnd(string a, string b)
    {
        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[^(shared + 1)] == b[^(shared + 1)])
        {
            shared++;
        }

        return shared > 0 && char.IsLowSurrogate(b[^shared]) ? shared - 1 : shared;
    }
}
