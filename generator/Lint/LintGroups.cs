using System.Globalization;
using System.Text;
using PmGuideSite.Text;

namespace PmGuideSite.Lint;

/// <summary>One message of a rule with every place it was found.</summary>
internal sealed record LintMessage(string Message, IReadOnlyList<LintFinding> Findings)
{
    /// <summary>How many places a message lists before it says "and N more".</summary>
    public const int PlacesShown = 10;

    /// <summary>The message followed by the quoted places, each with its line and column: <c>"we" (2,6), "our" (4,1)</c>.</summary>
    public string Describe(string answer)
    {
        var builder = new StringBuilder(Message);
        var places = Findings.Where(f => f.Length > 0).ToList();
        for (var i = 0; i < places.Count && i < PlacesShown; i++)
        {
            var (line, column) = SourceText.LineColumn(answer, places[i].Start);
            var words = answer.Substring(places[i].Start, places[i].Length).ReplaceLineEndings(" ");
            builder.Append(i == 0 ? ": " : ", ").Append('"').Append(words.Length > 40 ? words[..39] + "…" : words).Append('"')
                .Append(CultureInfo.InvariantCulture, $" ({line},{column})");
        }

        if (places.Count > PlacesShown)
        {
            builder.Append(CultureInfo.InvariantCulture, $" and {places.Count - PlacesShown} more");
        }

        return builder.ToString();
    }
}

/// <summary>A rule's findings, so its reason is shown once: its messages in the order first found, each with its places.</summary>
internal sealed record LintGroup(RubricRule Rule, IReadOnlyList<LintMessage> Messages)
{
    /// <summary>The groups of some findings, in the order of each rule's first finding (rubric.js's groups() agrees).</summary>
    public static IReadOnlyList<LintGroup> Of(Rubric rubric, IReadOnlyList<LintFinding> findings)
    {
        var byId = rubric.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return findings.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(rule => new LintGroup(byId[rule.Key], rule.GroupBy(f => f.Message, StringComparer.Ordinal).Select(m => new LintMessage(m.Key, m.ToList())).ToList()))
            .ToList();
    }
}
