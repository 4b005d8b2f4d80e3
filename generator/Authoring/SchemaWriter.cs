using System.Text;
using System.Text.Json;
using PmGuideSite.Content;

namespace PmGuideSite.Authoring;

/// <summary>
/// Writes JSON Schemas (draft 2020-12) for editors from <see cref="ContentSchema"/>. The generator never reads them:
/// its own validation stays the authority; they only let editors complete and flag fields as people type.
/// </summary>
internal static class SchemaWriter
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";
    private const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>The schema text of one kind (LF line ends, two-space indent, final newline).</summary>
    public static string Write(KindRule kind, string fileName)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Draft);
            json.WriteString("$id", $"https://pmguidesite.invalid/schemas/{fileName}");
            json.WriteString("title", kind.Title);
            json.WriteString("description", "Written by the generator from its content model (see CONTRIBUTING.md); `pmguide check` is the authority.");
            WriteObject(json, kind);
            if (kind == ContentSchema.Bank)
            {
                json.WritePropertyName("$defs");
                json.WriteStartObject();
                json.WritePropertyName("question");
                json.WriteStartObject();
                json.WriteString("title", ContentSchema.Question.Title);
                WriteObject(json, ContentSchema.Question);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteObject(Utf8JsonWriter json, KindRule kind)
    {
        json.WriteString("type", "object");
        json.WritePropertyName("required");
        json.WriteStartArray();
        foreach (var field in kind.Fields.Where(f => f.Required))
        {
            json.WriteStringValue(field.Name);
        }

        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var field in kind.Fields)
        {
            json.WritePropertyName(field.Name);
            json.WriteStartObject();
            json.WriteString("description", field.Description);
            WriteType(json, field);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter json, FieldRule field)
    {
        switch (field.Type)
        {
            case FieldType.Text when field.Allowed is { } allowed:
                json.WriteString("type", "string");
                json.WritePropertyName("enum");
                json.WriteStartArray();
                foreach (var value in allowed)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
                break;
            case FieldType.Text:
                json.WriteString("type", "string");
                json.WriteNumber("minLength", 1);
                break;
            case FieldType.Id:
                WriteId(json);
                break;
            case FieldType.Integer:
                json.WriteString("type", "integer");
                break;
            case FieldType.Boolean:
                json.WriteString("type", "boolean");
                break;
            case FieldType.TextList:
                WriteArray(json, field, () =>
                {
                    json.WriteString("type", "string");
                    json.WriteNumber("minLength", 1);
                });
                break;
            case FieldType.IdList:
                WriteArray(json, field, () => WriteId(json));
                break;
            case FieldType.IdOrIdList:
                json.WritePropertyName("oneOf");
                json.WriteStartArray();
                json.WriteStartObject();
                WriteId(json);
                json.WriteEndObject();
                json.WriteStartObject();
                WriteArray(json, field, () => WriteId(json));
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            case FieldType.QuestionList:
                WriteArray(json, field, () => json.WriteString("$ref", "#/$defs/question"));
                break;
        }
    }

    private static void WriteArray(Utf8JsonWriter json, FieldRule field, Action items)
    {
        json.WriteString("type", "array");
        if (field.MinItems > 0)
        {
            json.WriteNumber("minItems", field.MinItems);
        }

        json.WritePropertyName("items");
        json.WriteStartObject();
        items();
        json.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter json)
    {
        json.WriteString("type", "string");
        json.WriteString("pattern", IdPattern);
    }
}
