namespace PmGuideSite.Tests.Search;

/// <summary>Comparison of long texts such as serialized indexes, reporting where they part.</summary>
internal static class LongText
{
    /// <summary>Fails unless the texts are equal, showing 200 characters either side of the first difference.</summary>
    /// <remarks>A plain Assert.Equal of two megabyte strings is unreadable.</remarks>
    public static void AssertSame(string expected, string actual, string expectedName = "lunr.js", string actualName = "C#")
    {
        if (expected == actual)
        {
            return;
        }

        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 200);
        Assert.Fail(
            $"The {actualName} index differs from {expectedName}'s at character {at} (lengths {expected.Length} and {actual.Length}).\n"
            + $"{expectedName}: …{expected[from..Math.Min(expected.Length, at + 200)]}…\n"
            + $"{actualName}: …{actual[from..Math.Min(actual.Length, at + 200)]}…");
    }
}
