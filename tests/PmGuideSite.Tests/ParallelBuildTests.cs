using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Output;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>Rendering pages in parallel must not change a byte: the real content built on every core and on one thread.</summary>
public sealed class ParallelBuildTests
{
    [Fact]
    public void A_parallel_build_is_byte_identical_to_a_single_threaded_build()
    {
        var parallel = BuildFiles(maxParallelism: -1);
        var single = BuildFiles(maxParallelism: 1);

        Assert.True(parallel.Count > 50, $"only {parallel.Count} files were built");
        Assert.Equal(single.Keys, parallel.Keys);
        foreach (var (path, content) in single)
        {
            Assert.True(content == parallel[path], $"{path} differs between the parallel and the single-threaded build");
        }
    }

    private static SortedDictionary<string, string> BuildFiles(int maxParallelism)
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(Path.Combine(TestPaths.RepoRoot, "site.yml"), diagnostics);
        Assert.NotNull(config);
        var result = SiteBuilder.Build(config!, diagnostics, forWriting: false, maxParallelism: maxParallelism);
        Assert.NotNull(result);
        Assert.False(diagnostics.HasErrors);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, file) in result!.Site.Files)
        {
            files[path] = file switch
            {
                SiteFile.Text text => text.Content,
                SiteFile.Utf8 bytes => System.Text.Encoding.UTF8.GetString(bytes.Content),
                SiteFile.Copy copy => "copy of " + copy.SourcePath,
                _ => throw new InvalidOperationException(path),
            };
        }

        return files;
    }
}
