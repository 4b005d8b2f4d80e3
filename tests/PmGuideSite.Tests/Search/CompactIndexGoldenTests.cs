using System.Text.Json;
using System.Text.Json.Nodes;
using PmGuideSite.Output;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>
/// The compact index the site ships, expanded by the theme's own search-expand.js under Node, must be the index lunr.js
/// builds from the same documents: the same serialization character for character, and the same results.
/// </summary>
public sealed class CompactIndexGoldenTests
{
    public static TheoryData<string> CaseNames => new(LunrGoldenCases.Names);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ExpandedIndexIsTheIndexLunrJsBuilds(string caseName)
    {
        var testCase = LunrGoldenCases.Get(caseName);
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("input.json"), testCase.ToInputJson());
        NodeTool.Run("build-index.js", temp.File("input.json"), temp.File("lunr.json"));
        // Chunks of a few terms each, so that the cases split into many and a query must say which it needs.
        File.WriteAllText(temp.File("compact.json"), LunrIndexBuilder.BuildCompact(testCase.Fields, testCase.Documents, chunkCharacters: 40));

        var (hits, results) = ExpandAndCompare(temp, "compact.json", LunrGoldenCases.Queries);
        using (results)
        {
            Assert.Equal(JsonValueKind.Null, results.RootElement.GetProperty("store").ValueKind);
            AssertQueriesReadOnlySomeChunks(results, testCase.Documents.Count >= 10);
        }

        // Equal empty answers would prove nothing: the cases with documents must find some.
        Assert.True(testCase.Documents.Count < 10 || hits >= 5, $"only {hits} queries found documents");
    }

    [Fact]
    public void The_search_index_the_site_ships_expands_to_the_index_lunr_js_builds_from_its_documents()
    {
        var (result, documents) = ShippedSearch.Build();
        string Shipped(string name)
        {
            var bytes = Assert.IsType<SiteFile.Utf8>(result.Site.Files.Single(f => f.Key == "search/" + name).Value).Content;
            Assert.All(bytes, b => Assert.True(b < 0x80, $"search/{name} is ASCII"));
            return System.Text.Encoding.ASCII.GetString(bytes);
        }

        using var temp = new TempFolder();
        var lunrCase = new LunrCase("site", SearchIndexWriter.Fields, SearchIndexWriter.LunrDocuments(documents));
        File.WriteAllText(temp.File("input.json"), lunrCase.ToInputJson());
        NodeTool.Run("build-index.js", temp.File("input.json"), temp.File("lunr.json"));
        Directory.CreateDirectory(temp.File("search"));
        foreach (var name in result.Site.Files.Select(f => f.Key).Where(k => k.StartsWith("search/", StringComparison.Ordinal) && k != "search/words.js"))
        {
            File.WriteAllText(temp.File(name), Shipped(name["search/".Length..]));
        }
        string[] queries =
        [
            "ownership", "owner", "metric*", "disagree commit", "bar raiser", "dive deep", "customer obsession",
            "title:ownership", "body:launch", "principle:ownership", "+metric -counter", "mechanism^10 trade", "launhc~1",
            "custmer~2", "star", "p95", "prfaq", "stakeholder", "the", "*",
        ];

        var (hits, results) = ExpandAndCompare(temp, Path.Combine("search", "index.js"), queries);
        using (results)
        {
            Assert.True(results.RootElement.GetProperty("chunkCount").GetInt32() >= 2, "the shipped index is in more than one chunk");
            AssertQueriesReadOnlySomeChunks(results, true);
            Assert.True(documents.Count > 50, $"only {documents.Count} documents");
            Assert.True(hits >= queries.Length - 3, $"only {hits} of {queries.Length} queries found documents");

            // The store, read back by search-expand.js, shows each document's kind, title, principle, URL and excerpt.
            var store = results.RootElement.GetProperty("store");
            Assert.Equal(documents.Count, store.GetArrayLength());
            for (var i = 0; i < documents.Count; i++)
            {
                var d = documents[i];
                Assert.Equal([d.Kind, d.Title, d.Principle, d.Url, d.Excerpt], store[i].EnumerateArray().Select(e => e.GetString()));
            }
        }
    }

    [Theory]
    [InlineData("intact", "")]
    [InlineData("lengths cut short", "the search index is damaged")]
    [InlineData("lengths with a quote", "the search index is damaged")]
    [InlineData("one slot too many", "the search index is damaged")]
    [InlineData("posting cut short", "the search index is damaged")]
    [InlineData("frequency changed", "the search index is damaged")]
    [InlineData("document past the last", "the search index is damaged")]
    [InlineData("counts cut short", "the search index is damaged")]
    [InlineData("chunk not the range it should be", "the search index is damaged")]
    [InlineData("term number past the last", "the search index is damaged")]
    [InlineData("store line missing", "the search index is damaged")]
    [InlineData("store block not loaded", "the search needs more of the index")]
    public void A_damaged_index_is_refused_rather_than_misread(string damage, string expected)
    {
        var scripts = SearchIndexWriter.Write(
        [
            new("chapter", "Risk registers", "Ownership", "Every risk has one owner; owners review risks weekly.", "chapters/risk.html", "Every risk…"),
            new("question", "Who owns the plan?", "Ownership", "plan owner review", "questions/ownership.html#q-1", "Probe"),
        ]);

        // Each script assigns one object literal that is also JSON: { version, index, aliases, store }, a chunk, a block.
        var main = SearchScript.Data(scripts.Index);
        var index = main["index"]!.DeepClone();
        var chunk = Assert.Single(scripts.Chunks.Select(SearchScript.Part)).AsObject();
        var blocks = new JsonArray([.. scripts.Store.Select(b => (JsonNode)SearchScript.Part(b).GetValue<string>())]);
        var data = new JsonObject { ["index"] = index, ["chunks"] = new JsonArray(chunk), ["block"] = main["store"]!["block"]!.DeepClone(), ["blocks"] = blocks };
        var lengths = index["lengths"]!.GetValue<string>();
        var terms = chunk["terms"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        var records = chunk["postings"]!.GetValue<string>().Split(' ');
        var counts = chunk["counts"]!.GetValue<string>();
        var risk = terms.IndexOf("risk");
        var lastBlock = blocks[^1]!.GetValue<string>();

        // "risk" is once in document 0's title and twice in its body: its counts are 1 title, 0 principles and 1 body
        // ("$#$"); its posting is the title's document gap 0 ('#'), the body's gap 0 with a repeat flag ('$') and the
        // frequency 2 − 2 ('#'). Every count here is one digit.
        Assert.Equal(counts.Length, 3 * terms.Count);
        Assert.Equal("$#$", counts.Substring(3 * risk, 3));
        Assert.Equal("#$#", records[risk]);
        string WithRisk(string record) => string.Join(' ', records.Select((r, i) => i == risk ? record : r));
        switch (damage)
        {
            case "lengths cut short": index["lengths"] = lengths[..^1]; break;
            case "lengths with a quote": index["lengths"] = lengths[..^1] + "\""; break;
            case "one slot too many": index["lengths"] = lengths + "#"; break;
            case "posting cut short": chunk["postings"] = WithRisk("#$"); break;
            case "frequency changed": chunk["postings"] = WithRisk("#$$"); break;
            case "document past the last": chunk["postings"] = WithRisk("'$#"); break;
            case "counts cut short": chunk["counts"] = counts[..^1]; break;
            case "chunk not the range it should be": index["chunks"]![0]![0] = "a"; break;
            case "term number past the last": chunk["numbers"] = "?" + chunk["numbers"]!.GetValue<string>()[1..]; break;
            case "store line missing": blocks[^1] = lastBlock[..lastBlock.LastIndexOf('\n')]; break;
            case "store block not loaded": blocks.RemoveAt(blocks.Count - 1); break;
        }

        using var temp = new TempFolder();
        File.WriteAllText(temp.File("input.json"), data.ToJsonString());
        NodeTool.Run("expand-damaged.js", temp.File("input.json"), temp.File("output.json"));

        using var output = JsonDocument.Parse(File.ReadAllText(temp.File("output.json")));
        Assert.Equal(expected, output.RootElement.GetProperty("error").GetString());
    }

    // Runs expand-index.js on the compact index in `compactName` against lunr.json; asserts identical results and
    // serialization and returns how many queries found something, and the script's output.
    private static (int Hits, JsonDocument Results) ExpandAndCompare(TempFolder temp, string compactName, IReadOnlyList<string> queries)
    {
        File.WriteAllText(temp.File("queries.json"), TestJson.Strings(queries));
        NodeTool.Run("expand-index.js", temp.File(compactName), temp.File("lunr.json"), temp.File("queries.json"), temp.File("results.json"), temp.File("expanded.json"));

        var results = JsonDocument.Parse(File.ReadAllText(temp.File("results.json")));
        var hits = 0;
        foreach (var result in results.RootElement.GetProperty("results").EnumerateArray())
        {
            var query = result.GetProperty("query").GetString();
            var fromLunr = result.GetProperty("a").GetRawText();
            var expanded = result.GetProperty("b").GetRawText();
            Assert.True(fromLunr == expanded, $"query '{query}': lunr.js's index gives {fromLunr}, the expanded index gives {expanded}");
            // Loading only the chunks the query asked for, all at once, gives the same results.
            var onDemand = result.GetProperty("c").GetRawText();
            Assert.True(fromLunr == onDemand, $"query '{query}': lunr.js's index gives {fromLunr}, the index with only the chunks the query asked for gives {onDemand}");
            Assert.True(result.GetProperty("rounds").GetInt32() <= 1, $"query '{query}' asked for chunks more than once");
            if (result.GetProperty("a").ValueKind == JsonValueKind.Array && result.GetProperty("a").GetArrayLength() > 0)
            {
                hits++;
            }
        }

        Assert.Equal(queries.Count, results.RootElement.GetProperty("results").GetArrayLength());
        var tokens = results.RootElement.GetProperty("tokens");
        Assert.Equal(tokens.GetProperty("a").GetRawText(), tokens.GetProperty("b").GetRawText());
        LongText.AssertSame(File.ReadAllText(temp.File("lunr.json")), File.ReadAllText(temp.File("expanded.json")), "lunr.js", "expanded");
        return (hits, results);
    }

    // A query that names a few words reads a few chunks: some query with results must have read fewer than all of them.
    private static void AssertQueriesReadOnlySomeChunks(JsonDocument results, bool required)
    {
        var chunkCount = results.RootElement.GetProperty("chunkCount").GetInt32();
        var reads = results.RootElement.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("a").ValueKind == JsonValueKind.Array && r.GetProperty("a").GetArrayLength() > 0)
            .Select(r => r.GetProperty("chunksRead").GetInt32()).ToList();
        if (required && chunkCount > 2)
        {
            Assert.Contains(reads, read => read > 0 && read < chunkCount / 2);
        }
    }
}
