using System.Globalization;

namespace PmGuideSite.Search;

/// <summary>Unicode's Cased and Case_Ignorable properties, which decide where a capital sigma is word-final.</summary>
/// <remarks>.NET has no API for either, so both are derived from general categories plus the few listed exceptions
/// (DerivedCoreProperties.txt defines them that way); a test checks the result against Node for every code point.</remarks>
internal static class UnicodeCaseProperties
{
    /// <summary>Whether the code point is Case_Ignorable: Mn, Me, Cf, Lm, Sk, or a word-internal apostrophe, period or colon.</summary>
    public static bool IsCaseIgnorable(int codePoint)
    {
        if (IsSurrogate(codePoint))
        {
            return false;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
                return true;
        }

        // Word_Break MidLetter, MidNumLet and Single_Quote.
        return codePoint switch
        {
            0x0027 or 0x002E or 0x003A or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019 or 0x2024
                or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A => true,
            _ => false,
        };
    }

    /// <summary>Whether the code point is Cased: Lu, Ll, Lt, Other_Lowercase or Other_Uppercase.</summary>
    /// <remarks>Only the Other_* characters that are not also case-ignorable are listed: the final-sigma scan skips
    /// the case-ignorable ones before it asks this question.</remarks>
    public static bool IsCased(int codePoint)
    {
        if (IsSurrogate(codePoint))
        {
            return false;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
                return true;
        }

        return codePoint is 0x00AA or 0x00BA
            or (>= 0x2160 and <= 0x217F)
            or (>= 0x24B6 and <= 0x24E9)
            or (>= 0x1F130 and <= 0x1F149)
            or (>= 0x1F150 and <= 0x1F169)
            or (>= 0x1F170 and <= 0x1F189);
    }

    private static bool IsSurrogate(int codePoint) => codePoint is >= 0xD800 and <= 0xDFFF;
}
