using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Content;

/// <summary>Parses YAML text into nodes that keep their positions, turning YamlDotNet's exceptions into diagnostics.</summary>
internal static class YamlText
{
    /// <summary>Parses one YAML document whose first line is <paramref name="firstLine"/> of the file; null after reporting a problem.</summary>
    public static YamlNode? Parse(string text, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        if (text.Contains('\t', StringComparison.Ordinal) && FindIndentTab(text) is { } tab)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax,
                "YAML does not allow a tab for indentation; use spaces",
                new SourceSpan(displayPath, tab.Line + firstLine - 1, tab.Column));
            return null;
        }

        if (FindDeepNesting(text) is { } deep)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax,
                $"the YAML is nested too deeply here (more than {MaxFlowDepth} brackets or {MaxBlockColumn} columns of indentation); flatten it",
                new SourceSpan(displayPath, deep.Line + firstLine - 1, deep.Column));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up with this on some malformed input; it is still the author's YAML, not our bug.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, "the YAML could not be read; check indentation, colons, quotes and brackets",
                new SourceSpan(displayPath, firstLine, 1));
            return null;
        }
        catch (YamlException ex)
        {
            var message = Describe(ex);
            var code = message.StartsWith("the key", StringComparison.Ordinal) ? DiagnosticCodes.DuplicateKey : DiagnosticCodes.YamlSyntax;
            diagnostics.Error(code, message, At(displayPath, ex.Start, firstLine));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, "the file holds more than one YAML document ('---' separator); keep one",
                At(displayPath, stream.Documents[1].RootNode.Start, firstLine));
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    /// <summary>
    /// Reads a whole YAML file that must be one set of fields (rubric.yml, search-aliases.yml) and wraps it for reading
    /// field by field; null after reporting why not (an unreadable file, bad YAML, or <paramref name="shape"/> at line 1).
    /// </summary>
    public static YamlFields? ReadFields(string fullPath, string what, string code, string shape, DiagnosticBag diagnostics)
    {
        var displayPath = DisplayPath.For(fullPath);
        if (SourceText.Read(fullPath, displayPath, diagnostics) is not { } text)
        {
            return null;
        }

        var before = diagnostics.ErrorCount;
        if (Parse(text, displayPath, 1, diagnostics) is YamlMappingNode root)
        {
            return new YamlFields(root, displayPath, 1, diagnostics, what);
        }

        if (diagnostics.ErrorCount == before)
        {
            diagnostics.Error(code, shape, new SourceSpan(displayPath, 1, 1));
        }

        return null;
    }

    /// <summary>Converts a YamlDotNet mark (1-based) to a span in the file.</summary>
    public static SourceSpan At(string displayPath, Mark mark, int firstLine) =>
        new(displayPath, (int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

    /// <summary>Flow brackets deeper than this are refused: YamlDotNet parses them recursively and would overflow the stack.</summary>
    private const int MaxFlowDepth = 64;

    /// <summary>Block nesting (indentation and "- - -" on one line) deeper than this many columns is refused for the same reason.</summary>
    private const int MaxBlockColumn = 1000;

    // A cheap pre-scan, before YamlDotNet recurses: counts open brackets and measures indentation.
    private static (int Line, int Column)? FindDeepNesting(string text)
    {
        var depth = 0;
        var line = 1;
        var column = 0;
        var atStart = true;
        foreach (var c in text)
        {
            column++;
            if (c == '\n')
            {
                (line, column, atStart) = (line + 1, 0, true);
                continue;
            }

            if (atStart && c is not (' ' or '-' or '?' or ':'))
            {
                atStart = false;
                if (column > MaxBlockColumn)
                {
                    return (line, column);
                }
            }

            // Quotes are not tracked on purpose: an apostrophe in plain text would hide the brackets after it.
            if (c is '[' or '{' && ++depth > MaxFlowDepth)
            {
                return (line, column);
            }
            else if (c is ']' or '}' && depth > 0)
            {
                depth--;
            }
        }

        return null;
    }

    private static (int Line, int Column)? FindIndentTab(string text)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                return (line, column);
            }

            if (c != ' ')
            {
                atLineStart = false;
            }

            column++;
        }

        return null;
    }

    // YamlDotNet's messages name parser internals; say what the author did instead.
    private static string Describe(YamlException ex)
    {
        var inner = ex.InnerException?.Message ?? ex.Message;
        var text = ex.Message + " " + inner;
        if (text.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || text.Contains("same key", StringComparison.OrdinalIgnoreCase))
        {
            return "the key appears twice in the same mapping; remove one of them";
        }

        if (text.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) || text.Contains("end of stream", StringComparison.OrdinalIgnoreCase))
        {
            return "a quoted value is not closed; add the closing quote";
        }

        if (text.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || text.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return "a ':' appears inside a value; put the value in double quotes";
        }

        var detail = ex.Message;
        var paren = detail.IndexOf("): ", StringComparison.Ordinal);
        if (paren >= 0)
        {
            detail = detail[(paren + 3)..];
        }

        return $"the YAML is not valid here ({detail.TrimEnd('.')}); check indentation, colons and quotes";
    }
}
