namespace PmGuideSite.Content;

/// <summary>The shape of a field's value.</summary>
internal enum FieldType
{
    /// <summary>A single non-empty piece of text.</summary>
    Text,

    /// <summary>A lowercase kebab-case id.</summary>
    Id,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of non-empty pieces of text.</summary>
    TextList,

    /// <summary>A list of ids, or a single id.</summary>
    IdOrIdList,

    /// <summary>A list of ids.</summary>
    IdList,

    /// <summary>A list of questions (the question bank's <c>questions</c>).</summary>
    QuestionList,
}

/// <summary>One field of a content kind: what it holds, whether it is required, and what it means.</summary>
internal sealed record FieldRule(string Name, FieldType Type, bool Required, string Description, int MinItems = 0,
    IReadOnlyList<string>? Allowed = null);

/// <summary>The fields of one kind of content file (or of a question inside a bank).</summary>
internal sealed record KindRule(string Kind, string Title, IReadOnlyList<FieldRule> Fields);

/// <summary>
/// The content model as data: the JSON Schemas shipped for editors and the <c>new</c> command's scaffolds are made
/// from it, and a test checks it against what <see cref="ContentLoader"/> actually accepts, so the three agree.
/// </summary>
internal static class ContentSchema
{
    /// <summary>A guide chapter's front matter (<c>content/chapters/&lt;slug&gt;.md</c>).</summary>
    public static readonly KindRule Chapter = new("chapter", "Chapter front matter",
    [
        new("title", FieldType.Text, true, "The chapter's title, shown as its heading and in the navigation."),
        new("summary", FieldType.Text, true, "One sentence on what the reader gets from the chapter; shown in lists and search results."),
        new("order", FieldType.Integer, true, "Position in the chapter list (1 first); chapters with equal order sort by file name."),
        new("principles", FieldType.IdList, false, "Ids of the Leadership Principles the chapter covers, for example [ownership, dive-deep]."),
    ]);

    /// <summary>A Leadership Principle page's front matter (<c>content/principles/&lt;id&gt;.md</c>).</summary>
    public static readonly KindRule Principle = new("principle", "Leadership Principle front matter",
    [
        new("id", FieldType.Id, true, "The principle's id; must equal the file name without .md (lowercase, hyphens)."),
        new("name", FieldType.Text, true, "The principle's name as Amazon writes it, for example \"Dive Deep\"."),
        new("order", FieldType.Integer, true, "Position in the list of principles (1 first)."),
        new("summary", FieldType.Text, true, "The principle in your own words, in one or two sentences."),
        new("probes", FieldType.TextList, true, "What interviewers dig into for this principle, one item each.", MinItems: 1),
        new("strong_signals", FieldType.TextList, true, "What a strong answer shows.", MinItems: 1),
        new("red_flags", FieldType.TextList, true, "What makes an interviewer doubt the answer.", MinItems: 1),
    ]);

    /// <summary>A worked example's front matter (<c>content/examples/&lt;slug&gt;.md</c>).</summary>
    public static readonly KindRule Example = new("example", "Worked example front matter",
    [
        new("title", FieldType.Text, true, "The example's title."),
        new("summary", FieldType.Text, true, "One sentence on what the example teaches."),
        new("principle", FieldType.Id, true, "Id of the principle the example answers for (a file in content/principles/)."),
        new("question", FieldType.Id, true, "Id of the question the example answers (from content/questions/<principle>.yml)."),
        new("dive_deep", FieldType.Boolean, false, "true when the example shows a Dive Deep follow-up; false when absent."),
        new("metrics", FieldType.TextList, false, "The numbers the strong answer moves, one line each (before → after)."),
    ]);

    /// <summary>One question inside a bank.</summary>
    public static readonly KindRule Question = new("question", "Interview question",
    [
        new("id", FieldType.Id, true, "Unique across every bank: the principle id, a hyphen and a two-digit number (ownership-07)."),
        new("text", FieldType.Text, true, "The question as an interviewer would ask it."),
        new("round", FieldType.Text, true, "The interview round the question belongs to.", Allowed: ContentVocabulary.Rounds),
        new("level", FieldType.Text, true, "The PM level it is typical for: L5, L6 or L7.", Allowed: ContentVocabulary.Levels),
        new("probes", FieldType.TextList, true, "Follow-up questions the interviewer asks (at least 3).", MinItems: 3),
        new("strong_signals", FieldType.TextList, true, "What a strong answer shows (at least 2).", MinItems: 2),
        new("red_flags", FieldType.TextList, true, "What weakens the answer (at least 2).", MinItems: 2),
        new("examples", FieldType.IdOrIdList, false, "Slugs of worked examples that answer it, beyond those that name it themselves."),
    ]);

    /// <summary>A question bank file (<c>content/questions/&lt;principle-id&gt;.yml</c>).</summary>
    public static readonly KindRule Bank = new("question-bank", "Question bank",
    [
        new("principle", FieldType.Id, true, "Id of the principle; must equal the file name without .yml."),
        new("questions", FieldType.QuestionList, true, "The questions, each starting with '- id:'."),
    ]);

    /// <summary>Every kind that has a schema file, with the file's name.</summary>
    public static IReadOnlyList<(KindRule Kind, string FileName)> Files { get; } =
    [
        (Chapter, "chapter.schema.json"),
        (Principle, "principle.schema.json"),
        (Example, "example.schema.json"),
        (Bank, "question-bank.schema.json"),
    ];

    /// <summary>Where the schemas live inside the content folder (a dot folder, which the build never reads).</summary>
    public const string Folder = ".schemas";
}
