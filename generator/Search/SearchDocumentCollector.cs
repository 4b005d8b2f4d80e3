using PmGuideSite.Content;
using PmGuideSite.Html;

namespace PmGuideSite.Search;

/// <summary>Turns the rendered site into search documents: every chapter section, principle, question and example.</summary>
internal static class SearchDocumentCollector
{
    private const int ExcerptLength = 180;

    /// <summary>The documents in a stable order (chapters, principles, questions, examples).</summary>
    public static IReadOnlyList<SearchDocument> Collect(ContentSet content, IReadOnlyList<RenderedPage> pages)
    {
        var byPath = pages.ToDictionary(p => p.Job.OutputPath, StringComparer.Ordinal);
        var principleNames = content.Principles.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var documents = new List<SearchDocument>();
        foreach (var chapter in content.Chapters)
        {
            if (!byPath.TryGetValue($"chapters/{chapter.Slug}.html", out var page) || page.Content is null)
            {
                continue;
            }

            foreach (var section in page.Content.Sections)
            {
                // A section deep-links to its heading; the text before the first heading is the chapter itself.
                var url = section.Id is null ? page.Job.OutputPath : $"{page.Job.OutputPath}#{section.Id}";
                var title = section.Id is null ? chapter.Title : $"{section.Title} — {chapter.Title}";
                var body = section.Id is null ? $"{chapter.Summary} {section.Text}" : section.Text;
                var principles = string.Join(SearchDocument.PrincipleSeparator, chapter.Principles.Select(p => principleNames.GetValueOrDefault(p.Value, string.Empty)).Where(name => name.Length > 0));
                documents.Add(new SearchDocument("chapter", title, principles, body, url, Excerpt(body)));
            }
        }

        foreach (var principle in content.Principles)
        {
            var text = byPath.TryGetValue($"principles/{principle.Id}.html", out var page) ? page.Content?.PlainText ?? string.Empty : string.Empty;
            var body = Join(principle.Summary, Join(principle.Probes), Join(principle.StrongSignals), Join(principle.RedFlags), text);
            documents.Add(new SearchDocument("principle", principle.Name, principle.Name, body, $"principles/{principle.Id}.html", Excerpt(principle.Summary)));
        }

        foreach (var question in content.Questions)
        {
            var name = principleNames.GetValueOrDefault(question.PrincipleId, question.PrincipleId);
            var body = Join(question.Round, question.Level, Join(question.Probes), Join(question.StrongSignals), Join(question.RedFlags));
            var excerpt = $"{question.Round} · {question.Level} · Probe: {question.Probes.FirstOrDefault() ?? string.Empty}";
            documents.Add(new SearchDocument("question", question.Text, name, body, $"questions/{question.PrincipleId}.html#{question.Id}", Excerpt(excerpt)));
        }

        foreach (var example in content.Examples)
        {
            if (!byPath.TryGetValue($"examples/{example.Slug}.html", out var page))
            {
                continue;
            }

            var name = principleNames.GetValueOrDefault(example.Principle.Value, example.Principle.Value);
            var body = Join(example.Summary, Join(example.Metrics), page.Content?.PlainText ?? string.Empty);
            documents.Add(new SearchDocument("example", example.Title, name, body, page.Job.OutputPath, Excerpt(example.Summary)));
        }

        // Other spellings of compound words go into the indexed body only; what a result shows is unchanged.
        return documents.Select(d => d with { Body = SearchExtras.WithCompoundSpellings(d.Body, d.Title) }).ToList();
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));

    private static string Join(IEnumerable<string> parts) => string.Join(' ', parts);

    // Cut at a word boundary so the excerpt never ends mid-word. Only the start of the text is collapsed: one character
    // past the excerpt's length tells whether it must be cut, and where.
    private static string Excerpt(string text)
    {
        var collapsed = Text.Whitespace.Collapse(text, ExcerptLength + 1);
        if (collapsed.Length <= ExcerptLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', ExcerptLength);
        return collapsed[..(cut > 80 ? cut : ExcerptLength)] + "…";
    }
}
