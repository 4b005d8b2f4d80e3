using System.Globalization;
using System.Text.Json.Nodes;
using PmGuideSite.Tests.Support;
using Xunit.Abstractions;

namespace PmGuideSite.Tests.Search;

/// <summary>
/// Search on what students type: the labelled queries of <c>tests/SearchRelevance/queries.tsv</c> (written from the
/// content by someone who had not seen the search code) run through the site's own search code under Node, on the
/// shipped site. Rows alternate between a calibration half (odd rows, which tuning looked at) and a held-out half
/// (even rows); the floors hold on the held-out half.
/// </summary>
public sealed class SearchRelevanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Held_out_queries_find_an_accepted_page_in_the_first_three()
    {
        using var site = TempSite.FromRepository();
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);
        using var folder = new TempFolder();
        var results = folder.File("relevance.json");
        NodeTool.Run("relevance.js", site.Output, Path.Combine(NodeTool.RepoRoot, "tests", "SearchRelevance", "queries.tsv"), results);

        var rows = JsonNode.Parse(File.ReadAllText(results))!.AsArray().Select(r => r!).ToList();
        Assert.True(rows.Count >= 50, "the relevance set has at least 50 queries");
        var calibration = Figures(rows.Where((_, i) => i % 2 == 0).ToList());
        var heldOut = Figures(rows.Where((_, i) => i % 2 == 1).ToList());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration: success@3 {calibration.Success:0.00}, MRR {calibration.Mrr:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out: success@3 {heldOut.Success:0.00}, MRR {heldOut.Mrr:0.000}"));

        Assert.True(heldOut.Success >= 0.85, $"held-out success@3 is {heldOut.Success:0.00}, below the floor of 0.85");
        Assert.True(heldOut.Mrr >= 0.78, $"held-out MRR is {heldOut.Mrr:0.000}, below the floor of 0.78");
    }

    // success@3: the share of queries with an accepted page among the first three; MRR: the mean of 1/rank of the
    // first accepted page (0 when none of the first ten is).
    private static (double Success, double Mrr) Figures(IReadOnlyList<JsonNode> rows)
    {
        var success = 0;
        var reciprocal = 0.0;
        foreach (var row in rows)
        {
            var accept = row["accept"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
            var urls = row["results"]!.AsArray().Select(u => u!.GetValue<string>()).ToList();
            var rank = urls.FindIndex(url => accept.Any(a => a.Contains('#', StringComparison.Ordinal) ? url == a : url.Split('#')[0] == a));
            if (rank >= 0)
            {
                reciprocal += 1.0 / (rank + 1);
                success += rank < 3 ? 1 : 0;
            }
        }

        return ((double)success / rows.Count, reciprocal / rows.Count);
    }
}
