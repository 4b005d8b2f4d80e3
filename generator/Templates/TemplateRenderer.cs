using System.Collections.Concurrent;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PmGuideSite.Templates;

/// <summary>Parses theme layouts once and renders pages with them; template problems point at the template's line.</summary>
internal sealed class TemplateRenderer(Theme theme, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, Template?> _layouts = new(StringComparer.Ordinal);
    private readonly ThemeTemplateLoader _loader = new(theme);
    private readonly ConcurrentDictionary<string, Template> _partials = new(StringComparer.Ordinal);

    /// <summary>Renders <c>layouts/&lt;layout&gt;.html</c> with the given globals; null (after reporting) on failure.</summary>
    public string? Render(string layout, IReadOnlyDictionary<string, object?> globals)
    {
        var template = _layouts.GetOrAdd(layout, Parse);
        if (template is null)
        {
            return null;
        }

        var context = new TemplateContext
        {
            TemplateLoader = _loader,
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            EnableRelaxedMemberAccess = true,
        };
        var scriptGlobals = new ScriptObject();
        foreach (var (name, value) in globals)
        {
            scriptGlobals[name] = value;
        }

        context.PushGlobal(scriptGlobals);

        // Partials parsed for one page serve every other page: without this each page re-reads and re-parses them.
        foreach (var (path, partial) in _partials)
        {
            context.CachedTemplates[path] = partial;
        }

        try
        {
            var html = template.Render(context);
            foreach (var (path, partial) in context.CachedTemplates)
            {
                _partials.TryAdd(path, partial);
            }

            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"template error: {ex.OriginalMessage}", SpanOf(ex.Span));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"template error in layouts/{layout}.html: {ex.Message}",
                SourceSpan.FileOnly(DisplayPath.For(theme.Find($"layouts/{layout}.html") ?? layout)));
            return null;
        }
    }

    private Template? Parse(string layout)
    {
        var relative = $"layouts/{layout}.html";
        var path = theme.Find(relative);
        if (path is null)
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, $"the theme has no '{relative}'; add it to the theme or its override folder", null);
            return null;
        }

        var template = Template.Parse(File.ReadAllText(path), path);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages)
        {
            diagnostics.Error(DiagnosticCodes.TemplateSyntax, $"template syntax: {message.Message}", SpanOf(message.Span));
        }

        return null;
    }

    private static SourceSpan SpanOf(Scriban.Parsing.SourceSpan span) =>
        string.IsNullOrEmpty(span.FileName)
            ? new SourceSpan("(template)", span.Start.Line + 1, span.Start.Column + 1)
            : new SourceSpan(DisplayPath.For(span.FileName), span.Start.Line + 1, span.Start.Column + 1);
}
