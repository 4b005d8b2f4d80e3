using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmGuideSite.External;

/// <summary>
/// Remembers which addresses worked and when (<c>.pmguide-cache/external-links.json</c> beside site.yml), so a run within
/// <see cref="ExternalCheckOptions.MaxAge"/> of the last does not ask their hosts again. Only working addresses are kept:
/// a broken one is asked again every run, so a fix shows at once. A missing or unreadable file is an empty cache.
/// </summary>
internal sealed class ExternalLinkCache
{
    /// <summary>The cache file's place, relative to the folder holding site.yml.</summary>
    public const string RelativePath = ".pmguide-cache/external-links.json";

    private readonly string _path;
    private readonly SortedDictionary<string, DateTimeOffset> _worked = new(StringComparer.Ordinal);

    private ExternalLinkCache(string path) => _path = path;

    /// <summary>Reads the cache of the site in <paramref name="siteRoot"/>, keeping only entries younger than <paramref name="maxAge"/>.</summary>
    public static ExternalLinkCache Load(string siteRoot, DateTimeOffset now, TimeSpan maxAge)
    {
        var cache = new ExternalLinkCache(Path.Combine(siteRoot, RelativePath));
        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllText(cache._path), CacheJson.Default.CacheFile);
            foreach (var entry in file?.Links ?? [])
            {
                if (entry.Url is { } url && DateTimeOffset.TryParse(entry.Checked, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    && at <= now && now - at < maxAge)
                {
                    cache._worked[url] = at;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            // No cache, or one this version cannot read: every address is asked again.
        }

        return cache;
    }

    /// <summary>Whether <paramref name="url"/> worked recently enough to be trusted.</summary>
    public bool Worked(string url) => _worked.ContainsKey(url);

    /// <summary>Records that <paramref name="url"/> worked at <paramref name="now"/>.</summary>
    public void Record(string url, DateTimeOffset now) => _worked[url] = now;

    /// <summary>Writes the cache (sorted, so it changes only where an entry did); returns the problem when it cannot.</summary>
    public string? Save()
    {
        var file = new CacheFile(1, _worked.Select(e => new CacheEntry(e.Key, e.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))).ToList());
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = _path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(file, CacheJson.Default.CacheFile) + "\n");
            File.Move(temporary, _path, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    internal sealed record CacheFile(int Version, IReadOnlyList<CacheEntry>? Links);

    internal sealed record CacheEntry(string? Url, string? Checked);
}

/// <summary>The cache file's JSON shape, serialized by generated code (the native build has no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ExternalLinkCache.CacheFile))]
internal sealed partial class CacheJson : JsonSerializerContext;
