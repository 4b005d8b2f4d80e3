using PmGuideSite.Testing;

namespace PmGuideSite.BrowserTests.Gates;

/// <summary>The deliberately broken variant of the real site (tests/GateFixtures/broken-site), built once for the negative tests.</summary>
public sealed class BrokenSite : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pmguide-gates", Guid.NewGuid().ToString("N"));

    public BrokenSite() => Output = GateSites.BuildBroken(_root);

    /// <summary>The built folder.</summary>
    public string Output { get; }

    /// <summary>The built folder as a file:// URL prefix, ending in '/'.</summary>
    public string FileBase => new Uri(Output + "/").AbsoluteUri;

    /// <summary>The broken page's file:// URL.</summary>
    public string BrokenPageUrl => FileBase + GateSites.BrokenPage;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
