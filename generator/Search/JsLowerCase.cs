using System.Text;

namespace PmGuideSite.Search;

/// <summary>JavaScript's String.prototype.toLowerCase, which lunr applies to every field before splitting it.</summary>
/// <remarks>
/// .NET's invariant lower-casing agrees with JavaScript's except in two places: JavaScript uses the full mapping
/// for U+0130 (İ → "i" + U+0307) and the Final_Sigma rule for U+03A3 (Σ → ς at the end of a word). Characters
/// newer than .NET's Unicode tables keep their case; a test compares every code point with Node's answer.
/// </remarks>
internal static class JsLowerCase
{
    private const char CapitalIWithDot = '\u0130';
    private const char CapitalSigma = '\u03A3';

    /// <summary>Whether the text lower-cases one code unit at a time, without JavaScript's two special cases.</summary>
    public static bool IsContextFree(ReadOnlySpan<char> text) => text.IndexOfAny(CapitalIWithDot, CapitalSigma) < 0;

    /// <summary>Lower-cases context-free text (see <see cref="IsContextFree"/>) into a destination of the same length.</summary>
    public static void ToLowerContextFree(ReadOnlySpan<char> text, Span<char> destination) =>
        text.ToLowerInvariant(destination);

    /// <summary>The string lower-cased exactly as JavaScript's toLowerCase does it.</summary>
    public static string ToLower(string text)
    {
        if (IsContextFree(text))
        {
            return text.ToLowerInvariant();
        }

        var result = new StringBuilder(text.Length + 8);
        Span<char> pair = stackalloc char[2];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == CapitalIWithDot)
            {
                result.Append('i').Append('\u0307');
            }
            else if (c == CapitalSigma)
            {
                result.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var lower = Rune.ToLowerInvariant(new Rune(c, text[i + 1]));
                result.Append(pair[..lower.EncodeToUtf16(pair)]);
                i++;
            }
            else
            {
                // Lone surrogates pass through unchanged, as in JavaScript.
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    /// <summary>Unicode's Final_Sigma condition as ICU (and so V8) evaluates it for the Σ at <paramref name="index"/>.</summary>
    /// <remarks>ICU skips case-ignorable characters before it asks whether one is cased, so a character that is both
    /// (such as U+02B0 ʰ) is skipped; the Unicode standard's regular expression would stop at it.</remarks>
    public static bool IsFinalSigma(string text, int index) =>
        IsCasedNeighbour(text, index, forward: false) && !IsCasedNeighbour(text, index, forward: true);

    private static bool IsCasedNeighbour(string text, int index, bool forward)
    {
        var i = forward ? index + 1 : index - 1;
        while (i >= 0 && i < text.Length)
        {
            int codePoint;
            int width;
            if (forward)
            {
                width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                codePoint = width == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            }
            else
            {
                width = char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 2 : 1;
                codePoint = width == 2 ? char.ConvertToUtf32(text[i - 1], text[i]) : text[i];
            }

            if (!UnicodeCaseProperties.IsCaseIgnorable(codePoint))
            {
                return UnicodeCaseProperties.IsCased(codePoint);
            }

            i += forward ? width : -width;
        }

        return false;
    }
}
