using PmGuideSite.Search;
using System.Runtime.CompilerServices;

namespace PmGuideSite.Tests.Search.Oracle;

/// <summary>JavaScript's Math.round and V8's Math.log, bit for bit, for lunr's scoring.</summary>
internal static class JsMath
{
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double TwoTo54 = 18014398509481984.0;

    // Minimax coefficients of the published fdlibm logarithm, for log(1+f) = 2s + s*R(s*s) with s = f/(2+f).
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    /// <summary>Math.round: the nearest integer, halves rounded up (towards +∞), and -0 for -0.5 ≤ x &lt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Round(double x)
    {
        if (!double.IsFinite(x))
        {
            return x;
        }

        // x - floor(x) is exact, so the comparison is never fooled the way floor(x + 0.5) is near 0.5 - 2^-54.
        var floor = Math.Floor(x);
        var rounded = x - floor >= 0.5 ? floor + 1 : floor;
        return rounded == 0 && double.IsNegative(x) ? -0.0 : rounded;
    }

    /// <summary>Math.log as V8 computes it (the fdlibm algorithm), which differs from .NET's Math.Log in the last bit
    /// for about one argument in thirteen; lunr's idf goes through it, so its scores depend on it.</summary>
    public static double Log(double x)
    {
        if (!(x > 0) || double.IsPositiveInfinity(x))
        {
            // NaN, negative, zero and +∞ have exact answers that every library agrees on.
            return Math.Log(x);
        }

        // Write x = 2^k * (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2).
        var k = 0;
        if (x < 2.2250738585072014E-308)
        {
            // Subnormal: scale into the normal range first.
            x *= TwoTo54;
            k = -54;
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        var high = (int)(bits >> 32);
        k += (high >> 20) - 1023;
        var mantissaHigh = high & 0x000fffff;

        // Pick the exponent that puts the mantissa into [sqrt(2)/2, sqrt(2)); 0x95f64 is sqrt(2)'s high mantissa bits.
        var carry = (mantissaHigh + 0x95f64) & 0x100000;
        var normalized = BitConverter.Int64BitsToDouble(((long)(mantissaHigh | (carry ^ 0x3ff00000)) << 32) | (bits & 0xffffffffL));
        k += carry >> 20;
        var f = normalized - 1.0;
        double dk = k;

        if ((0x000fffff & (2 + mantissaHigh)) < 3)
        {
            // |f| < 2^-20: two terms of the series are enough.
            if (f == 0)
            {
                return k == 0 ? 0 : (dk * Ln2High) + (dk * Ln2Low);
            }

            var series = f * f * (0.5 - (0.33333333333333333 * f));
            return k == 0 ? f - series : (dk * Ln2High) - ((series - (dk * Ln2Low)) - f);
        }

        var s = f / (2.0 + f);
        var z = s * s;
        var w = z * z;
        var evenCoefficientTerms = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        var oddCoefficientTerms = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        var r = oddCoefficientTerms + evenCoefficientTerms;

        // fdlibm takes f²/2 out separately outside a narrow band of mantissas; the band decides the last bit.
        if (((mantissaHigh - 0x6147a) | (0x6b851 - mantissaHigh)) > 0)
        {
            var halfSquare = 0.5 * f * f;
            return k == 0
                ? f - (halfSquare - (s * (halfSquare + r)))
                : (dk * Ln2High) - ((halfSquare - ((s * (halfSquare + r)) + (dk * Ln2Low))) - f);
        }

        return k == 0
            ? f - (s * (f - r))
            : (dk * Ln2High) - (((s * (f - r)) - (dk * Ln2Low)) - f);
    }
}
