using System.Text;
using System.Text.Json;

namespace PmGuideSite.Pages;

/// <summary>
/// What a page tells link previews and search engines (canonical link, Open Graph, Twitter card, JSON-LD). These need
/// absolute URLs, so they exist only when site.yml sets base_url; without it every URL in the site stays relative.
/// </summary>
/// <param name="Url">The page's absolute address (its canonical link and og:url).</param>
/// <param name="Title">The title a preview shows: the site's on the home page, the page's elsewhere.</param>
/// <param name="Type">The Open Graph type: <c>website</c> for the home page, <c>article</c> for content pages.</param>
/// <param name="ImageUrl">The absolute address of the theme's preview image.</param>
/// <param name="JsonLd">The page's schema.org data as JSON, safe inside a script element; empty when no schema fits.</param>
internal sealed record SharingMetadata(string Url, string Title, string Type, string ImageUrl, string JsonLd)
{
    /// <summary>The preview image every page names, a theme asset (1200×630 PNG).</summary>
    public const string ImagePath = "assets/social-card.png";

    // The default encoder escapes <, >, &, ' and everything outside ASCII, so no title can end the script element.
    private static readonly JsonWriterOptions s_json = new() { Indented = false };

    /// <summary>The page's metadata, or null when the site has no base_url or the page should not be shared (404).</summary>
    public static SharingMetadata? For(SiteModel site, PageJob job)
    {
        if (site.BaseUrl is not { } baseUrl || job.Kind == "404")
        {
            return null;
        }

        var home = job.Kind == "home";
        var url = baseUrl + job.OutputPath;
        var title = home ? site.Title : job.Title;
        var image = baseUrl + ImagePath;
        return new SharingMetadata(url, title, home ? "website" : "article", image, JsonLdFor(site, job, url, title, image, baseUrl));
    }

    // WebSite for the home page; TechArticle for chapters, Article for principles and worked examples. Other pages (tools,
    // banks, search) have no schema that fits well enough to be worth claiming.
    private static string JsonLdFor(SiteModel site, PageJob job, string url, string title, string image, string baseUrl)
    {
        var type = job.Kind switch
        {
            "home" => "WebSite",
            "chapter" => "TechArticle",
            "principle" or "example" => "Article",
            _ => null,
        };
        if (type is null)
        {
            return string.Empty;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_json))
        {
            writer.WriteStartObject();
            writer.WriteString("@context", "https://schema.org");
            writer.WriteString("@type", type);
            writer.WriteString(type == "WebSite" ? "name" : "headline", title);
            writer.WriteString("description", job.Description);
            writer.WriteString("url", url);
            writer.WriteString("inLanguage", site.Language);
            if (type != "WebSite")
            {
                writer.WriteString("image", image);
                writer.WriteStartObject("isPartOf");
                writer.WriteString("@type", "WebSite");
                writer.WriteString("name", site.Title);
                writer.WriteString("url", baseUrl);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
