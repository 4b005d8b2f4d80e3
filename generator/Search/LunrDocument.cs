namespace PmGuideSite.Search;

/// <summary>One document to index: its ref, its field texts by field name, and lunr's document boost.</summary>
/// <remarks>A field missing from <see cref="Fields"/> or null is indexed as empty, as lunr does for undefined.</remarks>
internal sealed record LunrDocument(string Ref, IReadOnlyDictionary<string, string> Fields, double Boost = 1);
