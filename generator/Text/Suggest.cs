namespace PmGuideSite.Text;

/// <summary>Finds the known id closest to a misspelt one, for "did you mean" hints.</summary>
internal static class Suggest
{
    /// <summary>The closest candidate by edit distance, or null when nothing is reasonably close.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(value, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Beyond about half the word the "suggestion" is noise; a prefix match still helps ("dive" → "dive-deep").
        if (best is null)
        {
            return null;
        }

        var limit = Math.Max(2, value.Length / 2);
        return bestDistance <= limit || best.StartsWith(value, StringComparison.Ordinal) ? best : null;
    }

    /// <summary>The message tail " (did you mean 'x'?)", or empty when there is no close candidate.</summary>
    public static string Hint(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { } best ? $" (did you mean '{best}'?)" : string.Empty;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
