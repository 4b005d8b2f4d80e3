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
        File.WriteAllText(temp.File("compact.json"), LunrIndexBuilder.BuildCompact(testCase.Fields, testCase.Documents));

        var (hits, results) = ExpandAndCompare(temp, "compact.json", LunrGoldenCases.Queries);
        using (results)
        {
            Assert.Equal(JsonValueKind.Null, results.RootElement.GetProperty("store").ValueKind);
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
        File.WriteAllText(temp.File("index.js"), Shipped("index.js"));
        File.WriteAllText(temp.File("store.js"), Shipped("store.js"));
        string[] queries =
        [
            "ownership", "owner", "metric*", "disagree commit", "bar raiser", "dive deep", "customer obsession",
            "title:ownership", "body:launch", "principle:ownership", "+metric -counter", "mechanism^10 trade", "launhc~1",
            "custmer~2", "star", "p95", "prfaq", "stakeholder", "the", "*",
        ];

        var (hits, results) = ExpandAndCompare(temp, "index.js", queries);
        using (results)
        {
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
    [InlineData("store line missing", "the search index is damaged")]
    public void A_damaged_index_is_refused_rather_than_misread(string damage, string expected)
    {
        var scripts = SearchIndexWriter.Write(
        [
            new("chapter", "Risk registers", "Ownership", "Every risk has one owner; owners review risks weekly.", "chapters/risk.html", "Every risk…"),
            new("question", "Who owns the plan?", "Ownership", "plan owner review", "questions/ownership.html#q-1", "Probe"),
        ]);

        // Each script assigns one object literal that is also JSON: { version, index } and { version, store }.
        var index = SearchScript.Data(scripts.Index)["index"]!.DeepClone();
        var data = new JsonObject { ["index"] = index, ["store"] = SearchScript.Data(scripts.Store)["store"]!.DeepClone() };
        var lengths = index["lengths"]!.GetValue<string>();
        var postings = index["postings"]!.GetValue<string>();
        var store = data["store"]!.AsArray();
        var lastBlock = store[^1]!.GetValue<string>();

        // "risk" is term 0, once in document 0's title and twice in its body: its counts are 1 title, 0 principles and
        // 1 body ("$#$"); its posting is the title's document gap 0 ('#'), the body's gap 0 with a repeat flag ('$')
        // and the frequency 2 − 2 ('#').
        Assert.StartsWith("$#$", index["counts"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("#$# ", postings, StringComparison.Ordinal);
        switch (damage)
        {
            case "lengths cut short": index["lengths"] = lengths[..^1]; break;
            case "lengths with a quote": index["lengths"] = lengths[..^1] + "\""; break;
            case "one slot too many": index["lengths"] = lengths + "#"; break;
            case "posting cut short": index["postings"] = postings[..^1]; break;
            case "frequency changed": index["postings"] = "#$$" + postings[3..]; break;
            case "document past the last": index["postings"] = "'$#" + postings[3..]; break;
            case "counts cut short": index["counts"] = index["counts"]!.GetValue<string>()[..^1]; break;
            case "store line missing": store[^1] = lastBlock[..lastBlock.LastIndexOf('\n')]; break;
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
}
