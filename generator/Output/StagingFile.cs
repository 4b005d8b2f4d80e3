using Microsoft.Win32.SafeHandles;

namespace PmGuideSite.Output;

/// <summary>
/// Writes a file of the staging folder through a bare handle: one open, the writes at known offsets, one close.
/// </summary>
/// <remarks>
/// <c>FileStream</c> (and <c>File.WriteAllBytes</c>, which opens one) cost about nine system calls per file on Linux:
/// open, a shared lock that needs the file system's type (fstatfs), truncate, seek, write, unlock, close. Every
/// staged file is new in a folder this build created, so it is created with <see cref="FileMode.CreateNew"/> (no
/// truncate) and written with <see cref="RandomAccess"/> (no seek, no buffer).
/// </remarks>
internal static class StagingFile
{
    /// <summary>Creates <paramref name="path"/> (or replaces it, should the build have written it already) with <paramref name="content"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        using var handle = Create(path);
        if (!content.IsEmpty)
        {
            RandomAccess.Write(handle, content, 0);
        }
    }

    /// <summary>Opens a new file for writing; an existing one is truncated (a path the build writes twice keeps the last).</summary>
    public static SafeFileHandle Create(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
    }
}
