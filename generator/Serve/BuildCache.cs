using System.Text.Json;
using PmGuideSite.Config;
using PmGuideSite.Pages;

namespace PmGuideSite.Serve;

/// <summary>
/// Everything <c>serve</c> keeps between rebuilds, handed to <see cref="SiteBuilder.Build"/>: loaded content files,
/// rendered Markdown bodies (of the pages and, separately, of print.html, which the follow-up renders) and final pages.
/// With a cache the build also leaves the files made from every page to <see cref="BuildResult.FollowUp"/>.
/// </summary>
internal sealed class BuildCache
{
    /// <summary>Creates an empty cache.</summary>
    public BuildCache() => Pages = new PageCache(Bodies);

    /// <summary>Loaded content files.</summary>
    public ContentFileCache Content { get; } = new();

    /// <summary>The pages' rendered Markdown bodies.</summary>
    public RenderCache Bodies { get; } = new();

    /// <summary>The bodies as print.html holds them; used only by the follow-up, which may still run while the next build starts.</summary>
    public RenderCache PrintBodies { get; } = new();

    /// <summary>Final pages.</summary>
    public PageCache Pages { get; }

    /// <summary>Starts rendering: what every page shares is compared with the last build's.</summary>
    public void BeginRender(SiteConfig config, SiteModel site, IReadOnlySet<string> contentFiles)
    {
        Bodies.BeginBuild(contentFiles);
        Pages.BeginBuild(string.Join('\n',
            JsonSerializer.Serialize(config, CacheKeyJson.Keys.SiteConfig),
            JsonSerializer.Serialize(site, CacheKeyJson.Keys.SiteModel),
            ThemeStamp.Of(config),
            string.Join('\n', contentFiles)));
    }

    /// <summary>Ends rendering: bodies and pages this build did not use are dropped.</summary>
    public void EndRender()
    {
        Bodies.EndBuild();
        Pages.EndBuild();
    }
}
