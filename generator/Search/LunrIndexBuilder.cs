using System.Text;

namespace PmGuideSite.Search;

/// <summary>Builds a lunr.js 2.3.9 search index in C#, in the compact form the site ships.</summary>
/// <remarks>It holds what lunr.js's own index would: same pipeline (tokenizer, trimmer, stop words, stemmer), same
/// term indexes and frequencies; search-expand.js turns it into the lunr.Index lunr.js builds, scores included. The
/// tests keep a second writer (lunr's serialized JSON with C# scores) to prove that against lunr.js itself.
/// The per-token and per-posting loops are marked AggressiveOptimization: the generator builds one index per
/// process, and measured cold, tier-0 code did most of the work and made the build several times slower.</remarks>
internal static class LunrIndexBuilder
{
    // Below this many documents the index is collected on one thread.
    private const int ParallelFrom = 2_000;

    /// <summary>The compact index as one JSON object, <c>{"index": main, "chunks": [...]}</c> (see
    /// <see cref="CompactIndexWriter"/>).</summary>
    /// <exception cref="ArgumentException">A field name lunr cannot use ('/' in it, "_index", a duplicate), two
    /// documents sharing a ref, or an infinite boost, which the compact form cannot carry.</exception>
    /// <param name="parts">Runs of documents collected in parallel (0: one per core for a large index); the result is the same.</param>
    /// <param name="chunkCharacters">About how many characters a chunk of terms holds.</param>
    public static string BuildCompact(IReadOnlyList<LunrField> fields, IEnumerable<LunrDocument> documents, int parts = 0,
        int chunkCharacters = CompactIndexWriter.ChunkCharacters) =>
        CompactIndexWriter.Append(new StringBuilder(), CollectCompact(fields, documents, parts), chunkCharacters).ToString();

    /// <summary>The compact form as the site writes it: the main object and the chunks apart.</summary>
    /// <exception cref="ArgumentException">As for <see cref="BuildCompact"/>.</exception>
    public static CompactIndex Compact(IReadOnlyList<LunrField> fields, IEnumerable<LunrDocument> documents, int parts = 0,
        int chunkCharacters = CompactIndexWriter.ChunkCharacters) =>
        CompactIndexWriter.Write(CollectCompact(fields, documents, parts), chunkCharacters);

    private static LunrTermCollector CollectCompact(IReadOnlyList<LunrField> fields, IEnumerable<LunrDocument> documents, int parts)
    {
        var collector = Collect(fields, documents, parts);
        foreach (var field in collector.Fields)
        {
            RequireFiniteBoost(field.Boost, $"field '{field.Name}'");
        }

        for (var document = 0; document < collector.Refs.Count; document++)
        {
            RequireFiniteBoost(collector.DocumentBoosts[document], $"document '{collector.Refs[document]}'");
        }

        return collector;
    }

    internal static LunrTermCollector Collect(IReadOnlyList<LunrField> fields, IEnumerable<LunrDocument> documents, int parts = 0)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(documents);

        var ordered = InJavaScriptOrder(fields);
        var all = documents as IReadOnlyList<LunrDocument> ?? documents.ToList();
        // Consecutive runs of documents are collected on every core and joined in order (LunrTermCollector.Append):
        // the same index as one collector's. Small indexes are not worth the threads.
        parts = parts > 0 ? parts : all.Count >= ParallelFrom ? Environment.ProcessorCount : 1;
        var collectors = new LunrTermCollector[Math.Max(1, Math.Min(parts, all.Count))];
        void CollectPart(int part)
        {
            var collector = new LunrTermCollector(ordered);
            for (var i = all.Count * part / collectors.Length; i < all.Count * (part + 1) / collectors.Length; i++)
            {
                collector.Add(all[i]);
            }

            collectors[part] = collector;
        }

        if (collectors.Length == 1)
        {
            CollectPart(0);
        }
        else
        {
            try
            {
                Parallel.For(0, collectors.Length, CollectPart);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
            {
                // A caller's mistake (a duplicate ref) is reported as it is without threads.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
        }

        for (var part = 1; part < collectors.Length; part++)
        {
            collectors[0].Append(collectors[part]);
        }

        return collectors[0];
    }

    private static void RequireFiniteBoost(double boost, string owner)
    {
        if (double.IsInfinity(boost))
        {
            throw new ArgumentException($"The boost of search {owner} is infinite.");
        }
    }

    // lunr keeps fields as the keys of an object, so they are processed and listed in JavaScript key order.
    private static List<LunrField> InJavaScriptOrder(IReadOnlyList<LunrField> fields)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>(fields.Count);
        foreach (var field in fields)
        {
            ArgumentNullException.ThrowIfNull(field);
            ArgumentNullException.ThrowIfNull(field.Name, nameof(fields));
            if (field.Name.Contains('/', StringComparison.Ordinal))
            {
                // lunr joins field and ref with '/' and splits at the first one.
                throw new ArgumentException($"Search field '{field.Name}' contains '/', which lunr does not allow.", nameof(fields));
            }

            if (field.Name == "_index")
            {
                // It would overwrite the term index in every posting.
                throw new ArgumentException("A search field cannot be called '_index'.", nameof(fields));
            }

            if (!names.Add(field.Name))
            {
                throw new ArgumentException($"Search field '{field.Name}' is declared twice.", nameof(fields));
            }

            keys.Add(field.Name);
        }

        var ordered = new List<LunrField>(fields.Count);
        foreach (var position in JsPropertyOrder.Order(keys))
        {
            ordered.Add(fields[position]);
        }

        return ordered;
    }
}
