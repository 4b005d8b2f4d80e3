using PmGuideSite.Diagnostics;

namespace PmGuideSite.Content;

/// <summary>
/// Lets <c>serve</c> keep loaded content files between builds: the loader hands each file's load to the cache, which
/// either replays the result and diagnostics of an unchanged file or runs the load. A plain build passes none.
/// </summary>
internal interface IContentFileCache
{
    /// <summary>
    /// The item loaded from <paramref name="fullPath"/>, with what loading it reported added to <paramref name="diagnostics"/>.
    /// <paramref name="load"/> must depend on nothing but the file (and its path), and reports into the bag it is given.
    /// </summary>
    T? Load<T>(string fullPath, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> load)
        where T : class;
}
