namespace PmGuideSite.Diagnostics;

/// <summary>Collects diagnostics from every stage; thread-safe so pages can render in parallel.</summary>
internal sealed class DiagnosticBag
{
    private readonly Lock _gate = new();
    private readonly List<Diagnostic> _items = [];

    /// <summary>Whether any error has been reported.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>The files (display paths) with at least one error so far, with the codes reported there.</summary>
    public ILookup<string, string> ErrorCodesByFile()
    {
        lock (_gate)
        {
            return _items.Where(d => d.Severity == Severity.Error && d.Span is not null)
                .ToLookup(d => d.Span!.Value.Path, d => d.Code, StringComparer.Ordinal);
        }
    }

    /// <summary>Number of errors reported so far.</summary>
    public int ErrorCount => Count(Severity.Error);

    /// <summary>Number of warnings reported so far.</summary>
    public int WarningCount => Count(Severity.Warning);

    /// <summary>Reports an error.</summary>
    public void Error(string code, string message, SourceSpan? span) => Add(new Diagnostic(Severity.Error, code, message, span));

    /// <summary>Reports a warning.</summary>
    public void Warning(string code, string message, SourceSpan? span) => Add(new Diagnostic(Severity.Warning, code, message, span));

    /// <summary>Adds a ready-made diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Turns every warning into an error (--strict), so each problem is reported once, as an error.</summary>
    public void PromoteWarnings()
    {
        lock (_gate)
        {
            for (var i = 0; i < _items.Count; i++)
            {
                if (_items[i].Severity == Severity.Warning)
                {
                    _items[i] = _items[i] with { Severity = Severity.Error };
                }
            }
        }
    }

    /// <summary>The diagnostics in a stable order (file, line, column, code), so output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Span?.Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Span?.Line ?? 0)
                .ThenBy(d => d.Span?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }

    private int Count(Severity severity)
    {
        lock (_gate)
        {
            return _items.Distinct().Count(d => d.Severity == severity);
        }
    }
}
