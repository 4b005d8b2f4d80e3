using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Lint;

/// <summary>Reads and checks <c>rubric.yml</c>; every problem is a diagnostic at its line and column.</summary>
internal static class RubricLoader
{
    private static readonly string[] Levels = ["error", "warning"];
    private static readonly string[] Kinds = ["words", "pattern", "sentence", "answer"];

    /// <summary>The site's <c>content/rubric.yml</c>; a site without one gets an empty rubric (lint.html then says so).</summary>
    public static Rubric? LoadForSite(Config.SiteConfig config, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(config.ContentDirectory, Rubric.FileName);
        return File.Exists(path) ? Load(path, diagnostics) : new Rubric(Rubric.CurrentVersion, []);
    }

    /// <summary>Loads the rubric at <paramref name="fullPath"/>; null after reporting problems.</summary>
    public static Rubric? Load(string fullPath, DiagnosticBag diagnostics)
    {
        var displayPath = DisplayPath.For(fullPath);
        var text = SourceText.Read(fullPath, displayPath, diagnostics);
        if (text is null)
        {
            return null;
        }

        var before = diagnostics.ErrorCount;
        if (YamlText.Parse(text, displayPath, 1, diagnostics) is not YamlMappingNode root)
        {
            if (diagnostics.ErrorCount == before)
            {
                diagnostics.Error(DiagnosticCodes.RubricInvalid, "the rubric must be a set of fields: 'version: 1' and a list 'rules'", new SourceSpan(displayPath, 1, 1));
            }

            return null;
        }

        var fields = new YamlFields(root, displayPath, 1, diagnostics, "the rubric");
        var version = fields.RequiredInt("version");
        if (version is { } v && v != Rubric.CurrentVersion)
        {
            diagnostics.Error(DiagnosticCodes.RubricInvalid, $"this generator reads rubric version {Rubric.CurrentVersion}, not {v}", fields.SpanOfField("version"));
        }

        var rules = new List<RubricRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fields.MappingList("rules"))
        {
            if (ReadRule(new YamlFields(node, displayPath, 1, diagnostics, "a rubric rule"), diagnostics) is { } rule)
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

    private static RubricRule? ReadRule(YamlFields rule, DiagnosticBag diagnostics)
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
        var message = rule.RequiredString("message");
        var reason = rule.RequiredString("reason");
        string? pattern = null, when = null, requires = null;
        switch (kind)
        {
            case "words":
                var words = rule.StringList("words", required: true, minCount: 1);
                foreach (var word in words)
                {
                    if (RubricPatterns.WordProblem(word.Value) is { } problem)
                    {
                        diagnostics.Error(DiagnosticCodes.RubricInvalid, $"the word '{word.Value}' cannot be used: {problem}", word.Span);
                    }
                }

                pattern = RubricPatterns.ForWords(words.Select(w => w.Value));
                break;
            case "pattern":
                pattern = Pattern(rule, "pattern", diagnostics);
                break;
            case "sentence":
                when = Pattern(rule, "when", diagnostics);
                requires = Pattern(rule, "requires", diagnostics);
                break;
            case "answer":
                requires = Pattern(rule, "requires", diagnostics);
                break;
        }

        rule.ReportUnknown();
        if (diagnostics.ErrorCount != before || id is null || level is null || title is null || kind is null || message is null || reason is null)
        {
            return null;
        }

        var ruleKind = kind switch
        {
            "words" => RuleKind.Words,
            "pattern" => RuleKind.Pattern,
            "sentence" => RuleKind.Sentence,
            _ => RuleKind.Answer,
        };
        return new RubricRule(id, level == "error" ? Severity.Error : Severity.Warning, title, ruleKind, pattern, when, requires, message, reason);
    }

    private static string? Pattern(YamlFields rule, string key, DiagnosticBag diagnostics)
    {
        var pattern = rule.RequiredString(key);
        if (pattern is not null && RubricPatterns.Problem(pattern) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.RubricInvalid, $"the pattern '{key}' cannot be used: {problem}", rule.SpanOfField(key));
            return null;
        }

        return pattern;
    }
}
