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

    [GeneratedRegex("^::: (weak|strong)[^\\n]*\\n(.*?)\\n:::[ \\t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Container();
}
