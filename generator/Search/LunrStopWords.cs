using System.Collections.Frozen;

namespace PmGuideSite.Search;

/// <summary>lunr 2.3.9's English stop word list, applied after trimming and before stemming.</summary>
internal static class LunrStopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do", "does",
        "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he", "her", "hers",
        "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like",
        "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off", "often",
        "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says", "she", "should", "since", "so",
        "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "tis", "to", "too",
        "twas", "us", "wants", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "would", "yet", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The number of stop words (119), exposed so a test can pin the list's size.</summary>
    public static int Count => Words.Count;

    /// <summary>Whether a trimmed, lower-cased token is dropped from the index.</summary>
    public static bool Contains(string token) => Words.Contains(token);
}
