using System.Text.Json.Nodes;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>Reads a built search/index.js and the store's blocks in C#, independently of search-expand.js, for tests that
/// need the store.</summary>
internal static class SearchScript
{
    /// <summary>The object a script assigns: one object literal that is also JSON, and the script's version.</summary>
    public static JsonNode Data(string script)
    {
        var start = script.IndexOf("= {", StringComparison.Ordinal) + 2;
        var end = script.LastIndexOf("};", StringComparison.Ordinal) + 1;
        var data = JsonNode.Parse(script[start..end])!;
        Assert.Equal(SearchIndexWriter.FormatVersion, data["version"]!.GetValue<int>());
        return data;
    }

    /// <summary>What a chunk or block script (search/index-N.js, search/store-N.js) assigns: its last line is
    /// <c>window.NAME[N] = value;</c> with a JSON value.</summary>
    public static JsonNode Part(string script)
    {
        var start = script.LastIndexOf("] = ", StringComparison.Ordinal) + 4;
        var end = script.LastIndexOf(';');
        return JsonNode.Parse(script[start..end])!;
    }

    /// <summary>The scripts of a built site's search folder.</summary>
    public static SearchScripts<string> Read(string searchFolder)
    {
        var index = File.ReadAllText(Path.Combine(searchFolder, "index.js"));
        var data = Data(index);
        var chunks = data["index"]!["chunks"]!.AsArray().Select((_, n) => File.ReadAllText(Path.Combine(searchFolder, $"index-{n}.js"))).ToList();
        var blockCount = SearchStoreWriter.BlockCount(data["index"]!["documents"]!.GetValue<int>());
        var blocks = Enumerable.Range(0, blockCount).Select(n => File.ReadAllText(Path.Combine(searchFolder, $"store-{n}.js"))).ToList();
        return new(index, chunks, blocks);
    }

    /// <summary>Every document's store entry: kind, title, principle, URL, excerpt.</summary>
    public static List<string[]> Store(SearchScripts<string> scripts)
    {
        var data = Data(scripts.Index);
        var documents = data["index"]!["documents"]!.GetValue<int>();
        Assert.Equal(SearchStoreWriter.BlockSize, data["store"]!["block"]!.GetValue<int>());
        var blocks = scripts.Store.Select(block => Part(block).GetValue<string>()).ToList();
        Assert.Equal(SearchStoreWriter.BlockCount(documents), blocks.Count);

        var entries = new List<string[]>();
        string[] lines = [];
        string[] previous = [];
        for (var document = 0; document < documents; document++)
        {
            var inBlock = document % SearchStoreWriter.BlockSize;
            if (inBlock == 0)
            {
                lines = blocks[document / SearchStoreWriter.BlockSize].Split('\n');
                Assert.Equal(5 * Math.Min(SearchStoreWriter.BlockSize, documents - document), lines.Length);
                previous = ["", "", "", "", ""];
            }

            var entry = new string[5];
            for (var field = 0; field < 5; field++)
            {
                var (shared, rest) = ReadLine(lines[(5 * inBlock) + field]);
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
