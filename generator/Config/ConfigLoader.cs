using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Config;

/// <summary>Reads <c>site.yml</c>; its problems are configuration errors (exit code 2).</summary>
internal static class ConfigLoader
{
    /// <summary>Loads the configuration file, or returns null after reporting why it cannot be used.</summary>
    public static SiteConfig? Load(string configPath, DiagnosticBag diagnostics)
    {
        var fullPath = Path.GetFullPath(configPath);
        var display = DisplayPath.For(fullPath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(DiagnosticCodes.ConfigNotFound,
                $"no configuration file at '{display}'; run the command in the folder that holds site.yml, or pass --config <path>", null);
            return null;
        }

        var text = SourceText.Read(fullPath, display, diagnostics);
        if (text is null)
        {
            return null;
        }

        var node = text.Trim().Length == 0 ? null : YamlText.Parse(text, display, 1, diagnostics);
        if (node is not YamlMappingNode mapping)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, "site.yml must be a set of 'name: value' settings (at least 'title:')", new SourceSpan(display, 1, 1));
            }

            return null;
        }

        var fields = new YamlFields(mapping, display, 1, diagnostics, "site.yml");
        var title = fields.RequiredString("title");
        var description = fields.OptionalString("description") ?? string.Empty;
        var language = fields.OptionalString("language") ?? "en";
        var baseUrl = fields.OptionalString("base_url");
        var root = Path.GetDirectoryName(fullPath)!;
        var content = ResolveInside(root, fields, "content", "content", diagnostics);
        var theme = ResolveInside(root, fields, "theme", "theme", diagnostics);
        var themeOverride = fields.Has("theme_override") ? ResolveInside(root, fields, "theme_override", null, diagnostics) : null;
        var repository = RepositoryLoader.Load(fields, diagnostics);
        fields.ReportUnknown();
        if (baseUrl is { Length: > 0 } && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, $"base_url must be an absolute http(s) address such as 'https://example.org/guide/', not '{baseUrl}'",
                fields.SpanOfField("base_url"));
        }

        if (content is not null && !Directory.Exists(content))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, $"the content folder '{DisplayPath.For(content)}' does not exist", fields.SpanOfField("content"));
        }

        if (theme is not null && !Directory.Exists(theme))
        {
            diagnostics.Error(DiagnosticCodes.ThemeMissing, $"the theme folder '{DisplayPath.For(theme)}' does not exist", fields.SpanOfField("theme"));
        }

        if (themeOverride is not null && !Directory.Exists(themeOverride))
        {
            diagnostics.Error(DiagnosticCodes.ThemeMissing, $"the theme_override folder '{DisplayPath.For(themeOverride)}' does not exist",
                fields.SpanOfField("theme_override"));
        }

        if (diagnostics.HasErrors || title is null || content is null || theme is null)
        {
            return null;
        }

        var normalisedBase = baseUrl is { Length: > 0 } ? baseUrl.TrimEnd('/') + "/" : null;
        return new SiteConfig(fullPath, root, title, description, language, normalisedBase, content, theme, themeOverride, repository);
    }

    // Folders named in site.yml must stay inside the site's folder: a pull request must not read the rest of the disk.
    private static string? ResolveInside(string root, YamlFields fields, string key, string? fallback, DiagnosticBag diagnostics)
    {
        var value = fields.OptionalString(key) ?? fallback;
        if (value is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, value));
        var relative = Path.GetRelativePath(root, full);

        // A symbolic link inside the site can lead anywhere: compare where the folder really is, links resolved.
        var realRoot = RealPath.Resolve(root) ?? root;
        var real = RealPath.Resolve(full);
        // "..foo" is a folder inside the site; only a first segment of exactly ".." climbs out of it.
        var climbs = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (climbs || Path.IsPathRooted(relative) || real is null || !RealPath.IsInside(real, realRoot))
        {
            diagnostics.Error(DiagnosticCodes.ConfigPathOutside,
                $"'{key}: {value}' points outside the site's folder; use a folder inside it", fields.SpanOfField(key));
            return null;
        }

        return full;
    }
}
