using System.Text;
using System.Text.RegularExpressions;

namespace PmGuideSite.Lint;

/// <summary>Keeps rubric patterns inside the regular-expression subset JavaScript and .NET read the same way.</summary>
internal static class RubricPatterns
{
    /// <summary>Why the pattern is not allowed, or null when it is fine.</summary>
    public static string? Problem(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            inClass = c == '[' || (inClass && c != ']');
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    return "it ends with a lone '\\'";
                }

                var escaped = pattern[++i];
                if (escaped is 'p' or 'P' or 'k' or 'A' or 'Z' or 'z' or 'G' or 'c' or 'x' or 'u' || escaped is >= '1' and <= '9')
                {
                    return $"'\\{escaped}' means different things in JavaScript and .NET; leave it out";
                }

                continue;
            }

            if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] is not (':' or '=' or '!'))
            {
                return "only '(?:', '(?=' and '(?!' groups are allowed (no lookbehind, named groups or inline options)";
            }

            if (!inClass && c is '$' or '^')
            {
                return $"'{c}' matches differently in JavaScript and .NET (before a final line break, or from a starting place); leave it out";
            }

            if (c is >= 'A' and <= 'Z')
            {
                return $"it has the uppercase letter '{c}', but answers are lowercased before matching; write it in lowercase";
            }
        }

        if (PatternSafety.Problem(pattern) is { } slow)
        {
            return slow;
        }

        try
        {
            var regex = AnswerLinter.CreateRegex(pattern);
            if (regex.IsMatch(string.Empty))
            {
                return "it matches an empty answer; every match must cover at least one character";
            }
        }
        catch (ArgumentException ex)
        {
            return $"it is not a valid regular expression ({ex.Message.TrimEnd('.')})";
        }

        return null;
    }

    /// <summary>Why a word or phrase cannot be listed, or null when it is fine.</summary>
    public static string? WordProblem(string word) =>
        word.Length == 0 || word[0] == ' ' || word[^1] == ' ' || !word.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' or '\'' or '-' or ',' or '.')
            ? "words may hold only lowercase letters, digits, single spaces and the characters ' - , ."
            : null;

    /// <summary>The pattern a word list stands for: any listed word or phrase as whole words, spaces matching runs of spaces, longest first.</summary>
    public static string ForWords(IEnumerable<string> words)
    {
        var builder = new StringBuilder("\\b(?:");
        var first = true;

        // Descending ordinal order: a phrase comes before any shorter phrase it starts with (the longest one is
        // found), and words sharing a start sit side by side, which lets .NET's parser factor the alternation.
        foreach (var word in words.Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append('|');
            }

            first = false;
            foreach (var c in word)
            {
                builder.Append(c switch
                {
                    ' ' => " +",
                    '.' => "\\.",
                    _ => c.ToString(),
                });
            }
        }

        return builder.Append(")\\b").ToString();
    }
}
