using System.Runtime.CompilerServices;

namespace PmGuideSite.Search;

/// <summary>lunr's trimmer: strips characters outside ASCII [A-Za-z0-9_] from both ends of a token.</summary>
/// <remarks>JavaScript's \W is ASCII-only without the u flag, so "café" becomes "caf" and a token of punctuation becomes "".</remarks>
internal static class LunrTrimmer
{
    /// <summary>The token without its leading and trailing non-word characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        var start = 0;
        while (start < token.Length && !IsWordChar(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !IsWordChar(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>The token without its leading and trailing non-word characters.</summary>
    public static string Trim(string token)
    {
        var trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }

    /// <summary>Whether a UTF-16 code unit is in JavaScript's (non-Unicode) \w class.</summary>
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
