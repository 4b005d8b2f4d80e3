using System.Text.Json;
using System.Text.RegularExpressions;
using PmGuideSite.Authoring;
using PmGuideSite.Content;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Authoring;

/// <summary>
/// The JSON Schemas in <c>content/.schemas/</c>, the content model table they are written from, and what the loader
/// actually accepts must agree: same fields, same required ones, same allowed values, same minimum list lengths and types.
/// </summary>
public sealed partial class SchemaAgreementTests
{
    public static TheoryData<string> Kinds() => new(ContentSchema.Files.Select(f => f.Kind.Kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_shipped_schema_is_the_one_written_from_the_model(string kind)
    {
        var (rule, file) = ContentSchema.Files.Single(f => f.Kind.Kind == kind);
        var path = Path.Combine(TestPaths.RepoRoot, "content", ContentSchema.Folder, file);
        var expected = SchemaWriter.Write(rule, file);
        if (TestPaths.UpdateExpected)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with PMGUIDE_UPDATE_SPECS=1");
        Assert.Equal(expected, File.ReadAllText(path));

        // And the schema says what the table says, read back as JSON (not only as text).
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", json.RootElement.GetProperty("$schema").GetString());
        AssertObjectMatches(rule, json.RootElement);
        if (rule == ContentSchema.Bank)
        {
            AssertObjectMatches(ContentSchema.Question, json.RootElement.GetProperty("$defs").GetProperty("question"));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Shipped_content_files_reference_their_schema(string kind)
    {
        var (_, file) = ContentSchema.Files.Single(f => f.Kind.Kind == kind);
        var folder = kind switch { "question-bank" => "questions", _ => kind + "s" };
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "content", folder)))
        {
            Assert.Contains($"# yaml-language-server: $schema=../{ContentSchema.Folder}/{file}\n", File.ReadAllText(path), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { ContentSchema.Chapter, ContentSchema.Principle, ContentSchema.Example, ContentSchema.Question })
        {
            foreach (var field in kind.Fields)
            {
                data.Add(kind.Kind, field.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void The_loader_agrees_with_the_model_about_each_field(string kind, string name)
    {
        var rule = Rule(kind);
        var field = rule.Fields.Single(f => f.Name == name);

        // Without the field: required ones are reported missing, optional ones are fine.
        var missing = Check(rule, name, null);
        if (field.Required)
        {
            Assert.Contains($"PG2003", missing, StringComparison.Ordinal);
            Assert.Contains($"'{name}'", missing, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(string.Empty, missing);
        }

        // A value of the wrong shape is refused with the code the model's type implies.
        var wrong = field.Type switch
        {
            FieldType.Integer => "not-a-number",
            FieldType.Boolean => "maybe",
            FieldType.Text or FieldType.Id => "[a, b]",
            _ => "{ a: b }",
        };
        Assert.Contains("PG2004", Check(rule, name, wrong), StringComparison.Ordinal);

        if (field.Allowed is { } allowed)
        {
            var refused = Check(rule, name, "\"no-such-value\"");
            Assert.Contains($"use one of: {string.Join(", ", allowed)}", refused, StringComparison.Ordinal);
        }

        if (field.MinItems > 0)
        {
            var tooFew = Check(rule, name, "[" + string.Join(", ", Enumerable.Repeat("\"x\"", field.MinItems - 1)) + "]");
            Assert.Contains($"'{name}' needs at least {field.MinItems} item", tooFew, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("chapter")]
    [InlineData("principle")]
    [InlineData("example")]
    [InlineData("question")]
    public void The_loader_knows_exactly_the_models_fields(string kind)
    {
        var rule = Rule(kind);
        Assert.Equal(string.Empty, Check(rule, null, null));
        var unknown = Check(rule, "zz_unknown", "\"x\"");
        var known = KnownFields().Match(unknown);
        Assert.True(known.Success, unknown);
        Assert.Equal(rule.Fields.Select(f => f.Name).Order(StringComparer.Ordinal), known.Groups[1].Value.Split(", "));
    }

    private static KindRule Rule(string kind) => kind switch
    {
        "chapter" => ContentSchema.Chapter,
        "principle" => ContentSchema.Principle,
        "example" => ContentSchema.Example,
        _ => ContentSchema.Question,
    };

    // Builds a valid file of the kind in the base site, with one field replaced (or removed when value is null),
    // runs check and returns its error lines for that file.
    private static string Check(KindRule rule, string? field, string? value)
    {
        using var site = TempSite.FromBase();
        var values = rule.Fields.ToDictionary(f => f.Name, Sample, StringComparer.Ordinal);
        if (field is not null)
        {
            if (value is null)
            {
                values.Remove(field);
            }
            else
            {
                values[field] = value;
            }
        }

        string path;
        if (rule == ContentSchema.Question)
        {
            path = "content/questions/ownership.yml";
            var lines = values.Select((kv, i) => (i == 0 ? "  - " : "    ") + kv.Key + ": " + kv.Value);
            site.Write(path, "principle: ownership\nquestions:\n" + string.Join('\n', lines) + "\n");
            site.Write("content/principles/ownership.md", File.ReadAllText(Path.Combine(site.Root, "content/principles/ownership.md"))
                .Replace("(../questions/ownership.yml#ownership-01)", "(../questions/ownership.yml)", StringComparison.Ordinal));
        }
        else
        {
            path = $"content/{rule.Kind}s/sample-{rule.Kind}.md";
            site.Write(path, "---\n" + string.Concat(values.Select(kv => kv.Key + ": " + kv.Value + "\n")) + "---\nBody.\n");
        }

        var (_, _, errors) = site.Run("check", "--quiet");
        return string.Concat(errors.Split('\n').Where(l => l.StartsWith(path, StringComparison.Ordinal) && l.Contains(" error ", StringComparison.Ordinal)).Select(l => l + "\n"));
    }

    private static string Sample(FieldRule field) => (field.Name, field.Type) switch
    {
        ("id", _) when field.Description.Contains("file name", StringComparison.Ordinal) => "sample-principle",
        ("id", _) => "ownership-42",
        ("principle", _) => "dive-deep",
        ("question", _) => "dive-deep-01",
        (_, FieldType.Text) => "\"" + (field.Allowed?[0] ?? "Sample text") + "\"",
        (_, FieldType.Integer) => "7",
        (_, FieldType.Boolean) => "true",
        (_, FieldType.TextList) => "[" + string.Join(", ", Enumerable.Range(1, Math.Max(1, field.MinItems)).Select(i => $"\"item {i}\"")) + "]",
        (_, FieldType.IdList) => "[dive-deep]",
        // An empty list: the base site's only example is about another principle than the bank the test writes.
        (_, FieldType.IdOrIdList) => "[]",
        _ => throw new InvalidOperationException($"no sample for {field.Name}"),
    };

    private static void AssertObjectMatches(KindRule rule, JsonElement schema)
    {
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(rule.Fields.Where(f => f.Required).Select(f => f.Name), schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var properties = schema.GetProperty("properties");
        Assert.Equal(rule.Fields.Select(f => f.Name), properties.EnumerateObject().Select(p => p.Name));
        foreach (var field in rule.Fields)
        {
            var property = properties.GetProperty(field.Name);
            var type = property.TryGetProperty("type", out var t) ? t.GetString() : "oneOf";
            Assert.Equal(field.Type switch
            {
                FieldType.Text or FieldType.Id => "string",
                FieldType.Integer => "integer",
                FieldType.Boolean => "boolean",
                FieldType.IdOrIdList => "oneOf",
                _ => "array",
            }, type);
            if (field.Allowed is { } allowed)
            {
                Assert.Equal(allowed, property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
            }

            if (field.MinItems > 0)
            {
                Assert.Equal(field.MinItems, property.GetProperty("minItems").GetInt32());
            }
        }
    }

    [GeneratedRegex("known fields: ([a-z_, ]+)")]
    private static partial Regex KnownFields();
}
