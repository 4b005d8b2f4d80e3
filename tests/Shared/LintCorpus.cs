namespace PmGuideSite.Testing;

/// <summary>One labelled answer of tests/LintCorpus: its file name, its label and header fields, and the answer.</summary>
internal sealed record CorpusAnswer(string Name, bool ShouldPass, string Category, string Principle, string Level, string Question, string Why, string Text);

/// <summary>
/// Reads tests/LintCorpus/&lt;half&gt;/*.txt: header lines <c>key: value</c> (label, category, principle, level, question,
/// why), a line <c>---</c>, then the answer. Linked into the test project and the benchmark tool.
/// </summary>
internal static class LintCorpus
{
    /// <summary>The half the rules are tuned on.</summary>
    public const string Calibration = "calibration";

    /// <summary>The half only the benchmark and the floor test read.</summary>
    public const string HeldOut = "held-out";

    /// <summary>Every answer of one half, in ordinal file-name order; throws on a file that breaks the format.</summary>
    public static IReadOnlyList<CorpusAnswer> Load(string repoRoot, string half)
    {
        var folder = Path.Combine(repoRoot, "tests", "LintCorpus", half);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Parse).ToList();
    }

    private static CorpusAnswer Parse(string path)
    {
        var name = Path.GetFileName(path);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Split('\n');
        var index = 0;
        for (; index < lines.Length && lines[index].Trim() != "---"; index++)
        {
            var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[lines[index][..colon].Trim()] = lines[index][(colon + 1)..].Trim();
            }
        }

        if (index == lines.Length)
        {
            throw new InvalidDataException($"{name}: no '---' line between the header and the answer");
        }

        var label = fields.GetValueOrDefault("label", string.Empty).ToLowerInvariant();
        if (label is not ("pass" or "fail"))
        {
            throw new InvalidDataException($"{name}: 'label' must be pass or fail, not '{label}'");
        }

        var answer = string.Join('\n', lines.Skip(index + 1)).Trim();
        return new CorpusAnswer(name, label == "pass", fields.GetValueOrDefault("category", string.Empty), fields.GetValueOrDefault("principle", string.Empty),
            fields.GetValueOrDefault("level", string.Empty), fields.GetValueOrDefault("question", string.Empty), fields.GetValueOrDefault("why", string.Empty), answer);
    }
}
