using PmGuideSite.Content;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Config;

/// <summary>Reads and checks the optional <c>repository: { url, branch, path }</c> setting of site.yml.</summary>
internal static class RepositoryLoader
{
    /// <summary>The settings, or null when absent or (after reporting) invalid.</summary>
    public static RepositorySettings? Load(YamlFields fields, DiagnosticBag diagnostics)
    {
        var repository = fields.OptionalMapping("repository", "the repository setting");
        if (repository is null)
        {
            return null;
        }

        var url = repository.RequiredString("url");
        var branch = repository.RequiredString("branch");
        var path = repository.OptionalString("path") ?? string.Empty;
        repository.ReportUnknown();
        var ok = url is not null && branch is not null;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Query.Length == 0 && uri.Fragment.Length == 0))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid,
                $"repository url must be the repository's web address, such as 'https://github.com/owner/repo', not '{url}'", repository.SpanOfField("url"));
            ok = false;
        }

        if (branch is not null && (branch.Any(c => char.IsWhiteSpace(c) || c is '?' or '#' or '\\') || branch.Split('/').Any(s => s is "" or "." or "..")))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, $"repository branch '{branch}' is not a branch name", repository.SpanOfField("branch"));
            ok = false;
        }

        var trimmedPath = path.Trim('/');
        if (trimmedPath.Contains('\\') || trimmedPath.Split('/').Any(s => s is "." or "..") || trimmedPath.Contains("//", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid,
                $"repository path '{path}' must be the site's folder inside the repository, such as 'docs/guide' (empty when site.yml is at the top)",
                repository.SpanOfField("path"));
            ok = false;
        }

        return ok ? new RepositorySettings(url!.TrimEnd('/'), branch!, trimmedPath) : null;
    }
}
