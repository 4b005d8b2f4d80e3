using System.Globalization;
using System.Text;
using PmGuideSite.Content;

namespace PmGuideSite.Authoring;

/// <summary>
/// The text of new content files: every field of <see cref="ContentSchema"/> with a comment saying what it is for,
/// placeholder values that already pass <c>check</c>, and the schema reference editors use to complete fields.
/// </summary>
internal static class Scaffolds
{
    /// <summary>A chapter file.</summary>
    public static string Chapter(string slug, int order)
    {
        var text = FrontMatterStart(ContentSchema.Chapter, "chapter.schema.json");
        Field(text, ContentSchema.Chapter, "title", Quote(TitleOf(slug)));
        Field(text, ContentSchema.Chapter, "summary", Quote("TODO: one sentence on what the reader can do after this chapter."));
        Field(text, ContentSchema.Chapter, "order", order.ToString(CultureInfo.InvariantCulture));
        Field(text, ContentSchema.Chapter, "principles", "[]");
        text.Append("---\n");
        text.Append("TODO: open with what the reader will be able to do after this chapter, in your own words.\n\n");
        text.Append("## First section\n\n");
        text.Append("TODO: explain one idea with a number or an illustrative story. Link other pages by their source file,\n");
        text.Append("written like `[a chapter](other-chapter.md)` or `[a principle](../principles/ownership.md)`; check fails on a missing file.\n");
        return text.ToString();
    }

    /// <summary>A Leadership Principle page.</summary>
    public static string Principle(string id, int order)
    {
        var text = FrontMatterStart(ContentSchema.Principle, "principle.schema.json");
        Field(text, ContentSchema.Principle, "id", id);
        Field(text, ContentSchema.Principle, "name", Quote(TitleOf(id)));
        Field(text, ContentSchema.Principle, "order", order.ToString(CultureInfo.InvariantCulture));
        Field(text, ContentSchema.Principle, "summary", Quote("TODO: the principle in your own words, in one or two sentences."));
        Field(text, ContentSchema.Principle, "probes", List("TODO: what interviewers dig into."));
        Field(text, ContentSchema.Principle, "strong_signals", List("TODO: what a strong answer shows."));
        Field(text, ContentSchema.Principle, "red_flags", List("TODO: what makes an interviewer doubt the answer."));
        text.Append("---\n");
        text.Append("TODO: what the principle means in a PM interview, and what interviewers listen for.\n\n");
        text.Append("## What interviewers listen for\n\n");
        text.Append("TODO: a short illustrative story with numbers. Then run `pmguide new question ").Append(id).Append("` to start its question bank.\n");
        return text.ToString();
    }

    /// <summary>A worked example answering <paramref name="question"/>.</summary>
    public static string Example(string slug, string principle, Question question)
    {
        var text = FrontMatterStart(ContentSchema.Example, "example.schema.json");
        Field(text, ContentSchema.Example, "title", Quote(TitleOf(slug)));
        Field(text, ContentSchema.Example, "summary", Quote("TODO: one sentence on what this example teaches."));
        Field(text, ContentSchema.Example, "principle", principle);
        Field(text, ContentSchema.Example, "question", question.Id);
        Field(text, ContentSchema.Example, "dive_deep", "false");
        Field(text, ContentSchema.Example, "metrics", List("TODO: metric before → after"));
        text.Append("---\n");
        text.Append("*Illustrative story: the company, people and numbers are invented for practice.*\n\n");
        text.Append("**The question:** \"").Append(question.Text.Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n\n");
        text.Append("::: weak\nTODO: a plausible but weak answer: \"we\", no numbers, no decision of your own.\n:::\n\n");
        text.Append("::: strong\nTODO: the strong answer: situation with numbers, what you decided and why, the result, the mechanism you left behind.\n:::\n\n");
        text.Append("::: annotations\n- **TODO: what the strong answer does better.** One line per point, with the principle it shows.\n:::\n");
        return text.ToString();
    }

    /// <summary>A new question bank holding one question.</summary>
    public static string Bank(string principle, string questionId)
    {
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=../").Append(ContentSchema.Folder).Append("/question-bank.schema.json\n");
        Comment(text, string.Empty, ContentSchema.Bank, "principle");
        text.Append("principle: ").Append(Quote(principle)).Append('\n');
        Comment(text, string.Empty, ContentSchema.Bank, "questions");
        text.Append("questions:\n");
        text.Append(Question(questionId, "  "));
        return text.ToString();
    }

    /// <summary>One question as a list item, indented by <paramref name="indent"/> (the bank's own indentation).</summary>
    public static string Question(string id, string indent)
    {
        var inner = indent + "  ";
        var text = new StringBuilder();
        text.Append(indent).Append("# A new question (pmguide new question). Replace every TODO; the comments can go.\n");
        var first = true;
        foreach (var field in ContentSchema.Question.Fields)
        {
            Comment(text, inner, ContentSchema.Question, field.Name);
            text.Append(first ? indent + "- " : inner).Append(field.Name).Append(':');
            first = false;
            switch (field.Name)
            {
                case "id":
                    text.Append(' ').Append(Quote(id)).Append('\n');
                    break;
                case "text":
                    text.Append(' ').Append(Quote("TODO: the question as an interviewer would ask it?")).Append('\n');
                    break;
                case "round":
                    text.Append(' ').Append(Quote(ContentVocabulary.Rounds[0])).Append('\n');
                    break;
                case "level":
                    text.Append(' ').Append(Quote(ContentVocabulary.Levels[1])).Append('\n');
                    break;
                case "examples":
                    text.Append(" []\n");
                    break;
                default:
                    text.Append('\n');
                    for (var i = 1; i <= field.MinItems; i++)
                    {
                        text.Append(inner).Append("  - ").Append(Quote($"TODO: {field.Name.Replace('_', ' ')} {i}.")).Append('\n');
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static StringBuilder FrontMatterStart(KindRule kind, string schemaFile)
    {
        var text = new StringBuilder("---\n");
        text.Append("# yaml-language-server: $schema=../").Append(ContentSchema.Folder).Append('/').Append(schemaFile).Append('\n');
        text.Append("# A new ").Append(kind.Kind).Append(" (pmguide new). Replace every TODO; the comments can go.\n");
        return text;
    }

    private static void Field(StringBuilder text, KindRule kind, string name, string value)
    {
        Comment(text, string.Empty, kind, name);
        text.Append(name).Append(':');
        text.Append(value.StartsWith('\n') ? value : " " + value).Append('\n');
    }

    private static void Comment(StringBuilder text, string indent, KindRule kind, string name)
    {
        var field = kind.Fields.Single(f => f.Name == name);
        text.Append(indent).Append("# ").Append(name).Append(field.Required ? " (required): " : " (optional): ").Append(field.Description);
        if (field.Allowed is { } allowed)
        {
            text.Append(" One of: ").Append(string.Join(", ", allowed)).Append('.');
        }

        text.Append('\n');
    }

    private static string List(string item) => "\n  - " + Quote(item);

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string TitleOf(string slug) =>
        string.Join(' ', slug.Split('-').Select((w, i) => i == 0 && w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
