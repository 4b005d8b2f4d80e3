namespace PmGuideSite.Diagnostics;

/// <summary>A 1-based position in a source file, as shown to contributors.</summary>
internal readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>A span that names only a file (no line is known).</summary>
    public static SourceSpan FileOnly(string path) => new(path, 0, 0);

    /// <summary>Whether a line (and so a column) is known.</summary>
    public bool HasLine => Line > 0;
}
