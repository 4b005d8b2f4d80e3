using PmGuideSite.Diagnostics;
using PmGuideSite.Lint;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>The repository's rubric, loaded once, and a way to run the Node side of the parity test.</summary>
internal static class LintTestSupport
{
    private static readonly Lazy<Rubric> s_rubric = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var rubric = RubricLoader.Load(Path.Combine(TestPaths.RepoRoot, "content", "rubric.yml"), diagnostics);
        Assert.True(rubric is not null, string.Join("\n", diagnostics.Sorted().Select(d => d.ToMsBuildString())));
        return rubric;
    });

    /// <summary>content/rubric.yml, which must load without problems.</summary>
    public static Rubric RepositoryRubric => s_rubric.Value;

    /// <summary>Runs <c>node Lint/node/&lt;script&gt; args…</c>; fails (never skips) without Node.</summary>
    public static void RunNode(string script, params string[] arguments)
    {
        Node.RunScript(Path.Combine(TestPaths.RepoRoot, "tests", "PmGuideSite.Tests", "Lint", "node", script), arguments, TimeSpan.FromMinutes(2),
            "the linter parity test (the browser's rubric.js under Node)");
    }
}
