namespace PmGuideSite.Search;

/// <summary>A document field to index, with lunr's build-time boost (0 or NaN count as 1, as in lunr).</summary>
internal sealed record LunrField(string Name, double Boost = 1);
