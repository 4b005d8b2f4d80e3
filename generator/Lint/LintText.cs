namespace PmGuideSite.Lint;

/// <summary>The text steps both linters share: position-preserving normalisation and sentence splitting.</summary>
/// <remarks>theme/assets/js/rubric.js implements the same steps line for line; change both together.</remarks>
internal static class LintText
{
    /// <summary>Lowercases ASCII letters, turns every JavaScript whitespace character except '\n' into a space,
    /// U+2019 into an apostrophe, and a line feed that is the only one in its run of whitespace (a wrapped line) into
    /// a space too. One character in, one out, so offsets stay valid for the original text.</summary>
    /// <remarks>Only a blank line keeps its line feeds, since it ends a sentence; a hard line break inside a sentence
    /// must not stop "rather than" or "their fault" from matching when the line wraps between the two words.</remarks>
    public static string Normalise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(c + 32);
            }
            else if (c == '\u2019')
            {
                chars[i] = '\'';
            }
            else if (c != '\n' && IsJsWhitespace(c))
            {
                chars[i] = ' ';
            }
        }

        JoinWrappedLines(chars);
        return new string(chars);
    }

    /// <summary>The sentences of a normalised text as (start, length), trimmed of spaces and line breaks, empty ones dropped.</summary>
    /// <remarks>A sentence ends after '.', '!' or '?' (plus any closing quotes or brackets) followed by a space, a line
    /// break or the end of the text; a blank line always ends one (a single line break is a wrapped line). So "1.3 s" and "$7.1M" stay inside a sentence.</remarks>
    public static IReadOnlyList<(int Start, int Length)> Sentences(string normalised)
    {
        var result = new List<(int, int)>();
        var start = 0;
        var i = 0;
        var n = normalised.Length;
        while (i < n)
        {
            var c = normalised[i];
            if (c == '\n')
            {
                var next = i + 1;
                while (next < n && normalised[next] == ' ')
                {
                    next++;
                }

                if (next < n && normalised[next] == '\n')
                {
                    AddTrimmed(normalised, start, i, result);
                    start = next;
                    i = next;
                    continue;
                }
            }

            if (c is '.' or '!' or '?')
            {
                var j = i + 1;
                while (j < n && IsCloser(normalised[j]))
                {
                    j++;
                }

                if (j == n || normalised[j] == ' ' || normalised[j] == '\n')
                {
                    AddTrimmed(normalised, start, j, result);
                    start = j;
                    i = j;
                    continue;
                }
            }

            i++;
        }

        AddTrimmed(normalised, start, n, result);
        return result;
    }

    /// <summary>The number of words in text[start..start+length): runs of characters other than spaces and line feeds.</summary>
    public static int CountWords(string normalised, int start, int length)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < start + length; i++)
        {
            var space = normalised[i] is ' ' or '\n';
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>text[start..end) without leading and trailing spaces and line feeds, as (start, length).</summary>
    public static (int Start, int Length) Trim(string text, int start, int end)
    {
        while (start < end && text[start] is ' ' or '\n')
        {
            start++;
        }

        while (end > start && text[end - 1] is ' ' or '\n')
        {
            end--;
        }

        return (start, end - start);
    }

    // One pass over the runs of spaces and line feeds: a run holding exactly one line feed is a wrapped line.
    private static void JoinWrappedLines(char[] chars)
    {
        var i = 0;
        while (i < chars.Length)
        {
            if (chars[i] is not (' ' or '\n'))
            {
                i++;
                continue;
            }

            var lineFeed = -1;
            var lineFeeds = 0;
            for (; i < chars.Length && chars[i] is ' ' or '\n'; i++)
            {
                if (chars[i] == '\n')
                {
                    lineFeed = i;
                    lineFeeds++;
                }
            }

            if (lineFeeds == 1)
            {
                chars[lineFeed] = ' ';
            }
        }
    }

    private static void AddTrimmed(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && text[start] is ' ' or '\n')
        {
            start++;
        }

        while (end > start && text[end - 1] is ' ' or '\n')
        {
            end--;
        }

        if (end > start)
        {
            result.Add((start, end - start));
        }
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D';

    // JavaScript's \s: the characters .NET also needs to see as plain spaces for the two engines to agree.
    private static bool IsJsWhitespace(char c) => c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680'
        or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';
}
