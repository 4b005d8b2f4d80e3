namespace PmGuideSite.Tests.Search;

/// <summary>A temporary folder for the files exchanged with Node, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pmguide-lunr-");

    /// <summary>A path for a file named <paramref name="name"/> inside the folder.</summary>
    public string File(string name) => Path.Combine(_folder.FullName, name);

    /// <summary>Deletes the folder and everything in it.</summary>
    public void Dispose() => _folder.Delete(recursive: true);
}
