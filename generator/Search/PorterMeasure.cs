namespace PmGuideSite.Search;

/// <summary>The consonant-vowel tests of lunr's Porter stemmer, as its regular expressions define them.</summary>
/// <remarks>
/// The expressions build on C = [^aeiou][^aeiouy]* and V = [aeiouy][aeiou]*. Because a V's tail stops only at a
/// non-[aeiou] character and a C's tail only at an [aeiouy] one, every match is forced once its first vowel is
/// chosen, and the earliest [aeiouy] is always the best choice; so each test is a short scan, not a regex engine.
/// </remarks>
internal static class PorterMeasure
{
    /// <summary>Whether a code unit is in [aeiou], the set that continues a vowel sequence.</summary>
    public static bool IsStrictVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Whether a code unit is in [aeiouy], the set that starts a vowel sequence.</summary>
    public static bool IsVowelStart(char c) => IsStrictVowel(c) || c == 'y';

    /// <summary>^([C])?v: the stem contains a vowel.</summary>
    public static bool HasVowel(ReadOnlySpan<char> s) => FirstVowelStart(s, 0) >= 0;

    /// <summary>^([C])?VC: m &gt; 0.</summary>
    public static bool AtLeastOne(ReadOnlySpan<char> s)
    {
        var vowel = FirstVowelStart(s, 0);
        return vowel >= 0 && FirstConsonant(s, vowel + 1) >= 0;
    }

    /// <summary>^([C])?VCVC: m &gt; 1.</summary>
    public static bool AtLeastTwo(ReadOnlySpan<char> s)
    {
        var vowel = FirstVowelStart(s, 0);
        if (vowel < 0)
        {
            return false;
        }

        var consonant = FirstConsonant(s, vowel + 1);
        if (consonant < 0)
        {
            return false;
        }

        var secondVowel = FirstVowelStart(s, consonant + 1);
        return secondVowel >= 0 && FirstConsonant(s, secondVowel + 1) >= 0;
    }

    /// <summary>^([C])?VC(V)?$: m = 1 exactly.</summary>
    public static bool ExactlyOne(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        // The first V starts at 0 when s[0] is in [aeiouy], or after a leading C when s[0] is not in [aeiou];
        // a leading 'y' allows both, and as the match must reach the end, both are tried.
        if (IsVowelStart(s[0]) && IsOneFrom(s, 0))
        {
            return true;
        }

        if (IsStrictVowel(s[0]))
        {
            return false;
        }

        var vowel = FirstVowelStart(s, 1);
        return vowel >= 0 && IsOneFrom(s, vowel);
    }

    /// <summary>^C v [^aeiouwxy]$: a short syllable that is the whole stem ("hop" → "hope").</summary>
    public static bool IsShortSyllableWord(ReadOnlySpan<char> s)
    {
        if (s.Length < 3 || IsStrictVowel(s[0]) || !IsVowelStart(s[^2]) || "aeiouwxy".Contains(s[^1]))
        {
            return false;
        }

        return FirstVowelStart(s[..^2], 1) < 0;
    }

    // V C (V)? $ with the V starting at 'vowel'.
    private static bool IsOneFrom(ReadOnlySpan<char> s, int vowel)
    {
        var consonant = FirstConsonant(s, vowel + 1);
        if (consonant < 0)
        {
            return false;
        }

        var nextVowel = FirstVowelStart(s, consonant + 1);
        return nextVowel < 0 || FirstConsonant(s, nextVowel + 1) < 0;
    }

    private static int FirstVowelStart(ReadOnlySpan<char> s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (IsVowelStart(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstConsonant(ReadOnlySpan<char> s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (!IsStrictVowel(s[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
