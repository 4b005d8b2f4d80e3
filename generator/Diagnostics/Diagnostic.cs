namespace PmGuideSite.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
internal enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in the input, with a stable code and, where known, its position.</summary>
internal sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan? Span)
{
    /// <summary>The MSBuild form: <c>path(line,col): error PG2103: message</c>.</summary>
    public string ToMsBuildString(string? displayPath = null)
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        if (Span is not { } span)
        {
            return $"pmguide: {kind} {Code}: {Message}";
        }

        var path = displayPath ?? span.Path;
        return span.HasLine
            ? $"{path}({span.Line},{Math.Max(1, span.Column)}): {kind} {Code}: {Message}"
            : $"{path}: {kind} {Code}: {Message}";
    }

    /// <summary>The GitHub Actions workflow-command form, so the problem shows on the pull request's line.</summary>
    public string ToGitHubString(string? displayPath = null)
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var message = Escape($"{Code}: {Message}", isProperty: false);
        if (Span is not { } span)
        {
            return $"::{kind}::{message}";
        }

        var file = Escape(displayPath ?? span.Path, isProperty: true);
        return span.HasLine
            ? $"::{kind} file={file},line={span.Line},col={Math.Max(1, span.Column)},title={Code}::{message}"
            : $"::{kind} file={file},title={Code}::{message}";
    }

    // Workflow commands reserve %, CR and LF everywhere, and ':' and ',' inside properties.
    private static string Escape(string value, bool isProperty)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
        return isProperty
            ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal)
            : escaped;
    }
}
