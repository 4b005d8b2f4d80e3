namespace PmGuideSite.Tests.Support;

/// <summary>Compares output with a committed expected file; only PMGUIDE_UPDATE_SPECS=1 writes expected files.</summary>
/// <remarks>A normal run never writes into the source tree: a missing expected file fails with the command that makes
/// it, so a new spec is written on purpose and reviewed before it is committed.</remarks>
internal static class ExpectedFile
{
    /// <summary>Asserts <paramref name="actual"/> equals the file at <paramref name="expectedPath"/>, or rewrites the file when updating.</summary>
    /// <param name="filter">The `dotnet test --filter` value that reruns this test, shown in the failure.</param>
    public static void Check(string expectedPath, string actual, string filter)
    {
        if (TestPaths.UpdateExpected)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            Assert.Fail($"{Path.GetRelativePath(TestPaths.RepoRoot, expectedPath)} does not exist; write it with "
                + $"`PMGUIDE_UPDATE_SPECS=1 dotnet test tests/PmGuideSite.Tests --filter \"{filter}\"`, review it and commit it");
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
