using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace PmGuideSite.Templates;

/// <summary>Resolves <c>{{ include 'partials/nav.html' }}</c> through the theme, so overrides apply to partials too.</summary>
internal sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    public string GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName) =>
        theme.Find(templateName)
        ?? throw new ScriptRuntimeException(callerSpan, theme.Refused(templateName) is { } refused
            ? $"'{PmGuideSite.Text.DisplayPath.For(refused.FullPath)}' cannot be included: {refused.Why}"
            : $"the theme has no file '{templateName}' to include (looked in the override folder and the default theme)");

    public string? Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
