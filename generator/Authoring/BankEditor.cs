using PmGuideSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Authoring;

/// <summary>
/// Adds a question to an existing bank as text, so the file's own comments, quoting and blank lines stay exactly
/// as they were: the new item goes after the last question, indented like the others.
/// </summary>
internal static class BankEditor
{
    /// <summary>The bank's text with the question added, or null (after reporting) when the file cannot be read as a bank.</summary>
    public static string? Append(string text, string id, string displayPath, DiagnosticBag diagnostics)
    {
        YamlMappingNode? mapping;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            mapping = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(DiagnosticCodes.NewRefused, $"cannot add a question: the bank does not parse ({ex.Message}); fix it first ('pmguide check' shows where)",
                new SourceSpan(displayPath, (int)ex.Start.Line, (int)ex.Start.Column));
            return null;
        }

        var entries = mapping?.Children.ToList() ?? [];
        var index = entries.FindIndex(e => e.Key is YamlScalarNode { Value: "questions" });
        if (index < 0 || entries[index].Value is not YamlSequenceNode { Style: not YamlDotNet.Core.Events.SequenceStyle.Flow } questions)
        {
            diagnostics.Error(DiagnosticCodes.NewRefused, "cannot add a question: the bank has no 'questions:' list written one item per line", new SourceSpan(displayPath, 1, 1));
            return null;
        }

        // The dash sits two columns left of the first key of an item ("  - id: …" → items at column 3, dash at 3).
        var dashColumn = questions.Children.Count > 0 ? (int)questions.Children[0].Start.Column - 3 : 2;
        var indent = new string(' ', Math.Max(0, dashColumn));
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

        // Insert before the next top-level field, or at the end when 'questions' is the last one.
        var insertAt = index + 1 < entries.Count ? (int)entries[index + 1].Key.Start.Line - 1 : lines.Count;
        while (insertAt > 0 && lines[insertAt - 1].Trim().Length == 0)
        {
            insertAt--;
        }

        var block = Scaffolds.Question(id, indent).TrimEnd('\n').Split('\n');
        lines.InsertRange(insertAt, [string.Empty, .. block]);
        var joined = string.Join(newline, lines);
        return joined.EndsWith(newline, StringComparison.Ordinal) ? joined : joined + newline;
    }
}
