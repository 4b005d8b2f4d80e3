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

    // Partials parsed by any render, by full path: Scriban caches includes per TemplateContext only, and a context
    // lives for one render, so without this every page would parse every partial again.
    private readonly ConcurrentDictionary<string, Template> _includes = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<PageTemplateContext> _contexts = [];
    private readonly ThemeTemplateLoader _loader = new(theme);
    private readonly System.Runtime.CompilerServices.StrongBox<bool> _overrun = new();

    /// <summary>Renders <c>layouts/&lt;layout&gt;.html</c> with the given globals; null (after reporting) on failure.</summary>
    public string? Render(string layout, IReadOnlyDictionary<string, object?> globals)
    {
        var template = _layouts.GetOrAdd(layout, Parse);
        if (template is null)
        {
            return null;
        }

        // Contexts are pooled: a fresh TemplateContext per page rebuilt Scriban's built-in functions and its per-type
        // member accessors every time, which cost more than rendering the page. A context that saw an error is dropped.
        var context = _contexts.TryTake(out var pooled) ? pooled : NewContext();
        var scriptGlobals = new ScriptObject();
        foreach (var (name, value) in globals)
        {
            scriptGlobals[name] = value;
        }

        context.PushGlobal(scriptGlobals);
        context.StartClock(_overrun);
        try
        {
            var html = template.Render(context);
            context.PopGlobal();
            foreach (var (path, included) in context.CachedTemplates)
            {
                _includes.TryAdd(path, included);
            }

            _contexts.Add(context);
            return html;
        }
        catch (PageTemplateContext.StoppedException)
        {
            return null;
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"template error: {Explain(ex.OriginalMessage)}", SpanOf(ex.Span));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"template error in layouts/{layout}.html: {ex.Message}",
                SourceSpan.FileOnly(DisplayPath.For(theme.Find($"layouts/{layout}.html") ?? layout)));
            return null;
        }
    }

    private PageTemplateContext NewContext()
    {
        var context = new PageTemplateContext
        {
            TemplateLoader = _loader,
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            // Scriban cuts any value longer than a million characters to "...": print.html's content is longer than that
            // on a large site.
            LimitToString = 0,
            OutputLimit = 2 * PageTemplateContext.MaxValueLength,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            // Scriban's auto-indent puts the whitespace before {{ page.body }} after every newline of the body, which
            // shifted every line of a code block inside <pre>. Values and partials are written as they are.
            AutoIndent = false,
            EnableRelaxedMemberAccess = true,
        };
        if (context.BuiltinObject["include"] is IScriptCustomFunction standard)
        {
            context.BuiltinObject.SetValue("include", new InPlaceInclude(standard), readOnly: true);
        }

        foreach (var (path, included) in _includes)
        {
            context.CachedTemplates[path] = included;
        }

        return context;
    }

    private Template? Parse(string layout)
    {
        var relative = $"layouts/{layout}.html";
        var path = theme.Find(relative);
        if (path is null && theme.Refused(relative) is { } refused)
        {
            diagnostics.Error(DiagnosticCodes.SymbolicLink, refused.Why, SourceSpan.FileOnly(DisplayPath.For(refused.FullPath)));
            return null;
        }

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

    // Scriban's limits speak of nodes and depth; a theme author needs to know which mistake causes them.
    private static string Explain(string message) =>
        message.Contains("recursive depth limit", StringComparison.Ordinal)
            ? "templates include each other in a circle (or more than 64 levels deep); remove the include that leads back"
            : message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal)
                ? "a loop would run more than 1,000,000 times; check the loop's range"
                : message.Contains("exceeds OutputLimit", StringComparison.Ordinal)
                    ? $"the page's templates wrote more than {2 * PageTemplateContext.MaxValueLength / (1024 * 1024)} million characters; check for a loop that writes a large value many times"
                : message.StartsWith("Unable to convert type", StringComparison.Ordinal)
                    ? $"a value has the wrong type for this function or operator ({message.Replace("`", "'", StringComparison.Ordinal)})"
                    : message;

    private static SourceSpan SpanOf(Scriban.Parsing.SourceSpan span) =>
        string.IsNullOrEmpty(span.FileName)
            ? new SourceSpan("(template)", span.Start.Line + 1, span.Start.Column + 1)
            : new SourceSpan(DisplayPath.For(span.FileName), span.Start.Line + 1, span.Start.Column + 1);
}
