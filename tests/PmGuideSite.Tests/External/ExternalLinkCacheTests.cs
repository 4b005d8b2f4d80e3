using PmGuideSite.External;

namespace PmGuideSite.Tests.External;

/// <summary>The cache of working external links: entries expire, and a damaged file is an empty cache.</summary>
public sealed class ExternalLinkCacheTests : IDisposable
{
    private static readonly DateTimeOffset s_checked = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pmguide-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void An_entry_is_trusted_until_it_is_older_than_the_maximum_age()
    {
        var cache = ExternalLinkCache.Load(_root, s_checked, TimeSpan.FromHours(24));
        cache.Record("https://example.org/a", s_checked);
        Assert.Null(cache.Save());

        Assert.True(ExternalLinkCache.Load(_root, s_checked.AddHours(23), TimeSpan.FromHours(24)).Worked("https://example.org/a"));
        Assert.False(ExternalLinkCache.Load(_root, s_checked.AddHours(25), TimeSpan.FromHours(24)).Worked("https://example.org/a"));
        Assert.False(ExternalLinkCache.Load(_root, s_checked.AddHours(1), TimeSpan.Zero).Worked("https://example.org/a"));
        // A time in the future (a clock that jumped back) is not trusted.
        Assert.False(ExternalLinkCache.Load(_root, s_checked.AddHours(-1), TimeSpan.FromHours(24)).Worked("https://example.org/a"));
        Assert.Contains("\"checked\": \"2026-03-02T06:00:00Z\"", File.ReadAllText(Path.Combine(_root, ExternalLinkCache.RelativePath)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_cache_file_is_an_empty_cache()
    {
        var path = Path.Combine(_root, ExternalLinkCache.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{ \"version\": 1, \"links\": [ { \"url\": 5 ");
        var cache = ExternalLinkCache.Load(_root, s_checked, TimeSpan.FromHours(24));
        Assert.False(cache.Worked("https://example.org/a"));
        cache.Record("https://example.org/b", s_checked);
        Assert.Null(cache.Save());
        Assert.True(ExternalLinkCache.Load(_root, s_checked, TimeSpan.FromHours(24)).Worked("https://example.org/b"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
