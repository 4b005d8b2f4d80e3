using System.Buffers;
using System.Runtime.CompilerServices;

namespace PmGuideSite.Search;

/// <summary>lunr's tokenizer: lower-cases a whole field the JavaScript way, then splits it on runs of [\s\-].</summary>
/// <remarks>Token positions are not produced: lunr stores them only for whitelisted metadata, and we whitelist none.</remarks>
internal static class LunrTokenizer
{
    // JavaScript's \s (WhiteSpace and LineTerminator: 25 code units, U+FEFF included, U+0085 and U+180E not) and
    // the ASCII hyphen; .NET's char.IsWhiteSpace differs on U+0085 and U+FEFF, so it cannot be used.
    private const string SeparatorChars =
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u2028\u2029\u202F\u205F\u3000\uFEFF-";

    private static readonly SearchValues<char> Separators = SearchValues.Create(SeparatorChars);

    /// <summary>Whether a UTF-16 code unit ends a token.</summary>
    public static bool IsSeparator(char c) => Separators.Contains(c);

    /// <summary>The field's tokens in order, lower-cased; empty for a null field, as lunr does for undefined.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (text is null)
        {
            return tokens;
        }

        foreach (var token in Split(JsLowerCase.ToLower(text)))
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    /// <summary>Enumerates the non-empty pieces between separators, without allocating.</summary>
    /// <remarks>lunr splits the lower-cased field; the builder may split the original instead when
    /// <see cref="JsLowerCase.IsContextFree"/> says lower-casing cannot move a boundary.</remarks>
    public static TokenSplitter Split(ReadOnlySpan<char> text) => new(text);

    /// <summary>A span enumerator over the tokens of a text.</summary>
    internal ref struct TokenSplitter
    {
        private ReadOnlySpan<char> _rest;
        private bool _done;

        /// <summary>Starts before the first token of <paramref name="text"/>.</summary>
        public TokenSplitter(ReadOnlySpan<char> text)
        {
            _rest = text;
            _done = false;
            Current = default;
        }

        /// <summary>The token the enumerator is on.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Returns itself so that it works in foreach.</summary>
        public readonly TokenSplitter GetEnumerator() => this;

        /// <summary>Moves to the next non-empty token; false at the end of the text.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            while (!_done)
            {
                var end = _rest.IndexOfAny(Separators);
                ReadOnlySpan<char> token;
                if (end < 0)
                {
                    token = _rest;
                    _done = true;
                }
                else
                {
                    token = _rest[..end];
                    _rest = _rest[(end + 1)..];
                }

                if (!token.IsEmpty)
                {
                    Current = token;
                    return true;
                }
            }

            return false;
        }
    }
}
