namespace PmGuideSite.Pages;

/// <summary>Short forms of a question's text, for chips and other places with room for one line.</summary>
internal static class QuestionText
{
    /// <summary>The longest short form, in characters, before it is cut at a word and ended with an ellipsis.</summary>
    public const int ShortLength = 72;

    /// <summary>The question without its closing full stop, cut at the last whole word that fits <paramref name="max"/>.</summary>
    public static string Shorten(string text, int max = ShortLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.EndsWith('.'))
        {
            trimmed = trimmed[..^1];
        }

        if (trimmed.Length <= max)
        {
            return trimmed;
        }

        // Cut before the word that crosses the limit, leaving room for the ellipsis; a single overlong word is cut where it is.
        var cut = trimmed.LastIndexOf(' ', max - 1);
        var head = (cut > 0 ? trimmed[..cut] : trimmed[..(max - 1)]).TrimEnd(' ', ',', ';', ':');
        return head + "…";
    }
}
