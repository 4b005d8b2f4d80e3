namespace PmGuideSite.Tests.Support;

/// <summary>
/// A fact that reads the seed article in <c>shared/seed/</c> beside the repository (see <see cref="Path"/>). On a clone
/// placed elsewhere the test is skipped with the reason, unless PMGUIDE_REQUIRE_SEED=1 (set by .ci/run), in which case it
/// runs and fails loudly.
/// </summary>
public sealed class SeedFactAttribute : FactAttribute
{
    /// <summary>Where the seed article is expected.</summary>
    public static string Path => System.IO.Path.GetFullPath(System.IO.Path.Combine(TestPaths.RepoRoot, "..", "shared", "seed", "amazon-pm-interview-guide.txt"));

    public SeedFactAttribute()
    {
        if (!File.Exists(Path) && Environment.GetEnvironmentVariable("PMGUIDE_REQUIRE_SEED") != "1")
        {
            Skip = $"the seed article is not at {Path} (shared/ beside the repository, as in the project's own checkout); .ci/run sets PMGUIDE_REQUIRE_SEED=1 so CI never skips";
        }
    }
}
