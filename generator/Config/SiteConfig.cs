namespace PmGuideSite.Config;

/// <summary>The settings from <c>site.yml</c>, with every folder resolved to a full path.</summary>
internal sealed record SiteConfig(
    string ConfigPath,
    string RootDirectory,
    string Title,
    string Description,
    string Language,
    string? BaseUrl,
    string ContentDirectory,
    string ThemeDirectory,
    string? ThemeOverrideDirectory,
    RepositorySettings? Repository = null);

/// <summary>Where the site's sources live online, for "Edit this page" links (<c>repository:</c> in site.yml).</summary>
internal sealed record RepositorySettings(string Url, string Branch, string Path);
