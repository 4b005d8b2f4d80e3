using System.Text;

namespace PmGuideSite.Search;

/// <summary>
/// Writes the result store: what each result shows, as five lines per document (kind, title, principle, URL,
/// excerpt), in blocks of <see cref="BlockSize"/> documents, each block one JSON string and one file
/// (<c>search/store-N.js</c>), so a page loads only the blocks of the results it shows. Each line is written as how
/// many characters it shares with the same line of the previous document in its block (its end for titles, which
/// repeat the chapter's title; its start otherwise, where sections of one page repeat the page's URL, kind and
/// principle), followed by the rest, so a reader splits one block to read any entry.
/// <c>PmGuideSearchIndex.store</c> in <c>theme/assets/js/search-expand.js</c> reads it back.
/// </summary>
internal static class SearchStoreWriter
{
    /// <summary>How many documents a block holds; written into search/index.js for search-expand.js.</summary>
    public const int BlockSize = 32;

    /// <summary>How many blocks the documents make.</summary>
    public static int BlockCount(int documents) => (documents + BlockSize - 1) / BlockSize;

    /// <summary>Appends one block, documents <c>block × BlockSize</c> on, as a JSON string.</summary>
    public static void AppendBlock(StringBuilder builder, IReadOnlyList<SearchDocument> documents, int block)
    {
        builder.Append('"');
        string[] previous = ["", "", "", "", ""];
        var first = block * BlockSize;
        for (var i = first; i < Math.Min(documents.Count, first + BlockSize); i++)
        {
            var d = documents[i];
            // Lines are split at "\n", so a line break inside a value becomes a space.
            string[] lines = [d.Kind, d.Title, d.Principle, d.Url, d.Excerpt];
            for (var field = 0; field < lines.Length; field++)
            {
                var line = lines[field].ReplaceLineEndings(" ");
                var shared = field == 1 ? SharedEnd(previous[field], line) : SharedStart(previous[field], line);
                builder.Append(i == first && field == 0 ? "" : "\\n");
                CompactIndexWriter.AppendNumber(builder, shared);
                JsJsonString.AppendEscaped(builder, field == 1 ? line.AsSpan(0, line.Length - shared) : line.AsSpan(shared));
                previous[field] = line;
            }
        }

        builder.Append('"');
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
