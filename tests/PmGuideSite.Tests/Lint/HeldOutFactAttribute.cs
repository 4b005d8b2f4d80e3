using PmGuideSite.Testing;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Lint;

/// <summary>
/// A fact about the held-out half of tests/LintCorpus, skipped with the reason "held-out is empty" while the folder
/// holds no answer (between rounds: the new half is written blind and put there only after the rules are frozen).
/// </summary>
public sealed class HeldOutFactAttribute : FactAttribute
{
    public HeldOutFactAttribute()
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "tests", "LintCorpus", LintCorpus.HeldOut);
        if (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.txt").Any())
        {
            Skip = "held-out is empty";
        }
    }
}
