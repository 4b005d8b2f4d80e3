using System.Text;

namespace PmGuideSite.Text;

/// <summary>Whitespace rules shared by the table of contents, accessible names and search text.</summary>
internal static class Whitespace
{
    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string text) => Collapse(text, int.MaxValue);

    /// <summary>The first <paramref name="maxLength"/> characters of <see cref="Collapse(string)"/>'s result, without
    /// collapsing the rest of a long text.</summary>
    public static string Collapse(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (builder.Length == maxLength)
            {
                break;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
                if (builder.Length == maxLength)
                {
                    break;
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
