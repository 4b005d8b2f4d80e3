namespace PmGuideSite.Benchmarks;

/// <summary>Where the benchmark's scripts live in the repository.</summary>
internal static class Script
{
    /// <summary>The tests/Benchmarks folder of the checkout this tool was built from.</summary>
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PmGuideSite.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Benchmarks");
            }
        }

        throw new InvalidOperationException("pmguide-bench must run from a checkout of the repository (PmGuideSite.sln not found above it)");
    }
}
