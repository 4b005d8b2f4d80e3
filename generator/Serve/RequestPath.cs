namespace PmGuideSite.Serve;

/// <summary>
/// Maps a request's raw target to a file under the output folder, refusing anything that could leave it:
/// dot segments (plain or percent-encoded), encoded slashes, backslashes, NUL and double encoding.
/// </summary>
internal static class RequestPath
{
    /// <summary>The full path of the file to serve, or null when the request must get a 404.</summary>
    public static string? Resolve(string outputDirectory, string rawTarget)
    {
        var path = rawTarget;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (!path.StartsWith('/') || path.Contains('\\'))
        {
            return null;
        }

        // Encoded separators and dots have no business in a static site's URLs; refusing them outright is simpler
        // and safer than trying to tell a harmless one from an attack.
        if (path.Contains("%2f", StringComparison.OrdinalIgnoreCase) || path.Contains("%5c", StringComparison.OrdinalIgnoreCase)
            || path.Contains("%2e", StringComparison.OrdinalIgnoreCase) || path.Contains("%00", StringComparison.Ordinal))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }

        // A '%' left after one decoding means the request was encoded twice.
        if (decoded.Contains('%') || decoded.Contains('\\') || decoded.Contains('\0'))
        {
            return null;
        }

        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.')))
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var relative = string.Join(Path.DirectorySeparatorChar, segments);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != root)
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        // Never follow a link out of the output folder (the build writes none; anything else is not ours).
        return File.Exists(full) && new FileInfo(full).LinkTarget is null ? full : null;
    }

    /// <summary>The Content-Type for a served file.</summary>
    public static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
