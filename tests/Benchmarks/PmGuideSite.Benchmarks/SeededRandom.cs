namespace PmGuideSite.Benchmarks;

/// <summary>A small seeded generator (SplitMix64), so a corpus is the same on every machine and .NET version.</summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A value in [0, <paramref name="max"/>).</summary>
    public int Next(int max)
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z % (ulong)max);
    }

    /// <summary>One item of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
