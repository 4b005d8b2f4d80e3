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

    private const string Header = "version: 2\nrules:\n";

    private static string EvidenceRule(string pattern) =>
        Header + "  - id: \"p\"\n    level: \"error\"\n    title: \"P\"\n    kind: \"evidence\"\n    min_words: 1\n    evidence: '" + pattern.Replace("'", "''", StringComparison.Ordinal)
        + "'\n    message: \"m\"\n    reason: \"r\"\n    instead: \"i\"\n";

    [Fact]
    public void Word_lists_become_whole_word_patterns_each_with_its_own_message()
    {
        var (rubric, diagnostics) = Load(Header + "  - id: \"w\"\n    level: \"warning\"\n    title: \"W\"\n    kind: \"words\"\n    lists:\n"
            + "      - words: [\"the team\", \"e.g.\"]\n        message: \"one\"\n      - words: [\"we\"]\n        message: \"two\"\n    reason: \"r\"\n    instead: \"i\"\n");
        Assert.Empty(diagnostics);
        var rule = Assert.Single(rubric!.Rules);
        Assert.Equal([("\\b(?:the +team|e\\.g\\.)\\b", "one"), ("\\b(?:we)\\b", "two")], rule.Lists.Select(l => (l.Pattern, l.Message)));
    }

    [Fact]
    public void Fragments_are_expanded_and_an_unknown_one_is_named()
    {
        var (rubric, diagnostics) = Load("version: 2\nfragments:\n  verb: '(?:led|ran)'\nrules:\n" + EvidenceRule("\\bi {{verb}}\\b")[Header.Length..]);
        Assert.Empty(diagnostics);
        Assert.Equal("\\bi (?:led|ran)\\b", Assert.Single(rubric!.Rules).Pattern);

        var (none, unknown) = Load(EvidenceRule("{{nope}}"));
        Assert.Null(none);
        Assert.Contains("the fragment '{{nope}}', which is not defined", Assert.Single(unknown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(?<=x)y", "lookbehind")]
    [InlineData("We", "uppercase letter 'W'")]
    [InlineData("x$", "'$'")]
    [InlineData("^x", "'^'")]
    [InlineData("\\p{L}", "'\\p'")]
    [InlineData("(a", "not a valid regular expression")]
    [InlineData("a*", "matches an empty answer")]
    [InlineData("(a+)+b", "repeats something that itself repeats")]
    [InlineData("(?:\\w+\\s?)+x", "repeats something that itself repeats")]
    [InlineData("(?:[a-z]+\\w){1,5}!", "repeats something that itself repeats")]
    [InlineData("(a|a)*b", "repeats a choice")]
    [InlineData("from .*to", "no upper bound")]
    [InlineData("from [^.]+ to", "no upper bound")]
    public void Patterns_outside_the_shared_subset_or_that_could_backtrack_are_refused_at_their_line(string pattern, string expected)
    {
        var (rubric, diagnostics) = Load(EvidenceRule(pattern));
        Assert.Null(rubric);
        var line = Assert.Single(diagnostics);
        Assert.StartsWith("rubric.yml(8,15): error PG7002: the pattern 'evidence' cannot be used: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(?:\\w+ ){0,3}x")]
    [InlineData("from [^!?\\n]{0,40}?\\d")]
    [InlineData("(?:\\d{1,2},? +)?x")]
    [InlineData("[ab]+c")]
    public void Bounded_or_separated_repeats_are_accepted(string pattern)
    {
        var (rubric, diagnostics) = Load(EvidenceRule(pattern));
        Assert.Empty(diagnostics);
        Assert.NotNull(rubric);
    }

    [Fact]
    public void The_repository_rubric_loads_and_compiles_in_both_engines_terms() => Assert.NotEmpty(LintTestSupport.RepositoryRubric.Rules);

    [Fact]
    public void Unknown_kinds_levels_and_fields_are_named()
    {
        var (rubric, diagnostics) = Load(Header + "  - id: \"p\"\n    level: \"fatal\"\n    title: \"P\"\n    kind: \"evidense\"\n    mesage: \"m\"\n    reason: \"r\"\n    instead: \"i\"\n");
        Assert.Null(rubric);
        Assert.Contains(diagnostics, d => d.Contains("'fatal' is not a valid level", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("'evidense' is not a valid kind", StringComparison.Ordinal) && d.Contains("did you mean 'evidence'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("unknown field 'mesage'", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_version_is_refused()
    {
        var (rubric, diagnostics) = Load("version: 1\nrules: []\n");
        Assert.Null(rubric);
        Assert.Contains("rubric.yml(1,10): error PG7002: this generator reads rubric version 2, not 1", diagnostics);
    }
}
