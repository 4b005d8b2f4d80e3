namespace PmGuideSite.Search;

/// <summary>One searchable thing (a chapter section, principle, question or example) before indexing.</summary>
internal sealed record SearchDocument(string Kind, string Title, string Principle, string Body, string Url, string Excerpt);
