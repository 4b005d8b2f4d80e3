using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Search;

/// <summary>Runs the scripts in Search/node with Node against the repository's lunr; fails, never skips, without them.</summary>
internal static class NodeTool
{
    private static readonly Lazy<string> Root = new(PmGuideSite.Testing.GateSites.RepoRoot);

    /// <summary>The folder holding PmGuideSite.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>Runs <c>node Search/node/&lt;script&gt; arguments…</c> and fails the test unless it exits with 0.</summary>
    public static void Run(string script, params string[] arguments)
    {
        var lunr = Path.Combine(RepoRoot, "node_modules", "lunr", "lunr.js");
        if (!File.Exists(lunr))
        {
            Assert.Fail($"lunr is not installed at {lunr}; these tests compare with real lunr.js. Run `npm ci` in {RepoRoot}.");
        }

        Node.RunScript(Path.Combine(RepoRoot, "tests", "PmGuideSite.Tests", "Search", "node", script), arguments, TimeSpan.FromMinutes(3),
            "the lunr compatibility tests");
    }
}
