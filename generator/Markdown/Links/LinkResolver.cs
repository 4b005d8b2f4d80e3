using PmGuideSite.Diagnostics;
using PmGuideSite.Pages;

namespace PmGuideSite.Markdown.Links;

/// <summary>Resolves relative links between content files to the relative URLs of the built pages.</summary>
/// <param name="contentFiles">Every file under content/ that may be linked.</param>
/// <param name="refused">Files under content/ that were refused and reported while loading.</param>
internal sealed class LinkResolver(IReadOnlySet<string> contentFiles, IReadOnlySet<string>? refused = null)
{
    /// <summary>The only schemes a link may use, in Markdown and in raw HTML alike (<see cref="Html.ContentSanitizer"/>).</summary>
    public static readonly IReadOnlyList<string> SafeSchemes = ["http", "https", "mailto"];

    /// <summary>The only kinds of content file a page may publish: passive media a browser shows or downloads and
    /// never runs. Anything else (.html, .js, .css, .svg, .xml…) could run script with the site's own origin, which
    /// its Content-Security-Policy trusts, so it is refused however it is linked.</summary>
    public static readonly IReadOnlySet<string> PublishableExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf", ".txt", ".csv", ".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".webm",
    };

    /// <summary>Resolves <paramref name="url"/> written in <paramref name="fromContentPath"/>, whose page is <paramref name="fromOutputPath"/>.</summary>
    public LinkTarget Resolve(string fromContentPath, string fromOutputPath, string url)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0)
        {
            return new LinkTarget.Broken(DiagnosticCodes.BrokenLink, "the link has no address");
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return new LinkTarget.External("https:" + trimmed);
        }

        if (SchemeOf(trimmed) is { } scheme)
        {
            return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)
                ? new LinkTarget.External(trimmed)
                : new LinkTarget.Broken(DiagnosticCodes.UnsafeLink, $"links with '{scheme}:' addresses are not allowed; use http, https or mailto");
        }

        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash >= 0 ? trimmed[..hash] : trimmed;
        var anchor = hash >= 0 ? Uri.UnescapeDataString(trimmed[(hash + 1)..]) : null;
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        if (pathPart.Length == 0)
        {
            return new LinkTarget.Page(fromOutputPath, anchor, "#" + Uri.EscapeDataString(anchor ?? string.Empty));
        }

        if (pathPart.StartsWith('/'))
        {
            return new LinkTarget.Broken(DiagnosticCodes.BrokenLink,
                $"'{url}' starts with '/', which breaks when the site is opened from disk or a sub-folder; write it relative to this file");
        }

        var fromFolder = fromContentPath.Contains('/', StringComparison.Ordinal) ? fromContentPath[..fromContentPath.LastIndexOf('/')] : string.Empty;
        var target = SitePaths.Normalise($"{fromFolder}/{Uri.UnescapeDataString(pathPart)}");
        if (target is null or "")
        {
            return new LinkTarget.Broken(DiagnosticCodes.BrokenLink, $"'{url}' points outside the content folder");
        }

        if (refused?.Contains(target) == true)
        {
            return new LinkTarget.Refused(target);
        }

        if (!contentFiles.Contains(target))
        {
            var kind = Path.GetExtension(target) is ".md" or ".yml" or ".yaml" ? "page" : "file";
            return new LinkTarget.Broken(DiagnosticCodes.BrokenLink, $"the link points to a missing {kind} 'content/{target}'{Hint(target)}");
        }

        if (SitePaths.OutputFor(target) is { } output)
        {
            var relative = SitePaths.Relative(fromOutputPath, output);
            return new LinkTarget.Page(output, anchor, anchor is null ? relative : $"{relative}#{Uri.EscapeDataString(anchor)}");
        }

        var extension = Path.GetExtension(target);
        if (!PublishableExtensions.Contains(extension))
        {
            var what = extension.Length == 0 ? "a file without an extension" : $"'{extension}' files";
            return new LinkTarget.Broken(DiagnosticCodes.ActiveFile,
                $"'content/{target}' cannot be published: {what} are not on the list of files a page may link to, because a " +
                $"browser could run them as part of the site; link an image (png, jpg, gif, webp, avif), a PDF or a text file instead, or write the page in Markdown");
        }

        return new LinkTarget.Asset(target, SitePaths.Relative(fromOutputPath, target) + (hash >= 0 ? trimmed[hash..] : string.Empty));
    }

    private string Hint(string target)
    {
        var folder = target.Contains('/', StringComparison.Ordinal) ? target[..(target.LastIndexOf('/') + 1)] : string.Empty;
        var siblings = contentFiles.Where(f => f.StartsWith(folder, StringComparison.Ordinal) && !f[folder.Length..].Contains('/', StringComparison.Ordinal));
        return Text.Suggest.Closest(target, siblings) is { } best ? $" (did you mean '{best}'?)" : string.Empty;
    }

    // A scheme is letters, digits, '+', '-' or '.' before the first ':' (RFC 3986); "C:" style drive letters are not expected here.
    /// <summary>The lower-cased scheme of an address such as <c>https:</c> or <c>mailto:</c>, or null for a relative one.</summary>
    internal static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var candidate = url[..colon];
        var firstSlash = url.IndexOfAny(['/', '?', '#']);
        if (firstSlash >= 0 && firstSlash < colon)
        {
            return null;
        }

        return char.IsAsciiLetter(candidate[0]) && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? candidate.ToLowerInvariant()
            : candidate.Trim().ToLowerInvariant();
    }
}
