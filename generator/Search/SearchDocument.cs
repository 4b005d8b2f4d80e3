namespace PmGuideSite.Search;

/// <summary>One searchable thing (a chapter section, principle, question or example) before indexing.</summary>
/// <remarks><see cref="Principle"/> is what a result shows: a chapter's principles are joined by
/// <see cref="PrincipleSeparator"/>, and indexed as their names alone.</remarks>
internal sealed record SearchDocument(string Kind, string Title, string Principle, string Body, string Url, string Excerpt)
{
    /// <summary>Between a chapter's principle names in a result ("Ownership · Bias for Action").</summary>
    public const string PrincipleSeparator = " · ";

    /// <summary>The principle names as lunr indexes them: the separator would otherwise be a token of its own (an empty
    /// term once lunr's trimmer has run) and count in the field's length, which scores use.</summary>
    public string PrincipleText => Principle.Replace(PrincipleSeparator, " ", StringComparison.Ordinal);
}
