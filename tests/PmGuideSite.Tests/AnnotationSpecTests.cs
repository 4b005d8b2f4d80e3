using System.Text.RegularExpressions;
using PmGuideSite.Diagnostics;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>
/// Specs for <c>check --format github</c>: each <c>Specs/Annotations/NNN-name.txt</c> starts with an <c>args:</c> line
/// and changes the base site; <c>NNN-name.out.txt</c> holds the exit code, standard output and standard error.
/// </summary>
public sealed partial class AnnotationSpecTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Specs, "Annotations"), "*.txt")
                     .Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_prints_the_expected_annotations(string name)
    {
        using var site = TempSite.FromBase();
        var bundle = File.ReadAllText(Path.Combine(TestPaths.Specs, "Annotations", name + ".txt"));
        var args = bundle.Split('\n')[0];
        Assert.StartsWith("args: ", args, StringComparison.Ordinal);
        Bundle.Apply(bundle, site);

        var (code, output, errors) = site.Run(args[6..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var actual = $"exit {code}\n--- standard output\n{Timing().Replace(output, " in 0.00 s")}--- standard error\n{errors}";
        var expectedPath = Path.Combine(TestPaths.Specs, "Annotations", name + ".out.txt");
        ExpectedFile.Check(expectedPath, actual, "FullyQualifiedName~AnnotationSpecTests");
    }

    [Fact]
    public void Properties_escape_percent_line_breaks_colons_and_commas_and_messages_escape_percent_and_line_breaks()
    {
        var diagnostic = new Diagnostic(Severity.Error, "PG2005", "50% done\r\nnext: a, b", new SourceSpan("content/a:b,c%d.md", 3, 7));
        Assert.Equal("::error file=content/a%3Ab%2Cc%25d.md,line=3,col=7,title=PG2005::PG2005: 50%25 done%0D%0Anext: a, b", diagnostic.ToGitHubString());

        var warning = new Diagnostic(Severity.Warning, "PG3001", "x", SourceSpan.FileOnly("content/x.md"));
        Assert.Equal("::warning file=content/x.md,title=PG3001::PG3001: x", warning.ToGitHubString());

        var general = new Diagnostic(Severity.Error, "PG4003", "no layout", null);
        Assert.Equal("::error::PG4003: no layout", general.ToGitHubString());
    }

    [Fact]
    public void Github_actions_environment_turns_annotations_on_without_the_option()
    {
        using var site = TempSite.FromBase();
        site.Write("content/examples/checkout.md", "---\ntitle: \"C\"\nsummary: \"s\"\nprinciple: nope\nquestion: dive-deep-01\n---\nBody.\n");
        var plain = GeneratorProcess.Run(site.Root, null, "check", "--quiet");
        Assert.Equal(1, plain.ExitCode);
        Assert.DoesNotContain("::error", plain.Output, StringComparison.Ordinal);

        var actions = GeneratorProcess.Run(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--quiet");
        Assert.Equal(1, actions.ExitCode);
        Assert.Contains("::error file=content/examples/checkout.md,line=4,col=12,title=PG2101::", actions.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@" in \d+\.\d\d s")]
    private static partial Regex Timing();
}
