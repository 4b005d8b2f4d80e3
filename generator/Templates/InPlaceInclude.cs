using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PmGuideSite.Templates;

/// <summary>
/// Scriban's <c>include</c>, rendering a partial straight into the page being written when the include stands alone as a
/// statement (<c>{{ include 'partials/nav.html' }}</c>), which is how themes use it.
/// </summary>
/// <remarks>
/// The built-in include renders every partial into a fresh buffer, turns it into a string, empties the buffer and writes
/// the string into the page; here the partial's writes go to the page as they are made (the same text, as
/// <see cref="TemplateRenderer"/> turns Scriban's auto-indent off). An include whose value is used
/// (<c>{{ x = include 'a' }}</c>, a pipe, extra arguments) still goes to the built-in, as does a partial that does not
/// parse, so its error is the built-in's own.
/// </remarks>
internal sealed class InPlaceInclude(IScriptCustomFunction standard) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is not PageTemplateContext page
            || arguments.Count != 1
            || callerContext?.Parent is not ScriptExpressionStatement
            || context.TemplateLoader is not { } loader
            || context.ObjectToString(arguments[0]) is not { Length: > 0 } name
            || Resolve(context, loader, callerContext, name) is not { Page: { } body })
        {
            return standard.Invoke(context, callerContext, arguments, blockStatement);
        }

        if (page.IncludeDepth >= context.RecursiveLimit)
        {
            throw new ScriptRuntimeException(callerContext.Span,
                $"Exceeding number of recursive depth limit `{context.RecursiveLimit}` for include `{name}`");
        }

        page.IncludeDepth++;
        try
        {
            var result = context.Evaluate(body);
            if (result is not null)
            {
                context.Write(body.Span, result);
            }
        }
        finally
        {
            page.IncludeDepth--;
        }

        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public int GetParameterIndexByName(string name) => name == "template_name" ? 0 : -1;

    // The parsed partial, parsing and caching it like the built-in does; null when it has errors (the built-in reports them).
    private static Template? Resolve(TemplateContext context, ITemplateLoader loader, ScriptNode caller, string name)
    {
        var path = loader.GetPath(context, caller.Span, name);
        if (path is null)
        {
            return null;
        }

        if (context.CachedTemplates.TryGetValue(path, out var cached))
        {
            return cached;
        }

        if (loader.Load(context, caller.Span, path) is not { } text)
        {
            return null;
        }

        var template = Template.Parse(text, path, context.TemplateLoaderParserOptions, context.TemplateLoaderLexerOptions);
        if (template.HasErrors)
        {
            return null;
        }

        context.CachedTemplates[path] = template;
        return template;
    }
}

/// <summary>A template context that counts the partials being rendered in place (<see cref="InPlaceInclude"/>) and holds
/// a theme to limits of time and size, so a template that loops or grows a string without end fails in seconds.</summary>
internal sealed class PageTemplateContext : TemplateContext
{
    /// <summary>The longest text a template expression may produce (a page body of the largest content file is far shorter).</summary>
    public const int MaxValueLength = 32 * 1024 * 1024;

    /// <summary>How long one page's templates may run.</summary>
    public static readonly TimeSpan MaxRenderTime = TimeSpan.FromSeconds(10);

    private long _deadline = long.MaxValue;
    private StrongBox<bool> _overrun = new();

    public int IncludeDepth { get; set; }

    /// <summary>Starts the time limit for one page's render. <paramref name="overrun"/> is shared by every page of a
    /// build: once one page ran out of time, the others stop at their next loop step instead of each taking as long.</summary>
    public void StartClock(StrongBox<bool> overrun)
    {
        _overrun = overrun;
        _deadline = Environment.TickCount64 + (long)MaxRenderTime.TotalMilliseconds;
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (value is string { Length: > MaxValueLength })
        {
            throw new ScriptRuntimeException(scriptNode!.Span,
                $"a value grew past {MaxValueLength / (1024 * 1024)} million characters; check for a string that is added to itself in a loop");
        }

        return value;
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (Volatile.Read(ref _overrun.Value))
        {
            throw new StoppedException(loop.Span);
        }

        if (Environment.TickCount64 > _deadline)
        {
            Volatile.Write(ref _overrun.Value, true);
            throw new ScriptRuntimeException(loop.Span, $"the page's templates ran for more than {MaxRenderTime.TotalSeconds:0} seconds; check this loop");
        }

        return base.OnStepLoop(loop);
    }

    /// <summary>Stops a page because another page of the build ran out of time: that page reports the error, this one
    /// says nothing, so the diagnostics do not depend on which pages were rendering at that moment.</summary>
    internal sealed class StoppedException(Scriban.Parsing.SourceSpan span) : ScriptRuntimeException(span, "stopped: another page ran out of time");
}
