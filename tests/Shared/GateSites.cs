using System.Text;
using PmGuideSite.Cli;

namespace PmGuideSite.Testing;

/// <summary>
/// Builds the sites the quality gates check: the repository's real site, and a deliberately broken variant of it
/// (tests/GateFixtures/broken-site) whose problems every gate must report. Linked into both test projects.
/// </summary>
internal static class GateSites
{
    /// <summary>The page of the broken variant that holds the problems.</summary>
    public const string BrokenPage = "chapters/broken-gates.html";

    /// <summary>The folder holding PmGuideSite.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PmGuideSite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PmGuideSite.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// Copies the real site.yml, content and theme into <paramref name="root"/>, adds the broken fixture chapter and a
    /// theme override (the real site.css plus the fixture's rules, the real site.js plus 100 KB), and builds it into
    /// <c>root/_site</c>. Returns the built folder.
    /// </summary>
    public static string BuildBroken(string root)
    {
        var repo = RepoRoot();
        var fixture = Path.Combine(repo, "tests", "GateFixtures", "broken-site");
        CopyDirectory(Path.Combine(repo, "content"), Path.Combine(root, "content"));
        CopyDirectory(Path.Combine(repo, "theme"), Path.Combine(root, "theme"));
        CopyDirectory(Path.Combine(fixture, "content"), Path.Combine(root, "content"));
        File.WriteAllText(Path.Combine(root, "site.yml"), File.ReadAllText(Path.Combine(repo, "site.yml")) + "\ntheme_override: gate-theme\n");

        var css = Path.Combine(root, "gate-theme", "assets", "css", "site.css");
        Directory.CreateDirectory(Path.GetDirectoryName(css)!);
        File.WriteAllText(css, File.ReadAllText(Path.Combine(repo, "theme", "assets", "css", "site.css")) + "\n" + File.ReadAllText(Path.Combine(fixture, "gate-theme", "site.css")));

        // A script that is 100 KB heavier than the real one pushes every page of the variant over the weight budget.
        var js = Path.Combine(root, "gate-theme", "assets", "js", "site.js");
        Directory.CreateDirectory(Path.GetDirectoryName(js)!);
        var padding = new StringBuilder("\n// Padding that makes the weight gate fail on purpose.\n");
        while (padding.Length < 100 * 1024)
        {
            padding.Append("// ").Append('x', 96).Append('\n');
        }

        File.WriteAllText(js, File.ReadAllText(Path.Combine(repo, "theme", "assets", "js", "site.js")) + padding);
        return Build(Path.Combine(root, "site.yml"), Path.Combine(root, "_site"));
    }

    /// <summary>Builds the site described by <paramref name="siteYml"/> into <paramref name="output"/> in-process.</summary>
    public static string Build(string siteYml, string output)
    {
        var log = new StringWriter();
        var code = CommandLine.Create(log, log).Run(["build", "--config", siteYml, "--output", output, "--quiet"]);
        if (code != 0)
        {
            throw new InvalidOperationException($"the site {siteYml} did not build (exit {code}): {log}");
        }

        return output;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
