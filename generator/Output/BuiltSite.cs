namespace PmGuideSite.Output;

/// <summary>A file of the built site: text produced by the build, or a file copied as it is.</summary>
internal abstract record SiteFile
{
    /// <summary>Text written as UTF-8 without a byte-order mark.</summary>
    public sealed record Text(string Content) : SiteFile;

    /// <summary>Text already encoded as UTF-8 without a byte-order mark (rendered pages, to halve their memory).</summary>
    public sealed record Utf8(byte[] Content) : SiteFile;

    /// <summary>A file copied byte for byte from the theme, content or npm packages.</summary>
    public sealed record Copy(string SourcePath) : SiteFile;

    /// <summary>A page already written into the build's staging folder while it was rendered (see <see cref="SiteWriter.Stage"/>).</summary>
    /// <param name="Sha256">The SHA-256 of the bytes written, so the service worker's version covers the page without reading it back.</param>
    public sealed record Staged(byte[] Sha256) : SiteFile;
}

/// <summary>Every output file by its path relative to the site root ('/'-separated), in ordinal order.</summary>
internal sealed class BuiltSite
{
    private readonly SortedDictionary<string, SiteFile> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The files in ordinal path order.</summary>
    public IReadOnlyList<KeyValuePair<string, SiteFile>> Files
    {
        get
        {
            lock (_gate)
            {
                return _files.ToList();
            }
        }
    }

    /// <summary>Adds or replaces a file.</summary>
    public void Add(string path, SiteFile file)
    {
        lock (_gate)
        {
            _files[path] = file;
        }
    }

    /// <summary>Whether the site has a file at the path.</summary>
    public bool Contains(string path)
    {
        lock (_gate)
        {
            return _files.ContainsKey(path);
        }
    }
}
