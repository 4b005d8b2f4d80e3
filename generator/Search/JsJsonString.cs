using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PmGuideSite.Search;

/// <summary>Writes strings as JSON.stringify does, so that the index text is byte-for-byte lunr's.</summary>
/// <remarks>Only '"', '\\', control characters and lone surrogates are escaped; everything else, U+2028 and DEL
/// included, is written as it is.</remarks>
internal static class JsJsonString
{
    private static readonly SearchValues<char> NeedsCare = SearchValues.Create(BuildNeedsCare());

    /// <summary>The string as a quoted JSON string literal.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends the string as a quoted JSON string literal.</summary>
    public static void AppendQuoted(StringBuilder builder, ReadOnlySpan<char> text)
    {
        builder.Append('"');
        AppendEscaped(builder, text);
        builder.Append('"');
    }

    /// <summary>Appends the string's escaped content without quotes, for keys built from several parts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var next = text.IndexOfAny(NeedsCare);
            if (next < 0)
            {
                builder.Append(text);
                return;
            }

            builder.Append(text[..next]);
            var c = text[next];
            if (char.IsHighSurrogate(c) && next + 1 < text.Length && char.IsLowSurrogate(text[next + 1]))
            {
                builder.Append(c).Append(text[next + 1]);
                text = text[(next + 2)..];
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }

            text = text[(next + 1)..];
        }
    }

    private static string BuildNeedsCare()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            chars.Append(c);
        }

        chars.Append('"').Append('\\');
        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Append(c);
        }

        return chars.ToString();
    }
}
