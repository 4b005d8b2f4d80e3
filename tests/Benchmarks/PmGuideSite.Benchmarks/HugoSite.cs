namespace PmGuideSite.Benchmarks;

/// <summary>
/// The Hugo side of the comparison: a configuration and minimal layouts that render the same content with a title,
/// a table of contents, the content, previous/next links and a navigation like ours (the first 50 chapters, the
/// principles, and a link to the full list), written the way a Hugo user would (the nav is a cached partial).
/// </summary>
internal static class HugoSite
{
    /// <summary>Writes config.toml and the layouts into <paramref name="hugo"/>.</summary>
    public static void WriteConfig(string hugo)
    {
        // Hugo writes no RSS, sitemap or taxonomy pages here because our generator writes none for this site either.
        CorpusWriter.Save(Path.Combine(hugo, "config.toml"), """
            baseURL = "/"
            title = "Synthetic guide"
            languageCode = "en"
            uglyURLs = true
            relativeURLs = true
            disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
            [markup.highlight]
              codeFences = false
            [markup.tableOfContents]
              startLevel = 2
              endLevel = 3
            """ + "\n");
        CorpusWriter.Save(Path.Combine(hugo, "layouts", "_default", "baseof.html"), """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ site.Title }}</title>
            <meta name="description" content="{{ .Params.summary }}">
            <link rel="stylesheet" href="{{ "site.css" | relURL }}">
            </head>
            <body>
            <header><a href="{{ "index.html" | relURL }}">{{ site.Title }}</a></header>
            {{ partialCached "nav.html" . }}
            <main id="main">
            {{ block "main" . }}{{ end }}
            </main>
            <footer>Built with Hugo.</footer>
            </body>
            </html>
            """ + "\n");
        CorpusWriter.Save(Path.Combine(hugo, "layouts", "_default", "single.html"), """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p class="summary">{{ .Params.summary }}</p>
            <nav class="toc">{{ .TableOfContents }}</nav>
            {{ .Content }}
            <nav class="pager">
            {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            </nav>
            </article>
            {{ end }}
            """ + "\n");
        CorpusWriter.Save(Path.Combine(hugo, "layouts", "_default", "list.html"), """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ol>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>
            {{ end }}
            """ + "\n");
        CorpusWriter.Save(Path.Combine(hugo, "layouts", "index.html"), """
            {{ define "main" }}
            <h1>{{ site.Title }}</h1>
            <h2 id="chapters">The guide</h2>
            <ol>{{ range (site.GetPage "/chapters").Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ol>
            {{ end }}
            """ + "\n");
        CorpusWriter.Save(Path.Combine(hugo, "layouts", "partials", "nav.html"), """
            {{ $chapters := (site.GetPage "/chapters").Pages.ByWeight }}
            <nav id="site-nav" aria-label="Site">
            <h2>Guide</h2>
            <ol>{{ range first 50 $chapters }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>
            {{ if gt (len $chapters) 50 }}<p><a href="{{ "index.html" | relURL }}#chapters">All {{ len $chapters }} chapters</a></p>{{ end }}
            <h2>Leadership Principles</h2>
            <ol>{{ range (site.GetPage "/principles").Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>
            </nav>
            """ + "\n");
        CorpusWriter.Save(Path.Combine(hugo, "static", "site.css"), "body { font-family: sans-serif; max-width: 60rem; margin: auto; }\n");
    }
}
