using PmGuideSite.Testing;

namespace PmGuideSite.Tests.Gates;

/// <summary>The deliberately broken variant of the real site (tests/GateFixtures/broken-site), built once per test class.</summary>
public sealed class BrokenGateSite : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pmguide-gates", Guid.NewGuid().ToString("N"));

    public BrokenGateSite() => Output = GateSites.BuildBroken(_root);

    /// <summary>The built folder.</summary>
    public string Output { get; }

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
