using System.Text.Json;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>Reads a built search/index.js in C#, independently of search-expand.js, for tests that need its store.</summary>
internal static class SearchScript
{
    /// <summary>Every document's store entry: kind, title, principle, URL, excerpt.</summary>
    public static List<string[]> Store(string script)
    {
        // The script assigns one object literal that is also JSON.
        var start = script.IndexOf("= {", StringComparison.Ordinal) + 2;
        var end = script.LastIndexOf("};", StringComparison.Ordinal) + 1;
        using var data = JsonDocument.Parse(script[start..end]);
        var documents = data.RootElement.GetProperty("index").GetProperty("documents").GetInt32();
        var lines = data.RootElement.GetProperty("store").GetString()!.Split('\n');
        Assert.Equal(Math.Max(1, 5 * documents), lines.Length);

        var entries = new List<string[]>();
        string[] previous = ["", "", "", "", ""];
        for (var document = 0; document < documents; document++)
        {
            if (document % SearchStoreWriter.RestartInterval == 0)
            {
                previous = ["", "", "", "", ""];
            }

            var entry = new string[5];
            for (var field = 0; field < 5; field++)
            {
                var (shared, rest) = ReadLine(lines[(5 * document) + field]);
                var before = previous[field];
                entry[field] = field == 1 ? rest + before[^shared..] : before[..shared] + rest;
            }

            entries.Add(entry);
            previous = entry;
        }

        return entries;
    }

    // A line is a number in CompactIndexWriter's digits (how much it shares with the line before) and then the rest.
    private static (int Shared, string Remainder) ReadLine(string line)
    {
        var shared = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var digit = CompactIndexWriter.Digits.IndexOf(line[i], StringComparison.Ordinal);
            Assert.True(digit >= 0, $"not a digit at {i} of '{line}'");
            if (digit < 32)
            {
                return ((shared * 32) + digit, line[(i + 1)..]);
            }

            shared = (shared * 32) + digit - 32;
        }

        Assert.Fail($"the store line '{line}' has no number");
        return (0, line);
    }
}
