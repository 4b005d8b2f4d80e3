namespace PmGuideSite.Tests.Support;

/// <summary>Locates the repository so tests read specs and content from the source tree.</summary>
internal static class TestPaths
{
    /// <summary>The folder holding PmGuideSite.sln.</summary>
    public static string RepoRoot { get; } = PmGuideSite.Testing.GateSites.RepoRoot();

    /// <summary>The spec folder in the source tree (expected files are updated there).</summary>
    public static string Specs => Path.Combine(RepoRoot, "tests", "PmGuideSite.Tests", "Specs");

    /// <summary>Set PMGUIDE_UPDATE_SPECS=1 to rewrite expected files from actual output (then review the diff).</summary>
    public static bool UpdateExpected => Environment.GetEnvironmentVariable("PMGUIDE_UPDATE_SPECS") == "1";
}
