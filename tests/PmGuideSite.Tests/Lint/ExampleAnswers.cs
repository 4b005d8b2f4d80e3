using System.Text.RegularExpressions;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>The weak and strong answers of every worked example in the repository's content/examples.</summary>
internal static partial class ExampleAnswers
{
    /// <summary>Every example file's name (without .md), in ordinal order.</summary>
    public static IEnumerable<string> Slugs() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "content", "examples"), "*.md")
            .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    /// <summary>The text inside the example's '::: weak' or '::: strong' container (null when it has none).</summary>
    public static string? Read(string slug, string container)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "content", "examples", slug + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var match = Container().Matches(text).FirstOrDefault(m => m.Groups[1].Value == container);
        return match?.Groups[2].Value;
    }

    /// <summary>The label after '::: weak' ("Near miss: …"), or null when the weak answer has the default label.</summary>
    public static string? WeakLabel(string slug)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "content", "examples", slug + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var label = WeakHeader().Match(text).Groups[1].Value.Trim();
        return label.Length == 0 ? null : label;
    }

    /// <summary>The question the example answers and its level, as the practice page would pass them to the linter.</summary>
    public static PmGuideSite.Lint.LintContext Context(string slug)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "content", "examples", slug + ".md"));
        var id = QuestionField().Match(text).Groups[1].Value.Trim().Trim('"');
        var bank = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "content", "questions"), "*.yml")
            .Select(File.ReadAllText).First(b => b.Contains($"id: \"{id}\"", StringComparison.Ordinal));
        var block = bank[bank.IndexOf($"id: \"{id}\"", StringComparison.Ordinal)..];
        return new(QuestionText().Match(block).Groups[1].Value, LevelField().Match(block).Groups[1].Value);
    }

    [GeneratedRegex("^::: (weak|strong)[^\\n]*\\n(.*?)\\n:::[ \\t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Container();

    [GeneratedRegex("^::: weak([^\\n]*)$", RegexOptions.Multiline)]
    private static partial Regex WeakHeader();

    [GeneratedRegex("^question:[ \\t]*([^\\n]+)$", RegexOptions.Multiline)]
    private static partial Regex QuestionField();

    [GeneratedRegex("text: \"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex QuestionText();

    [GeneratedRegex("level: \"(L[5-7])\"")]
    private static partial Regex LevelField();
}
