namespace PmGuideSite.Search;

/// <summary>The Porter stemmer exactly as lunr 2.3.9 runs it, quirks included.</summary>
/// <remarks>
/// lunr uses Martin Porter's JavaScript reference version, written with regular expressions. This is a hand-written
/// equivalent: each check below is what the corresponding expression matches, worked out by hand and verified
/// against lunr.stemmer on generated words. Its quirks: 'y' counts as a vowel where a vowel sequence starts
/// ([aeiouy]) but not inside one ([aeiou]); a word's leading 'y' is a consonant (it is upper-cased while stemming);
/// "bli" → "ble" and "logi" → "log"; each step tries only the longest matching suffix, and words shorter than
/// three code units are returned unchanged. Input never contains line terminators (the tokenizer splits on them),
/// which the regular expressions' '.' would not match.
/// </remarks>
internal static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Suffixes =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    /// <summary>The stem of a lower-cased, trimmed token.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
        {
            return word;
        }

        // A leading 'y' is a consonant: upper-case it so that no vowel test matches it, and restore it at the end.
        var leadingY = word[0] == 'y';
        var w = leadingY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = ReplaceSuffix(w, Step2Suffixes);
        w = ReplaceSuffix(w, Step3Suffixes);
        w = Step4(w);
        w = Step5(w);

        return leadingY ? "y" + w[1..] : w;
    }

    private static string Step1a(string w)
    {
        // "sses" and "ies" lose "es" when at least one character precedes them; otherwise a final 's' after a
        // character other than 's' goes, again only with a character before that one.
        if ((w.Length >= 5 && w.EndsWith("sses", StringComparison.Ordinal))
            || (w.Length >= 4 && w.EndsWith("ies", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.Length >= 3 && w[^1] == 's' && w[^2] != 's')
        {
            return w[..^1];
        }

        return w;
    }

    private static string Step1b(string w)
    {
        if (w.Length >= 4 && w.EndsWith("eed", StringComparison.Ordinal))
        {
            // The "ed"/"ing" rule is not tried for "eed" words, even when m = 0 leaves them unchanged.
            return PorterMeasure.AtLeastOne(w.AsSpan(0, w.Length - 3)) ? w[..^1] : w;
        }

        var cut = w.Length >= 3 && w.EndsWith("ed", StringComparison.Ordinal) ? 2
            : w.Length >= 4 && w.EndsWith("ing", StringComparison.Ordinal) ? 3
            : 0;
        if (cut == 0 || !PorterMeasure.HasVowel(w.AsSpan(0, w.Length - cut)))
        {
            return w;
        }

        w = w[..^cut];
        if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal)
            || w.EndsWith("iz", StringComparison.Ordinal))
        {
            return w + "e";
        }

        if (w.Length >= 2 && w[^1] == w[^2] && "aeiouylsz".IndexOf(w[^1]) < 0)
        {
            return w[..^1];
        }

        return PorterMeasure.IsShortSyllableWord(w) ? w + "e" : w;
    }

    private static string Step1c(string w)
    {
        // A final 'y' after a non-[aeiou] (an upper-case 'Y' included) that is not the first character becomes 'i'.
        return w.Length >= 3 && w[^1] == 'y' && !PorterMeasure.IsStrictVowel(w[^2]) ? w[..^1] + "i" : w;
    }

    private static string ReplaceSuffix(string w, (string Suffix, string Replacement)[] rules)
    {
        var best = -1;
        for (var i = 0; i < rules.Length; i++)
        {
            if (EndsWithAfterOneChar(w, rules[i].Suffix) && (best < 0 || rules[i].Suffix.Length > rules[best].Suffix.Length))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return w;
        }

        var stem = w.AsSpan(0, w.Length - rules[best].Suffix.Length);
        return PorterMeasure.AtLeastOne(stem) ? string.Concat(stem, rules[best].Replacement) : w;
    }

    private static string Step4(string w)
    {
        string? suffix = null;
        foreach (var candidate in Step4Suffixes)
        {
            if (EndsWithAfterOneChar(w, candidate) && (suffix is null || candidate.Length > suffix.Length))
            {
                suffix = candidate;
            }
        }

        if (suffix is not null)
        {
            // A matched suffix whose stem is too short blocks the "-sion"/"-tion" rule as well.
            var stem = w[..^suffix.Length];
            return PorterMeasure.AtLeastTwo(stem) ? stem : w;
        }

        if (w.Length >= 5 && (w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("tion", StringComparison.Ordinal)))
        {
            var stem = w[..^3];
            return PorterMeasure.AtLeastTwo(stem) ? stem : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        if (w.Length >= 2 && w[^1] == 'e')
        {
            var stem = w.AsSpan(0, w.Length - 1);
            if (PorterMeasure.AtLeastTwo(stem) || (PorterMeasure.ExactlyOne(stem) && !PorterMeasure.IsShortSyllableWord(stem)))
            {
                w = stem.ToString();
            }
        }

        if (w.EndsWith("ll", StringComparison.Ordinal) && PorterMeasure.AtLeastTwo(w))
        {
            w = w[..^1];
        }

        return w;
    }

    // The step 2-4 expressions are ^(.+?)(a|b|…)$: the lazy prefix makes the longest listed suffix win, as long as
    // at least one character is left in front of it.
    private static bool EndsWithAfterOneChar(string w, string suffix) =>
        suffix.Length < w.Length && w.EndsWith(suffix, StringComparison.Ordinal);
}
