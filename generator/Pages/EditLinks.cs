using PmGuideSite.Config;

namespace PmGuideSite.Pages;

/// <summary>"Edit this page" addresses: the repository's web editor for the content file a page is built from.</summary>
internal static class EditLinks
{
    /// <summary>The edit address of a page, or null when site.yml names no repository or the page has no source file.</summary>
    public static string? For(SiteConfig config, PageJob job)
    {
        if (config.Repository is not { } repository)
        {
            return null;
        }

        // Question-bank pages are built from YAML and carry no Markdown source; their file follows from the page name.
        var source = job.Source?.RelativePath
            ?? (job.Kind == "questions" ? "questions/" + Path.GetFileNameWithoutExtension(job.OutputPath) + ".yml" : null);
        if (source is null)
        {
            return null;
        }

        var content = Path.GetRelativePath(config.RootDirectory, config.ContentDirectory).Replace('\\', '/');
        var segments = new List<string>();
        if (repository.Path.Length > 0)
        {
            segments.AddRange(repository.Path.Split('/'));
        }

        if (content != ".")
        {
            segments.AddRange(content.Split('/'));
        }

        segments.AddRange(source.Split('/'));
        var branch = string.Join('/', repository.Branch.Split('/').Select(Uri.EscapeDataString));
        return $"{repository.Url}/edit/{branch}/{string.Join('/', segments.Select(Uri.EscapeDataString))}";
    }
}
