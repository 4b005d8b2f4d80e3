namespace PmGuideSite.Search;

/// <summary>JavaScript's own-property order, which decides the order of keys in lunr's serialized objects.</summary>
/// <remarks>Keys that are array indices ("0", "7", "42": canonical integers up to 2^32 - 2) come first in numeric
/// order; all other keys follow in insertion order. So a document with ref "7" is listed before one with ref
/// "guide/a" in every posting, whichever was added first.</remarks>
internal static class JsPropertyOrder
{
    private const ulong MaxArrayIndex = 4294967294;

    /// <summary>Whether the key is an array index, and its numeric value when it is.</summary>
    public static bool IsArrayIndex(string key, out uint value)
    {
        value = 0;
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong number = 0;
        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (ulong)(c - '0');
        }

        if (number > MaxArrayIndex)
        {
            return false;
        }

        value = (uint)number;
        return true;
    }

    /// <summary>The positions 0..n-1 of keys given in insertion order, reordered as JavaScript enumerates them.</summary>
    public static int[] Order(IReadOnlyList<string> keysInInsertionOrder)
    {
        var indices = new List<(uint Value, int Position)>();
        var others = new List<int>();
        for (var i = 0; i < keysInInsertionOrder.Count; i++)
        {
            if (IsArrayIndex(keysInInsertionOrder[i], out var value))
            {
                indices.Add((value, i));
            }
            else
            {
                others.Add(i);
            }
        }

        indices.Sort((a, b) => a.Value.CompareTo(b.Value));
        var order = new int[keysInInsertionOrder.Count];
        var next = 0;
        foreach (var (_, position) in indices)
        {
            order[next++] = position;
        }

        foreach (var position in others)
        {
            order[next++] = position;
        }

        return order;
    }
}
