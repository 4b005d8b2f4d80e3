using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Search;

/// <summary>One alias: what students type (<see cref="Terms"/>, each one or more words) and the words the site uses for it.</summary>
internal sealed record SearchAlias(IReadOnlyList<string> Terms, string Means);

/// <summary>Reads <c>content/search-aliases.yml</c>, the list of abbreviations and other names that search also looks
/// for ("br" finds "bar raiser"); every problem is a diagnostic at its line and column.</summary>
internal static partial class SearchAliases
{
    /// <summary>The file's name in the content folder.</summary>
    public const string FileName = "search-aliases.yml";

    /// <summary>The site's aliases (none when the file is absent); null after reporting problems.</summary>
    public static IReadOnlyList<SearchAlias>? LoadForSite(Config.SiteConfig config, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(config.ContentDirectory, FileName);
        return File.Exists(path) ? Load(path, diagnostics) : [];
    }

    /// <summary>Loads the aliases at <paramref name="fullPath"/>; null after reporting problems.</summary>
    public static IReadOnlyList<SearchAlias>? Load(string fullPath, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        if (YamlText.ReadFields(fullPath, "the search aliases", DiagnosticCodes.InvalidValue,
                "the search aliases must be a set of fields with a list 'aliases'", diagnostics) is not { } fields)
        {
            return null;
        }

        var displayPath = DisplayPath.For(fullPath);
        var aliases = new List<SearchAlias>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var node in fields.MappingList("aliases"))
        {
            var entry = new YamlFields(node, displayPath, 1, diagnostics, "an alias");
            var terms = entry.StringList("terms", required: true, minCount: 1);
            var means = entry.RequiredString("means");
            entry.ReportUnknown();
            var normalised = new List<string>();
            foreach (var term in terms)
            {
                var words = Words(term.Value);
                if (words.Length == 0)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, $"the alias '{term.Value}' has no letters or digits to search for", term.Span);
                }
                else if (seen.TryGetValue(words, out var first))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateId,
                        $"the alias '{term.Value}' is already listed at {first.Path}({first.Line},{first.Column}); list each alias once", term.Span);
                }
                else
                {
                    seen.Add(words, term.Span);
                    normalised.Add(words);
                }
            }

            if (means is not null && Words(means).Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, $"'means: {means}' has no letters or digits to search for", entry.SpanOfField("means"));
            }
            else if (means is not null && normalised.Count > 0)
            {
                aliases.Add(new SearchAlias(normalised, Words(means)));
            }
        }

        fields.ReportUnknown();
        return diagnostics.ErrorCount == before ? aliases : null;
    }

    /// <summary>The words of a phrase as search.js compares them: lower case, split at anything but letters and digits,
    /// joined by one space ("Two-way door" → "two way door").</summary>
    public static string Words(string phrase) =>
        string.Join(' ', NotWord().Split(phrase.ToLowerInvariant()).Where(w => w.Length > 0));

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex NotWord();
}
