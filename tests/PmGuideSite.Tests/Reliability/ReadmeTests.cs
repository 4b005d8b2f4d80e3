using System.Reflection;
using PmGuideSite.Diagnostics;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Reliability;

/// <summary>The README's "Errors" table lists every diagnostic code with an example, so authors can look any message up.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Every_diagnostic_code_has_a_row_in_the_readme_errors_table()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var errors = readme[readme.IndexOf("## Errors", StringComparison.Ordinal)..];
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).Append("PG1000").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(codes.Count > 30);
        Assert.All(codes, code => Assert.Contains($"| {code} | ", errors, StringComparison.Ordinal));
    }
}
