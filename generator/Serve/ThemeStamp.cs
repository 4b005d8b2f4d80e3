using System.Security.Cryptography;
using System.Text;
using PmGuideSite.Config;

namespace PmGuideSite.Serve;

/// <summary>A fingerprint of the theme folders, part of what every page depends on (see <see cref="PageCache"/>).</summary>
internal static class ThemeStamp
{
    /// <summary>
    /// Hashes every file's path and content (layouts, partials, anything a template could include); asset files, which
    /// are copied rather than rendered and may be large, by size and time, or by content while they are too fresh for
    /// their time to be trusted. Hidden (dot) files, such as editors' swap files, are left out.
    /// </summary>
    public static string Of(SiteConfig config)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var now = DateTime.UtcNow;
        foreach (var folder in new[] { config.ThemeOverrideDirectory, config.ThemeDirectory })
        {
            Add(hash, $"folder {folder}");
            if (folder is null || !Directory.Exists(folder))
            {
                continue;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 16, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                Add(hash, $"file {relative}");
                if (relative.StartsWith("assets/", StringComparison.Ordinal))
                {
                    var stamp = FileStamp.Of(file);
                    Add(hash, stamp is null ? "unreadable" : $"{stamp.Length} {stamp.LastWriteUtc.Ticks} {stamp.LinkTarget}");
                    if (stamp is null || now - stamp.LastWriteUtc >= ContentFileCache.Settled)
                    {
                        continue;
                    }
                }

                try
                {
                    hash.AppendData(File.ReadAllBytes(file));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Add(hash, "unreadable");
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
}
