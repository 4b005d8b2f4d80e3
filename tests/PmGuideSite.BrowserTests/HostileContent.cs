namespace PmGuideSite.BrowserTests;

/// <summary>
/// Script vectors a stranger's pull request could carry. Each one, if it ever ran, would set <c>window.__pwned</c>,
/// change <c>document.title</c> or open a dialog; the browser test proves none of that happens.
/// </summary>
internal static class HostileContent
{
    /// <summary>
    /// Raw HTML and Markdown vectors, one per paragraph of the hostile chapter (the build sanitises them with warnings).
    /// Markdown vectors come first: the sanitiser drops what follows an unclosed dangerous element along with it.
    /// </summary>
    public static readonly string[] Vectors =
    [
        "Scriban must stay text: {{ site.title | string.upcase }} {{ include '/etc/passwd' }} {{ for i in 1..3 }}x{{ end }}",
        "[title attribute](https://example.invalid/ \"x\\\" onmouseover=\\\"window.__pwned='md-title'\")",
        "![alt attribute\" onerror=\"window.__pwned='md-alt'](https://example.invalid/x.png)",
        "`<script>window.__pwned = 'code-span';</script>`",
        "<!-- <script>window.__pwned = 'comment';</script> -->",
        "<script>window.__pwned = 'script';</script>",
        "<SCRIPT>document.title = 'PWNED';</SCRIPT>",
        "<script src=\"data:text/javascript,window.__pwned='script-src-data'\"></script>",
        "<img src=\"x\" onerror=\"window.__pwned = 'img-onerror'\">",
        "<IMG SRC=x OnErRoR=\"window.__pwned='mixed-case'\">",
        "<svg onload=\"window.__pwned = 'svg-onload'\"></svg>",
        "<svg><script>window.__pwned = 'svg-script';</script></svg>",
        "<svg><a xlink:href=\"javascript:window.__pwned='svg-link'\"><text x=\"0\" y=\"15\">svg link</text></a></svg>",
        "<iframe src=\"javascript:parent.__pwned = 'iframe-js'\"></iframe>",
        "<iframe srcdoc=\"<script>parent.__pwned = 'srcdoc'</script>\"></iframe>",
        "<iframe src=\"data:text/html,<script>parent.__pwned='iframe-data'</script>\"></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__pwned='meta-refresh'\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'unsafe-inline'\">",
        "<a href=\"javascript:window.__pwned='a-href'\">a javascript link</a>",
        "<a href=\"&#106;avascript&#58;window.__pwned='entity-href'\">an entity-encoded link</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;script:window.__pwned='hex-entity'\">a hex-entity link</a>",
        "<a href=\" JaVaScRiPt:window.__pwned='spaced'\">a spaced link</a>",
        "<a href=\"vbscript:msgbox(1)\">a vbscript link</a>",
        "<a href=\"data:text/html,<script>alert('data-link')</script>\">a data link</a>",
        "<img src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>\" alt=\"data image\">",
        "<object data=\"javascript:window.__pwned='object'\"></object>",
        "<embed src=\"javascript:window.__pwned='embed'\">",
        "<base href=\"javascript:window.__pwned='base'//\">",
        "<form action=\"javascript:window.__pwned='form'\"><button formaction=\"javascript:window.__pwned='formaction'\">go</button></form>",
        "<div style=\"background:url(javascript:window.__pwned='css-url')\">css url</div>",
        "<div style=\"width: expression(window.__pwned='css-expression')\">css expression</div>",
        "<style>body { background: url(\"javascript:window.__pwned='style'\") } .x { behavior: url(x.htc) }</style>",
        "<link rel=\"stylesheet\" href=\"javascript:window.__pwned='link'\">",
        "<body onload=\"window.__pwned='body-onload'\">",
        "<input autofocus onfocus=\"window.__pwned='autofocus'\">",
        "<details open ontoggle=\"window.__pwned='ontoggle'\"><summary>details</summary></details>",
        "<video><source onerror=\"window.__pwned='video-source'\"></video>",
        "<audio src=\"x\" onerror=\"window.__pwned='audio'\"></audio>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__pwned='mxss-math'\">",
        "<noscript><p title=\"</noscript><img src=x onerror=window.__pwned='mxss-noscript'>\"></p></noscript>",
        "<template><script>window.__pwned = 'template';</script></template>",
        "<div onclick=\"window.__pwned='onclick'\" onmouseover=\"window.__pwned='onmouseover'\">hover me</div>",
        "<a href=\"#\" onclick=\"window.__pwned='a-onclick'\">click me</a>",
    ];

    /// <summary>The hostile chapter: front matter whose values try to break out of the page's HTML, then every vector.</summary>
    public static string Chapter() =>
        "---\n" +
        "title: \"Hostile </title><script>window.__pwned='title'</script> {{ site.title }}\"\n" +
        "summary: \"\\\"><img src=x onerror=\\\"window.__pwned='summary'\\\">\"\n" +
        "order: 3\n" +
        "principles: [dive-deep]\n" +
        "---\n" +
        "## Vectors\n\n" +
        string.Concat(Vectors.Select(v => v + "\n\n"));

    /// <summary>A question bank whose texts try the same escape out of the questions page.</summary>
    public static string Bank() =>
        "principle: ownership\n" +
        "questions:\n" +
        "  - id: ownership-01\n" +
        "    text: \"<script>window.__pwned='question'</script> {{ page.title }}\"\n" +
        "    round: bar-raiser\n" +
        "    level: L6\n" +
        "    probes: [\"<img src=x onerror=\\\"window.__pwned='probe'\\\">\", \"{{ 1 + 1 }}\", \"c\"]\n" +
        "    strong_signals: [\"<svg onload=\\\"window.__pwned='signal'\\\">\", \"b\"]\n" +
        "    red_flags: [\"</li></ul><script>window.__pwned='flag'</script>\", \"b\"]\n";
}
