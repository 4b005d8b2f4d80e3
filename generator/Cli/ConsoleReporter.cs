using PmGuideSite.Diagnostics;

namespace PmGuideSite.Cli;

/// <summary>Prints diagnostics (MSBuild format, plus workflow annotations under GitHub Actions) and progress lines.</summary>
internal sealed class ConsoleReporter(TextWriter output, TextWriter errors, bool quiet, bool github)
{
    /// <summary>Whether workflow annotations should be printed: asked for, or running under GitHub Actions.</summary>
    public static bool GitHubRequested(string? format) =>
        string.Equals(format, "github", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>One progress line (suppressed by --quiet).</summary>
    public void Progress(string line)
    {
        if (!quiet)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>Prints every diagnostic in a stable order.</summary>
    public void Diagnostics(DiagnosticBag bag)
    {
        foreach (var diagnostic in bag.Sorted())
        {
            errors.WriteLine(diagnostic.ToMsBuildString());
            if (github)
            {
                output.WriteLine(diagnostic.ToGitHubString());
            }
        }
    }

    /// <summary>The closing line with counts.</summary>
    public void Summary(string verb, DiagnosticBag bag, string detail)
    {
        var errorCount = bag.ErrorCount;
        var warningCount = bag.WarningCount;
        var counts = $"{errorCount} error{(errorCount == 1 ? string.Empty : "s")}, {warningCount} warning{(warningCount == 1 ? string.Empty : "s")}";
        var line = errorCount > 0 ? $"{verb} failed: {counts}." : $"{verb} succeeded{detail}: {counts}.";
        (errorCount > 0 ? errors : output).WriteLine(line);
    }
}
