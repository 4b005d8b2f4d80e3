using System.Security;
using System.Text;

namespace PmGuideSite.Output;

/// <summary>Writes sitemap.xml and robots.txt, which need absolute URLs and so exist only when site.yml sets base_url.</summary>
internal static class Sitemap
{
    /// <summary>The sitemap for the given page paths (relative to the site root).</summary>
    public static string Write(string baseUrl, IEnumerable<string> pagePaths)
    {
        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        builder.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in pagePaths.Order(StringComparer.Ordinal))
        {
            builder.Append("  <url><loc>").Append(SecurityElement.Escape(baseUrl + path)).Append("</loc></url>\n");
        }

        builder.Append("</urlset>\n");
        return builder.ToString();
    }

    /// <summary>robots.txt: every page may be crawled, and the sitemap is named (crawlers read it only at a host's root).</summary>
    public static string RobotsTxt(string baseUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}sitemap.xml\n";
}
