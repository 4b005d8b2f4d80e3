using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Authoring;

/// <summary><c>pmguide new</c>: every scaffold passes check unchanged, ids are fresh, and nothing is overwritten.</summary>
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("chapter", "content/chapters/new-chapter.md")]
    [InlineData("example", "content/examples/new-example.md")]
    [InlineData("principle", "content/principles/new-principle.md")]
    public void A_scaffolded_file_passes_check_unchanged(string kind, string expectedFile)
    {
        using var site = TempSite.FromBase();
        var (code, output, errors) = site.Run("new", kind);
        Assert.True(code == 0, errors);
        Assert.Equal($"Created {expectedFile}\n", output);
        var text = File.ReadAllText(Path.Combine(site.Root, expectedFile));
        Assert.Contains("# yaml-language-server: $schema=../.schemas/", text, StringComparison.Ordinal);
        Assert.Contains("(required): ", text, StringComparison.Ordinal);

        var check = site.Run("check", "--quiet");
        Assert.True(check.ExitCode == 0, check.Errors);
        Assert.DoesNotContain(" error ", check.Errors, StringComparison.Ordinal);

        // A principle has no bank yet: check says so as a warning, and 'new question' starts one that also passes.
        if (kind == "principle")
        {
            Assert.Contains("warning PG2104", check.Errors, StringComparison.Ordinal);
            var bank = site.Run("new", "question", "new-principle");
            Assert.True(bank.ExitCode == 0, bank.Errors);
            Assert.Equal("Created content/questions/new-principle.yml (a new question bank with question 'new-principle-01')\n", bank.Output);
            var again = site.Run("check", "--quiet");
            Assert.True(again.ExitCode == 0, again.Errors);
            Assert.DoesNotContain("PG2104", again.Errors, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("Check succeeded in", check.Output.Length > 0 ? check.Output[..18] : check.Errors);
        }
    }

    [Fact]
    public void A_question_is_appended_to_its_bank_keeping_every_existing_line()
    {
        using var site = TempSite.FromBase();
        var bankPath = Path.Combine(site.Root, "content", "questions", "ownership.yml");
        var original = File.ReadAllText(bankPath);

        var (code, output, errors) = site.Run("new", "question", "ownership");
        Assert.True(code == 0, errors);
        Assert.Equal("Added question 'ownership-02' to content/questions/ownership.yml\n", output);
        var updated = File.ReadAllText(bankPath);
        Assert.StartsWith(original, updated, StringComparison.Ordinal);
        Assert.Contains("  - id: \"ownership-02\"", updated, StringComparison.Ordinal);

        var second = site.Run("new", "question", "ownership");
        Assert.Equal("Added question 'ownership-03' to content/questions/ownership.yml\n", second.Output);
        var check = site.Run("check", "--quiet");
        Assert.True(check.ExitCode == 0, check.Errors);
    }

    [Fact]
    public void A_question_goes_inside_the_list_when_other_fields_follow_it()
    {
        using var site = TempSite.FromBase();
        var bankPath = Path.Combine(site.Root, "content", "questions", "ownership.yml");
        var original = File.ReadAllText(bankPath);
        var lines = original.TrimEnd('\n').Split('\n');

        // Move 'principle:' after the list and use four-space indentation: the new item must follow both choices.
        var reordered = "# A comment the edit must keep.\nquestions:\n"
            + string.Join('\n', lines.Skip(2).Select(l => "  " + l)) + "\n\n" + lines[0] + "\n";
        File.WriteAllText(bankPath, reordered);
        Assert.Equal(0, site.Run("check", "--quiet").ExitCode);

        var (code, _, errors) = site.Run("new", "question", "ownership");
        Assert.True(code == 0, errors);
        var updated = File.ReadAllText(bankPath);
        Assert.Contains("# A comment the edit must keep.", updated, StringComparison.Ordinal);
        Assert.Contains("    - id: \"ownership-02\"", updated, StringComparison.Ordinal);
        Assert.EndsWith(lines[0] + "\n", updated, StringComparison.Ordinal);
        var check = site.Run("check", "--quiet");
        Assert.True(check.ExitCode == 0, check.Errors);
    }

    [Fact]
    public void New_never_overwrites_and_picks_fresh_names()
    {
        using var site = TempSite.FromBase();
        Assert.Equal("Created content/chapters/new-chapter.md\n", site.Run("new", "chapter").Output);
        Assert.Equal("Created content/chapters/new-chapter-2.md\n", site.Run("new", "chapter").Output);

        var intro = Path.Combine(site.Root, "content", "chapters", "intro.md");
        var before = File.ReadAllBytes(intro);
        var (code, _, errors) = site.Run("new", "chapter", "intro");
        Assert.Equal(2, code);
        Assert.Contains("error PG1007: 'content/chapters/intro.md' already exists", errors, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(intro));

        var bad = site.Run("new", "chapter", "My Page");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("error PG1008", bad.Errors, StringComparison.Ordinal);

        var unknown = site.Run("new", "question", "ownershp");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("(did you mean 'ownership'?)", unknown.Errors, StringComparison.Ordinal);

        var example = site.Run("new", "example", "--question", "ownership-01");
        Assert.True(example.ExitCode == 0, example.Errors);
        Assert.Contains("principle: ownership\n", File.ReadAllText(Path.Combine(site.Root, "content", "examples", "new-example.md")), StringComparison.Ordinal);
    }
}
