using System.Globalization;
using System.Text.RegularExpressions;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Lint;

/// <summary>Reads and checks <c>rubric.yml</c>; every problem is a diagnostic at its line and column.</summary>
internal static partial class RubricLoader
{
    private static readonly string[] Levels = ["error", "warning"];
    private static readonly string[] Kinds = ["words", "balance", "claims", "evidence", "length", "parts"];

    /// <summary>The site's <c>content/rubric.yml</c>; a site without one gets an empty rubric (lint.html then says so).</summary>
    public static Rubric? LoadForSite(Config.SiteConfig config, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(config.ContentDirectory, Rubric.FileName);
        return File.Exists(path) ? Load(path, diagnostics) : new Rubric(Rubric.CurrentVersion, []);
    }

    /// <summary>Loads the rubric at <paramref name="fullPath"/>; null after reporting problems.</summary>
    public static Rubric? Load(string fullPath, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        if (YamlText.ReadFields(fullPath, "the rubric", DiagnosticCodes.RubricInvalid,
                $"the rubric must be a set of fields: 'version: {Rubric.CurrentVersion}', optional 'fragments' and a list 'rules'", diagnostics) is not { } fields)
        {
            return null;
        }

        var displayPath = DisplayPath.For(fullPath);
        var version = fields.RequiredInt("version");
        if (version is { } v && v != Rubric.CurrentVersion)
        {
            diagnostics.Error(DiagnosticCodes.RubricInvalid, $"this generator reads rubric version {Rubric.CurrentVersion}, not {v}", fields.SpanOfField("version"));
        }

        var fragments = ReadFragments(fields.OptionalMapping("fragments", "the rubric's fragments"), diagnostics);
        var rules = new List<RubricRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fields.MappingList("rules"))
        {
            var reader = new RuleReader(new YamlFields(node, displayPath, 1, diagnostics, "a rubric rule"), fragments, diagnostics);
            if (reader.Read() is { } rule)
            {
                if (ids.Add(rule.Id))
                {
                    rules.Add(rule);
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateId, $"the rule id '{rule.Id}' is used twice; rule ids must be unique", YamlText.At(displayPath, node.Start, 1));
                }
            }
        }

        fields.ReportUnknown();
        return diagnostics.ErrorCount == before ? new Rubric(version ?? Rubric.CurrentVersion, rules) : null;
    }

    // Named pieces of patterns ("{{own-action}}"), each a valid pattern on its own; a fragment may use earlier ones.
    private static Dictionary<string, string> ReadFragments(YamlFields? fields, DiagnosticBag diagnostics)
    {
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields is null)
        {
            return fragments;
        }

        foreach (var name in fields.Keys())
        {
            var reader = new RuleReader(fields, fragments, diagnostics);
            if (!ContentLoader.IsValidId(name))
            {
                diagnostics.Error(DiagnosticCodes.InvalidId, $"the fragment name '{name}' is not valid: use lowercase letters, digits and single hyphens", fields.SpanOfField(name));
            }
            else if (reader.Pattern(name, required: true) is { } pattern)
            {
                fragments[name] = pattern;
            }
        }

        return fragments;
    }

    [GeneratedRegex("\\{\\{([a-z0-9-]+)\\}\\}")]
    private static partial Regex FragmentReference();

    private sealed class RuleReader(YamlFields rule, IReadOnlyDictionary<string, string> fragments, DiagnosticBag diagnostics)
    {
        public RubricRule? Read()
        {
            var before = diagnostics.ErrorCount;
            var id = rule.RequiredString("id");
            if (id is not null && !ContentLoader.IsValidId(id))
            {
                diagnostics.Error(DiagnosticCodes.InvalidId, $"the rule id '{id}' is not valid: use lowercase letters, digits and single hyphens", rule.SpanOfField("id"));
            }

            var level = rule.RequiredChoice("level", Levels);
            var title = rule.RequiredString("title");
            var kind = rule.RequiredChoice("kind", Kinds);
            var reason = rule.RequiredString("reason");
            var instead = rule.RequiredString("instead");
            string? message = null, pattern = null, requires = null;
            IReadOnlyList<WordList> lists = [];
            IReadOnlyList<RulePart> parts = [];
            int min = 0, max = 0;
            switch (kind)
            {
                case "words":
                    lists = Lists(required: true, followedBy: null);
                    min = rule.Has("min_count") ? Count("min_count", required: true) : 1;
                    break;
                case "balance":
                    message = rule.RequiredString("message");
                    pattern = Pattern("mine", required: true);
                    lists = Lists(required: true, Pattern("followed_by", required: false));
                    min = Count("min_mine", required: true);
                    break;
                case "claims":
                    message = rule.RequiredString("message");
                    pattern = Pattern("claim", required: true);
                    requires = Pattern("requires", required: true);
                    break;
                case "evidence":
                    message = rule.RequiredString("message");
                    pattern = Pattern("evidence", required: true);
                    requires = Pattern("requires", required: false);
                    min = Count("min_words", required: true);
                    break;
                case "length":
                    message = rule.RequiredString("message");
                    min = Count("min_words", required: false);
                    max = Count("max_words", required: false);
                    if (min == 0 && max == 0)
                    {
                        diagnostics.Error(DiagnosticCodes.MissingField, "a length rule needs 'min_words', 'max_words' or both", rule.Start);
                    }

                    break;
                case "parts":
                    parts = Parts();
                    break;
            }

            var whenQuestion = Pattern("when_question", required: false);
            var levels = rule.StringList("levels", required: false).Select(l => l.Value.ToLowerInvariant()).ToList();
            foreach (var bad in levels.Where(l => l is not ("l5" or "l6" or "l7")))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, $"'{bad}' is not a level; use L5, L6 or L7", rule.SpanOfField("levels"));
            }

            rule.ReportUnknown();
            if (diagnostics.ErrorCount != before || id is null || level is null || title is null || kind is null || reason is null || instead is null)
            {
                return null;
            }

            var ruleKind = Enum.Parse<RuleKind>(kind, ignoreCase: true);
            return new RubricRule(id, level == "error" ? Severity.Error : Severity.Warning, title, ruleKind, message ?? string.Empty, reason, instead,
                pattern, requires, lists, parts, min, max, whenQuestion, levels);
        }

        public string? Pattern(string key, bool required)
        {
            if (!required && !rule.Has(key))
            {
                return null;
            }

            var pattern = rule.RequiredString(key);
            if (pattern is null)
            {
                return null;
            }

            string? unknown = null;
            var expanded = FragmentReference().Replace(pattern, m =>
            {
                if (fragments.TryGetValue(m.Groups[1].Value, out var fragment))
                {
                    return fragment;
                }

                unknown ??= m.Groups[1].Value;
                return m.Value;
            });
            var problem = unknown is not null
                ? $"it uses the fragment '{{{{{unknown}}}}}', which is not defined above it under 'fragments'"
                : RubricPatterns.Problem(expanded);
            if (problem is not null)
            {
                diagnostics.Error(DiagnosticCodes.RubricInvalid, $"the pattern '{key}' cannot be used: {problem}", rule.SpanOfField(key));
                return null;
            }

            return expanded;
        }

        private int Count(string key, bool required)
        {
            if (!required && !rule.Has(key))
            {
                return 0;
            }

            var value = rule.RequiredInt(key);
            if (value is < 0)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, $"the field '{key}' must not be negative", rule.SpanOfField(key));
            }

            return value ?? 0;
        }

        // With followedBy, a listed word counts only when that pattern follows it after a space ("we" + a past verb).
        private List<WordList> Lists(bool required, string? followedBy)
        {
            var result = new List<WordList>();
            foreach (var node in rule.MappingList("lists"))
            {
                var list = rule.Nested(node, "a word list");
                var words = list.StringList("words", required: true, minCount: 1);
                foreach (var word in words)
                {
                    if (RubricPatterns.WordProblem(word.Value) is { } problem)
                    {
                        diagnostics.Error(DiagnosticCodes.RubricInvalid, $"the word '{word.Value}' cannot be used: {problem}", word.Span);
                    }
                }

                if (list.RequiredString("message") is { } message)
                {
                    var pattern = RubricPatterns.ForWords(words.Select(w => w.Value));
                    result.Add(new WordList(followedBy is null ? pattern : pattern + " +(?:" + followedBy + ")", message));
                }

                list.ReportUnknown();
            }

            if (required && result.Count == 0 && rule.Has("lists"))
            {
                diagnostics.Error(DiagnosticCodes.MissingField, "'lists' needs at least one list of words with its message", rule.SpanOfField("lists"));
            }

            return result;
        }

        private List<RulePart> Parts()
        {
            var result = new List<RulePart>();
            foreach (var node in rule.MappingList("parts"))
            {
                var part = rule.Nested(node, "a part");
                var reader = new RuleReader(part, fragments, diagnostics);
                var name = part.RequiredString("name");
                var pattern = reader.Pattern("pattern", required: true);
                var message = part.RequiredString("message");
                var from = Percent(part, "from", 0);
                var to = Percent(part, "to", 100);
                if (from >= to)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, $"the part's 'from' ({from}) must be below its 'to' ({to})", part.Start);
                }

                part.ReportUnknown();
                if (name is not null && pattern is not null && message is not null)
                {
                    result.Add(new RulePart(name, pattern, from, to, message));
                }
            }

            return result;
        }

        private int Percent(YamlFields part, string key, int fallback)
        {
            if (!part.Has(key))
            {
                return fallback;
            }

            var value = part.RequiredInt(key) ?? fallback;
            if (value is < 0 or > 100)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, $"the field '{key}' is a percentage of the answer, from 0 to 100, not {value.ToString(CultureInfo.InvariantCulture)}", part.SpanOfField(key));
            }

            return value;
        }
    }
}
