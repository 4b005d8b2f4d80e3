using System.Globalization;
using System.Text;

namespace PmGuideSite.Tests.Search;

/// <summary>A minimal JSON writer for test input, independent of the code under test.</summary>
/// <remarks>System.Text.Json replaces lone surrogates with U+FFFD, and the documents must reach lunr unchanged, so every
/// code unit outside printable ASCII is written as \uXXXX.</remarks>
internal static class TestJson
{
    /// <summary>A JSON string literal for any .NET string, lone surrogates included.</summary>
    public static string String(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' || c < ' ' || c > '~')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A JSON number for a finite double that parses back to the same value.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A JSON array of strings.</summary>
    public static string Strings(IEnumerable<string> values) => "[" + string.Join(",", values.Select(String)) + "]";
}
