using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PmGuideSite.Search;

/// <summary>Runs lunr's build pipeline (tokenizer, trimmer, stop words, stemmer) over documents and counts terms.</summary>
/// <remarks>Each distinct token is lower-cased, trimmed, filtered and stemmed once and afterwards found by a span
/// lookup, because the same few thousand words, written the same way, make up most of every page.</remarks>
internal sealed class LunrTermCollector
{
    private readonly Dictionary<string, LunrTerm?> _rawCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LunrTerm?>.AlternateLookup<ReadOnlySpan<char>> _rawLookup;
    private readonly Dictionary<string, LunrTerm?> _trimmedCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LunrTerm?>.AlternateLookup<ReadOnlySpan<char>> _trimmedLookup;
    private readonly Dictionary<string, LunrTerm> _termsByText = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenRefs = new(StringComparer.Ordinal);
    private readonly List<int> _slotPairStart = [];
    private readonly List<int> _slotLength = [];
    private readonly List<int> _pairTerm = [];
    private readonly List<int> _pairFrequency = [];
    private readonly List<int> _touched = [];
    private int[] _frequency = new int[1024];
    private char[] _lowerBuffer = new char[256];

    /// <summary>Prepares to index the given fields, which must already be in lunr's (JavaScript key) order.</summary>
    public LunrTermCollector(IReadOnlyList<LunrField> fields)
    {
        Fields = fields;
        FieldLengths = new long[fields.Count];
        _rawLookup = _rawCache.GetAlternateLookup<ReadOnlySpan<char>>();
        _trimmedLookup = _trimmedCache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The fields, in the order lunr processes and serializes them.</summary>
    public IReadOnlyList<LunrField> Fields { get; }

    /// <summary>Document refs in the order added.</summary>
    public List<string> Refs { get; } = [];

    /// <summary>Document boosts, parallel to <see cref="Refs"/>.</summary>
    public List<double> DocumentBoosts { get; } = [];

    /// <summary>Terms by term index.</summary>
    public List<LunrTerm> Terms { get; } = [];

    /// <summary>The total number of terms in each field over all documents, for lunr's average field length.</summary>
    public long[] FieldLengths { get; }

    /// <summary>The number of (document, field) slots; slot = document × field count + field.</summary>
    public int SlotCount => _slotLength.Count;

    /// <summary>The number of terms (after stop words) in a slot's field text.</summary>
    public int SlotLength(int slot) => _slotLength[slot];

    /// <summary>The range of a slot's (term index, frequency) pairs in <see cref="PairTerms"/>, sorted by term index.</summary>
    public (int Start, int End) SlotPairs(int slot) =>
        (_slotPairStart[slot], slot + 1 < _slotPairStart.Count ? _slotPairStart[slot + 1] : _pairTerm.Count);

    /// <summary>Term indexes of all slots' term-frequency pairs.</summary>
    public ReadOnlySpan<int> PairTerms => CollectionsMarshal.AsSpan(_pairTerm);

    /// <summary>Frequencies of all slots' term-frequency pairs, parallel to <see cref="PairTerms"/>.</summary>
    public ReadOnlySpan<int> PairFrequencies => CollectionsMarshal.AsSpan(_pairFrequency);

    /// <summary>Indexes one document's fields, as lunr's Builder.add does.</summary>
    public void Add(LunrDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.Ref);
        ArgumentNullException.ThrowIfNull(document.Fields);

        // lunr would silently merge the postings of both documents and count one of them twice: a duplicate is a
        // bug in the caller, so it stops the build.
        if (!_seenRefs.Add(document.Ref))
        {
            throw new ArgumentException($"Two search documents have the ref '{document.Ref}'; refs must be unique.", nameof(document));
        }

        var documentNumber = Refs.Count;
        Refs.Add(document.Ref);
        DocumentBoosts.Add(document.Boost);
        for (var field = 0; field < Fields.Count; field++)
        {
            document.Fields.TryGetValue(Fields[field].Name, out var text);
            AddField((documentNumber * Fields.Count) + field, field, text);
        }
    }

    /// <summary>
    /// Adds what <paramref name="next"/> collected (over the documents that follow this one's, with the same fields), as
    /// if its documents had been added here: its new terms get the next term indexes in the order they first appeared
    /// there, and its postings and pairs follow this one's. Collectors built in parallel and joined in order give the
    /// index a single collector would.
    /// </summary>
    /// <exception cref="ArgumentException">A document of <paramref name="next"/> has a ref already added here.</exception>
    public void Append(LunrTermCollector next)
    {
        ArgumentNullException.ThrowIfNull(next);
        foreach (var documentRef in next.Refs)
        {
            if (!_seenRefs.Add(documentRef))
            {
                throw new ArgumentException($"Two search documents have the ref '{documentRef}'; refs must be unique.", nameof(next));
            }
        }

        var slotOffset = SlotCount;
        Refs.AddRange(next.Refs);
        DocumentBoosts.AddRange(next.DocumentBoosts);
        for (var field = 0; field < FieldLengths.Length; field++)
        {
            FieldLengths[field] += next.FieldLengths[field];
        }

        var mapped = new int[next.Terms.Count];
        foreach (var term in next.Terms)
        {
            var here = GetOrAddTerm(term.Text);
            mapped[term.Index] = here.Index;
            foreach (var slot in term.Postings)
            {
                here.AddPosting(slot + slotOffset);
            }
        }

        var terms = next.PairTerms;
        var frequencies = next.PairFrequencies;
        var pairs = new List<(int Term, int Frequency)>();
        for (var slot = 0; slot < next.SlotCount; slot++)
        {
            _slotPairStart.Add(_pairTerm.Count);
            _slotLength.Add(next.SlotLength(slot));
            var (start, end) = next.SlotPairs(slot);
            pairs.Clear();
            for (var pair = start; pair < end; pair++)
            {
                pairs.Add((mapped[terms[pair]], frequencies[pair]));
            }

            // Sorted by term index here, which need not be the order of the indexes there.
            pairs.Sort(static (a, b) => a.Term.CompareTo(b.Term));
            foreach (var (term, frequency) in pairs)
            {
                _pairTerm.Add(term);
                _pairFrequency.Add(frequency);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddField(int slot, int field, string? text)
    {
        _slotPairStart.Add(_pairTerm.Count);
        var length = 0;
        if (text is not null && JsLowerCase.IsContextFree(text))
        {
            // Lower-casing this text maps code unit to code unit and never makes or removes a separator, so the
            // original can be split and each token lower-cased on its own, and only when it was not seen before.
            foreach (var token in LunrTokenizer.Split(text))
            {
                Count(LookupRawToken(token), slot, ref length);
            }
        }
        else if (text is not null)
        {
            foreach (var token in LunrTokenizer.Split(JsLowerCase.ToLower(text)))
            {
                Count(LookupTrimmedToken(LunrTrimmer.Trim(token)), slot, ref length);
            }
        }

        _slotLength.Add(length);
        FieldLengths[field] += length;

        // lunr's vectors are kept sorted by term index.
        var touched = CollectionsMarshal.AsSpan(_touched);
        touched.Sort();
        foreach (var termIndex in touched)
        {
            _pairTerm.Add(termIndex);
            _pairFrequency.Add(_frequency[termIndex]);
            _frequency[termIndex] = 0;
        }

        _touched.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Count(LunrTerm? term, int slot, ref int length)
    {
        // Stop words are dropped before lunr counts the field length.
        if (term is null)
        {
            return;
        }

        length++;
        if (_frequency[term.Index]++ == 0)
        {
            _touched.Add(term.Index);
            term.AddPosting(slot);
        }
    }

    // The term for a token as written in a context-free text (not yet lower-cased or trimmed), or null for a stop word.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LunrTerm? LookupRawToken(ReadOnlySpan<char> raw)
    {
        if (_rawLookup.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        if (_lowerBuffer.Length < raw.Length)
        {
            _lowerBuffer = new char[Math.Max(raw.Length, _lowerBuffer.Length * 2)];
        }

        var lowered = _lowerBuffer.AsSpan(0, raw.Length);
        JsLowerCase.ToLowerContextFree(raw, lowered);
        var term = LookupTrimmedToken(LunrTrimmer.Trim(lowered));
        _rawCache.Add(raw.ToString(), term);
        return term;
    }

    // The term for a lower-cased, trimmed token, or null for a stop word.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LunrTerm? LookupTrimmedToken(ReadOnlySpan<char> trimmed)
    {
        if (_trimmedLookup.TryGetValue(trimmed, out var cached))
        {
            return cached;
        }

        var token = trimmed.ToString();
        var term = LunrStopWords.Contains(token) ? null : GetOrAddTerm(PorterStemmer.Stem(token));
        _trimmedCache.Add(token, term);
        return term;
    }

    private LunrTerm GetOrAddTerm(string text)
    {
        if (_termsByText.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var term = new LunrTerm(text, Terms.Count);
        Terms.Add(term);
        _termsByText.Add(text, term);
        if (Terms.Count > _frequency.Length)
        {
            Array.Resize(ref _frequency, _frequency.Length * 2);
        }

        return term;
    }
}
