using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;

namespace PmGuideSite.Tests.Lint;

/// <summary>rubric.yml problems are diagnostics at their line and column; patterns stay in the shared subset.</summary>
public sealed class RubricLoaderTests
{
    private static (Rubric? Rubric, IReadOnlyList<string> Diagnostics) Load(string yaml)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pmguide-rubric-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "rubric.yml");
            File.WriteAllText(path, yaml);
            var diagnostics = new DiagnosticBag();
            var rubric = RubricLoader.Load(path, diagnostics);
            return (rubric, diagnostics.Sorted().Select(d => d.ToMsBuildString("rubric.yml")).ToList());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string Header = "version: 1\nrules:\n";

    [Fact]
    public void A_word_list_becomes_one_whole_word_pattern()
    {
        var (rubric, diagnostics) = Load(Header + "  - id: \"w\"\n    level: \"warning\"\n    title: \"W\"\n    kind: \"words\"\n    words: [\"the team\", \"e.g.\"]\n    message: \"m\"\n    reason: \"r\"\n");
        Assert.Empty(diagnostics);
        Assert.Equal("\\b(?:the +team|e\\.g\\.)\\b", Assert.Single(rubric!.Rules).Pattern);
    }

    [Theory]
    [InlineData("(?<=x)y", "lookbehind")]
    [InlineData("We", "uppercase letter 'W'")]
    [InlineData("x$", "'$'")]
    [InlineData("\\p{L}", "'\\p'")]
    [InlineData("(a", "not a valid regular expression")]
    [InlineData("a*", "matches an empty answer")]
    public void Patterns_outside_the_shared_subset_are_refused_at_their_line(string pattern, string expected)
    {
        var escaped = pattern.Replace("\\", "\\\\", StringComparison.Ordinal);
        var (rubric, diagnostics) = Load(Header + $"  - id: \"p\"\n    level: \"error\"\n    title: \"P\"\n    kind: \"pattern\"\n    pattern: \"{escaped}\"\n    message: \"m\"\n    reason: \"r\"\n");
        Assert.Null(rubric);
        var line = Assert.Single(diagnostics);
        Assert.StartsWith("rubric.yml(7,14): error PG7002: the pattern 'pattern' cannot be used: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_kinds_levels_and_fields_are_named()
    {
        var (rubric, diagnostics) = Load(Header + "  - id: \"p\"\n    level: \"fatal\"\n    title: \"P\"\n    kind: \"sentense\"\n    mesage: \"m\"\n    reason: \"r\"\n");
        Assert.Null(rubric);
        Assert.Contains(diagnostics, d => d.Contains("'fatal' is not a valid level", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("'sentense' is not a valid kind", StringComparison.Ordinal) && d.Contains("did you mean 'sentence'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("unknown field 'mesage'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_future_version_is_refused()
    {
        var (rubric, diagnostics) = Load("version: 2\nrules: []\n");
        Assert.Null(rubric);
        Assert.Contains("rubric.yml(1,10): error PG7002: this generator reads rubric version 1, not 2", diagnostics);
    }
}
