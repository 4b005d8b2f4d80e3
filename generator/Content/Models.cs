using PmGuideSite.Diagnostics;

namespace PmGuideSite.Content;

/// <summary>The Markdown part of a content file, with the line its body starts on (for positions).</summary>
internal sealed record MarkdownSource(string DisplayPath, string RelativePath, string Body, int BodyFirstLine);

/// <summary>One Leadership Principle: its page text and the lists the theme renders.</summary>
internal sealed record Principle(
    string Id,
    string Name,
    int Order,
    string Summary,
    IReadOnlyList<string> Probes,
    IReadOnlyList<string> StrongSignals,
    IReadOnlyList<string> RedFlags,
    MarkdownSource Source,
    SourceSpan Span);

/// <summary>One interview question from a bank, with the probes and signals that go with it.</summary>
internal sealed record Question(
    string Id,
    string PrincipleId,
    string Text,
    string Round,
    string Level,
    IReadOnlyList<string> Probes,
    IReadOnlyList<string> StrongSignals,
    IReadOnlyList<string> RedFlags,
    IReadOnlyList<Located<string>> ExampleRefs,
    SourceSpan Span);

/// <summary>The question bank of one principle (<c>content/questions/&lt;principle-id&gt;.yml</c>).</summary>
internal sealed record QuestionBank(Located<string> Principle, IReadOnlyList<Question> Questions, string DisplayPath)
{
    /// <summary>The principle id, which is also the bank's page name.</summary>
    public string PrincipleId => Principle.Value;
}

/// <summary>A guide chapter.</summary>
internal sealed record Chapter(
    string Slug,
    string Title,
    string Summary,
    int Order,
    IReadOnlyList<Located<string>> Principles,
    MarkdownSource Source,
    SourceSpan Span);

/// <summary>A worked example: a weak and a strong answer to one question, with annotations.</summary>
internal sealed record Example(
    string Slug,
    string Title,
    string Summary,
    Located<string> Principle,
    Located<string> Question,
    bool DiveDeep,
    IReadOnlyList<string> Metrics,
    MarkdownSource Source,
    SourceSpan Span);

/// <summary>Everything loaded from <c>content/</c>, in a stable order.</summary>
internal sealed record ContentSet(
    IReadOnlyList<Principle> Principles,
    IReadOnlyList<QuestionBank> Banks,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<Example> Examples)
{
    /// <summary>Every question of every bank, bank by bank.</summary>
    public IEnumerable<Question> Questions => Banks.SelectMany(b => b.Questions);

    /// <summary>Every file under <c>content/</c> (content-relative, '/'-separated, ordinal order), as listed while loading.</summary>
    public IReadOnlySet<string> Files { get; init; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>What exists in files but failed to load (already reported), so later checks skip what depends on it.</summary>
    public UnloadedContent Unloaded { get; init; } = UnloadedContent.None;
}

/// <summary>
/// The names of principles, banks (by principle id), questions and examples whose files or entries failed to load, and
/// the bodies of Markdown files that failed, which are still checked for Markdown and link problems.
/// </summary>
internal sealed record UnloadedContent(
    IReadOnlySet<string> Principles,
    IReadOnlySet<string> Banks,
    IReadOnlySet<string> Questions,
    IReadOnlySet<string> Examples,
    IReadOnlyList<MarkdownSource> Bodies)
{
    /// <summary>Files under content/ that were refused (unsafe symbolic links): links to them are not reported as missing.</summary>
    public IReadOnlySet<string> Files { get; init; } = new HashSet<string>();

    /// <summary>Nothing failed.</summary>
    public static readonly UnloadedContent None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), []);
}

/// <summary>The fixed vocabularies of the content model.</summary>
internal static class ContentVocabulary
{
    /// <summary>The interview rounds a question can belong to.</summary>
    public static readonly string[] Rounds = ["behavioural", "bar-raiser", "product-sense", "metrics", "technical"];

    /// <summary>Amazon's PM levels: L5 product manager, L6 senior, L7 principal.</summary>
    public static readonly string[] Levels = ["L5", "L6", "L7"];
}
