using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PmGuideSite.Pages;

namespace PmGuideSite.Output;

/// <summary>
/// What makes the site installable and usable offline from a static host: the web app manifest and the service worker
/// <c>sw.js</c>, which lists every file to precache and a version made from their contents, so each build that changes a
/// file gets a new cache (the worker's code is the theme's <c>assets/js/service-worker.js</c>).
/// </summary>
internal static class OfflineApp
{
    /// <summary>The manifest's path, at the site's root.</summary>
    public const string ManifestPath = "manifest.webmanifest";

    /// <summary>The service worker's path: at the site's root, so its scope is the whole site.</summary>
    public const string WorkerPath = "sw.js";

    /// <summary>The theme script sw.js loads: the worker's code.</summary>
    public const string WorkerScript = "assets/js/service-worker.js";

    // Files a reader's browser has no use for offline: the build's marker, the worker itself, and what only crawlers read.
    private static readonly HashSet<string> s_notCached = new(StringComparer.Ordinal)
    {
        OutputGuard.MarkerName, WorkerPath, "sitemap.xml", "robots.txt",
    };

    /// <summary>The web app manifest: every URL in it is relative to it, so the site installs under any sub-path.</summary>
    public static string Manifest(SiteModel site)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("name", site.Title);
            writer.WriteString("short_name", site.Title);
            writer.WriteString("description", site.Description);
            writer.WriteString("lang", site.Language);
            writer.WriteString("start_url", "index.html");
            writer.WriteString("scope", "./");
            writer.WriteString("display", "standalone");
            writer.WriteString("background_color", "#ffffff");
            writer.WriteString("theme_color", "#232f3e");
            writer.WriteStartArray("icons");
            foreach (var size in new[] { 192, 512 })
            {
                writer.WriteStartObject();
                writer.WriteString("src", $"assets/icons/icon-{size}.png");
                writer.WriteString("sizes", $"{size}x{size}");
                writer.WriteString("type", "image/png");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>sw.js for the site's files: the precache list and the build's version, then the theme's worker code.</summary>
    public static string Worker(BuiltSite site)
    {
        var files = site.Files.Where(f => !s_notCached.Contains(f.Key)).ToList();
        var fingerprint = new StringBuilder();
        foreach (var (path, file) in files)
        {
            fingerprint.Append(path).Append('\n').Append(Convert.ToHexStringLower(HashOf(file))).Append('\n');
        }

        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())))[..20];
        var builder = new StringBuilder();
        builder.Append("// Written by pmguide: the files to keep for offline use and this build's version; the code is in ")
            .Append(WorkerScript).Append(".\n");
        builder.Append("self.PMGUIDE_OFFLINE = {\"version\": \"").Append(version).Append("\", \"files\": [\n");
        for (var i = 0; i < files.Count; i++)
        {
            // Paths are URL-encoded segment by segment, so a content file named "a b#1.png" is fetched as itself; what
            // remains is ASCII letters, digits and -._~% only, so it needs no escaping inside the quotes.
            var url = string.Join('/', files[i].Key.Split('/').Select(Uri.EscapeDataString));
            builder.Append("  \"").Append(url).Append(i + 1 < files.Count ? "\",\n" : "\"\n");
        }

        builder.Append("]};\n");
        builder.Append("importScripts(\"").Append(WorkerScript).Append("\");\n");
        return builder.ToString();
    }

    private static byte[] HashOf(SiteFile file) => file switch
    {
        SiteFile.Text text => SHA256.HashData(Encoding.UTF8.GetBytes(text.Content)),
        SiteFile.Utf8 utf8 => SHA256.HashData(utf8.Content),
        SiteFile.Copy copy => HashOfFile(copy.SourcePath),
        SiteFile.Staged staged => staged.Sha256,
        _ => throw new InvalidOperationException($"unknown site file {file.GetType().Name}"),
    };

    private static byte[] HashOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }
}
