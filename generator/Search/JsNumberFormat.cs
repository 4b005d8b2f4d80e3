using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PmGuideSite.Search;

/// <summary>Writes numbers as JSON.stringify does: JavaScript's Number toString, culture-invariant.</summary>
internal static class JsNumberFormat
{
    /// <summary>The number as JSON.stringify writes it ("null" for NaN and ±∞, "0" for -0).</summary>
    public static string Format(double value)
    {
        var builder = new StringBuilder(24);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends the number as JSON.stringify writes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Append(StringBuilder builder, double value)
    {
        if (!double.IsFinite(value))
        {
            builder.Append("null");
            return;
        }

        if (value == 0)
        {
            builder.Append('0');
            return;
        }

        if (TryAppendThousandths(builder, value))
        {
            return;
        }

        // .NET's "R" gives the same shortest round-trip digits as JavaScript; only the layout can differ, and only
        // when .NET chose exponent notation, which it does for a wider range than JavaScript (from 1e21, below 1e-6).
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        text = text[..length];
        if (text.IndexOf('E') < 0)
        {
            builder.Append(text);
            return;
        }

        if (text[0] == '-')
        {
            builder.Append('-');
            text = text[1..];
        }

        var e = text.IndexOf('E');
        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        Span<char> digits = stackalloc char[24];
        var digitCount = 0;
        foreach (var c in text[..e])
        {
            if (c != '.')
            {
                digits[digitCount++] = c;
            }
        }

        AppendLayout(builder, digits[..digitCount], exponent + 1);
    }

    // lunr rounds every score to m/1000. When m/1000 is exactly the double and |m| < 10^15, the decimal m/1000
    // has at most 15 significant digits, so no other decimal that short maps to the same double: it is the shortest
    // round-trip form, and it can be written from the integer m without a general shortest-digits search.
    private static bool TryAppendThousandths(StringBuilder builder, double value)
    {
        if (!(Math.Abs(value) < 1e12))
        {
            return false;
        }

        var thousandths = Math.Round(value * 1000);
        if (thousandths / 1000 != value)
        {
            return false;
        }

        var m = (long)thousandths;
        if (m < 0)
        {
            builder.Append('-');
            m = -m;
        }

        builder.Append(m / 1000);
        var fraction = (int)(m % 1000);
        if (fraction != 0)
        {
            builder.Append('.').Append((char)('0' + (fraction / 100)));
            fraction %= 100;
            if (fraction != 0)
            {
                builder.Append((char)('0' + (fraction / 10)));
                fraction %= 10;
                if (fraction != 0)
                {
                    builder.Append((char)('0' + fraction));
                }
            }
        }

        return true;
    }

    // ECMAScript Number::toString: the value is 0.d1d2…dk × 10^n.
    private static void AppendLayout(StringBuilder builder, ReadOnlySpan<char> digits, int n)
    {
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits[..n]).Append('.').Append(digits[n..]);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits[1..]);
            }

            builder.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
    }
}
