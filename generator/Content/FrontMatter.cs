using PmGuideSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Content;

/// <summary>Splits a Markdown file into its YAML front matter and body.</summary>
internal static class FrontMatter
{
    /// <summary>The parsed front matter fields and the body; null after reporting a problem.</summary>
    public static (YamlFields Fields, string Body, int BodyFirstLine)? Split(string text, string displayPath, string what, DiagnosticBag diagnostics)
    {
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, $"the file is empty; {what} needs front matter between '---' lines and a body", new SourceSpan(displayPath, 1, 1));
            return null;
        }

        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatter,
                $"{what} must start with front matter: a line '---', the fields (title: …), then another '---'",
                new SourceSpan(displayPath, 1, 1));
            return null;
        }

        var end = FindClosingFence(text);
        if (end is null)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatter, "the front matter is not closed; add a line '---' after the last field",
                new SourceSpan(displayPath, 1, 1));
            return null;
        }

        var (yamlEnd, bodyStart, bodyLine) = end.Value;
        var yaml = text[4..yamlEnd];
        var body = bodyStart <= text.Length ? text[bodyStart..] : string.Empty;
        var node = YamlText.Parse(yaml, displayPath, firstLine: 2, diagnostics);
        if (node is null)
        {
            if (yaml.Trim().Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatter, $"the front matter is empty; {what} needs its fields", new SourceSpan(displayPath, 1, 1));
            }

            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, "the front matter must be a set of 'name: value' fields",
                YamlText.At(displayPath, node.Start, 2));
            return null;
        }

        return (new YamlFields(mapping, displayPath, 2, diagnostics, what), body, bodyLine);
    }

    // Returns the end of the YAML text, the start of the body, and the body's 1-based first line.
    private static (int YamlEnd, int BodyStart, int BodyLine)? FindClosingFence(string text)
    {
        var line = 2;
        var index = 4;
        while (index <= text.Length)
        {
            var next = text.IndexOf('\n', index);
            var lineEnd = next < 0 ? text.Length : next;
            var content = text.AsSpan(index, lineEnd - index).TrimEnd();
            if (content is "---" or "...")
            {
                return (index, next < 0 ? text.Length : next + 1, line + 1);
            }

            if (next < 0)
            {
                return null;
            }

            index = next + 1;
            line++;
        }

        return null;
    }
}
