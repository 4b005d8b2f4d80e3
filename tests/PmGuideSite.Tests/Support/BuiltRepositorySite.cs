namespace PmGuideSite.Tests.Support;

/// <summary>Builds the repository's real content once per test class that uses it (xunit class fixture).</summary>
public sealed class BuiltRepositorySite : IDisposable
{
    private readonly TempSite _site = TempSite.FromRepository();

    public BuiltRepositorySite()
    {
        var (code, output, errors) = _site.Run("build");
        ExitCode = code;
        Log = output + errors;
    }

    /// <summary>The build's exit code.</summary>
    public int ExitCode { get; }

    /// <summary>What the build printed.</summary>
    public string Log { get; }

    /// <summary>The built site folder.</summary>
    public string Output => _site.Output;

    /// <summary>The site folder (holds site.yml and content/).</summary>
    public string Root => _site.Root;

    public void Dispose() => _site.Dispose();
}
