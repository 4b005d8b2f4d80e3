using System.Reflection;
using PmGuideSite.Diagnostics;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Reliability;

/// <summary>docs/errors.md lists every diagnostic code with an example, and the README points to it, so authors can look any message up.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Every_diagnostic_code_has_a_row_in_the_errors_page_the_readme_links()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        Assert.Contains("(docs/errors.md)", readme[readme.IndexOf("## Errors", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var errors = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "errors.md"));
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).Append("PG1000").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(codes.Count > 30);
        Assert.All(codes, code => Assert.Contains($"| {code} | ", errors, StringComparison.Ordinal));
    }
}
