using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Search;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Search;

/// <summary>The shipped content (the repository's site.yml) built in memory, with the documents its search indexes.</summary>
internal static class ShippedSearch
{
    public static (BuildResult Result, IReadOnlyList<SearchDocument> Documents) Build()
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(Path.Combine(TestPaths.RepoRoot, "site.yml"), diagnostics);
        Assert.NotNull(config);
        var result = SiteBuilder.Build(config!, diagnostics, forWriting: false);
        Assert.NotNull(result);
        return (result!, SearchDocumentCollector.Collect(result!.Content, result.Pages));
    }
}
