using System.Runtime.CompilerServices;

namespace PmGuideSite.Search;

/// <summary>One indexed term: its text, its lunr term index, and the (document, field) pairs that contain it.</summary>
internal sealed class LunrTerm(string text, int index)
{
    private int[] _postings = new int[2];

    /// <summary>The stemmed term as it appears in the inverted index.</summary>
    public string Text { get; } = text;

    /// <summary>lunr's "_index": the order in which the term first appeared, which is its vector dimension.</summary>
    public int Index { get; } = index;

    /// <summary>How many (document, field) pairs contain the term; lunr's idf counts these, not documents.</summary>
    public int PostingCount { get; private set; }

    /// <summary>The pairs as slots (document × field count + field), in the order they were indexed.</summary>
    public ReadOnlySpan<int> Postings => _postings.AsSpan(0, PostingCount);

    /// <summary>Records that the pair in <paramref name="slot"/> contains the term; called once per pair.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPosting(int slot)
    {
        if (PostingCount == _postings.Length)
        {
            Array.Resize(ref _postings, _postings.Length * 2);
        }

        _postings[PostingCount++] = slot;
    }
}
