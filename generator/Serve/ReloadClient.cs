namespace PmGuideSite.Serve;

/// <summary>
/// The files served under the reserved <c>/__pmguide/</c> path in serve mode only: the live-reload script (an
/// external file, so the pages' Content-Security-Policy still forbids inline script) and the overlay's style sheet.
/// </summary>
internal static class ReloadClient
{
    /// <summary>The reserved URL prefix; the build never writes anything there.</summary>
    public const string Prefix = "/__pmguide/";

    /// <summary>The script tag injected before <c>&lt;/body&gt;</c> of every HTML response.</summary>
    public const string Tag = "<script src=\"/__pmguide/reload.js\"></script>";

    /// <summary>Adds the script tag to an HTML page (before the last <c>&lt;/body&gt;</c>, or at the end).</summary>
    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Tag : html[..at] + Tag + "\n" + html[at..];
    }

    /// <summary>Listens for rebuilds; reloads when this page (or a style or script) changed; shows and clears the overlay.</summary>
    public const string Script = """
        (function () {
          'use strict';
          var overlay = null;
          function ownPath() {
            var path = decodeURIComponent(location.pathname).replace(/^\/+/, '');
            return path === '' || path.slice(-1) === '/' ? path + 'index.html' : path;
          }
          function needsReload(changed) {
            var own = ownPath();
            return changed.some(function (path) {
              // The search index and store change with edits, but a page only loads them when someone searches.
              return path === own || (!/^search\/(index|store)\.js$/.test(path) && !/\.html$/.test(path));
            });
          }
          function hide() {
            if (overlay) { overlay.remove(); overlay = null; }
            document.documentElement.removeAttribute('data-pmguide-errors');
          }
          function show(diagnostics) {
            hide();
            overlay = document.createElement('aside');
            overlay.className = 'pmguide-overlay';
            overlay.setAttribute('role', 'alert');
            var title = document.createElement('h2');
            var errors = diagnostics.filter(function (d) { return d.severity === 'error'; }).length;
            title.textContent = 'The site does not build (' + errors + (errors === 1 ? ' error' : ' errors') + '); showing the last good version';
            overlay.appendChild(title);
            var list = document.createElement('pre');
            diagnostics.forEach(function (d) {
              var line = document.createElement('span');
              line.className = 'pmguide-' + d.severity;
              line.textContent = d.text + '\n';
              list.appendChild(line);
            });
            overlay.appendChild(list);
            var hint = document.createElement('p');
            hint.textContent = 'Fix the file and save: this message goes away and the page reloads.';
            overlay.appendChild(hint);
            document.body.appendChild(overlay);
            document.documentElement.setAttribute('data-pmguide-errors', String(errors));
          }
          var style = document.createElement('link');
          style.rel = 'stylesheet';
          style.href = '/__pmguide/overlay.css';
          document.head.appendChild(style);
          var events = new EventSource('/__pmguide/events');
          events.addEventListener('reload', function (e) {
            hide();
            if (needsReload(JSON.parse(e.data).changed)) { location.reload(); }
          });
          events.addEventListener('errors', function (e) { show(JSON.parse(e.data).diagnostics); });
          events.addEventListener('ok', hide);
        })();

        """;

    /// <summary>The overlay's look: a panel over the page that cannot be mistaken for content.</summary>
    public const string Style = """
        .pmguide-overlay { position: fixed; inset: auto 1rem 1rem 1rem; max-height: 60vh; overflow: auto; z-index: 2147483647;
          background: #1e1e1e; color: #f3f3f3; border: 3px solid #e5484d; border-radius: 8px; padding: 1rem 1.25rem;
          font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; box-shadow: 0 8px 32px rgba(0,0,0,.45); }
        .pmguide-overlay h2 { margin: 0 0 .5rem; font-size: 1rem; color: #ff8589; }
        .pmguide-overlay pre { margin: 0; padding: 0; border: 0; background: transparent; color: #f3f3f3; font: inherit;
          white-space: pre-wrap; word-break: break-word; max-height: none; overflow: visible; }
        .pmguide-overlay .pmguide-error { color: #ffb4b6; }
        .pmguide-overlay .pmguide-warning { color: #f5d90a; }
        .pmguide-overlay p { margin: .75rem 0 0; color: #b4b4b4; }

        """;
}
