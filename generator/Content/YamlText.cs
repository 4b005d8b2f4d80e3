using PmGuideSite.Diagnostics;
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

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
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

    /// <summary>Converts a YamlDotNet mark (1-based) to a span in the file.</summary>
    public static SourceSpan At(string displayPath, Mark mark, int firstLine) =>
        new(displayPath, (int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

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
