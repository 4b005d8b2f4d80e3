using System.Text.Json;
using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests.Gates;

/// <summary>
/// The look gate's page checks: nothing wider than the viewport (the page never scrolls sideways), every image has
/// alt text, and print preview hides the navigation chrome. Contrast comes from axe's color-contrast rule.
/// </summary>
internal static class LookChecker
{
    /// <summary>The axe rules the look gate runs at every width and colour mode.</summary>
    public static readonly string[] AxeRules = ["color-contrast", "image-alt"];

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    // The outermost elements that stick out past the right edge, ignoring content inside horizontal scrollers.
    private const string FindOverflow = """
        () => {
          const width = document.documentElement.clientWidth;
          const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true; } return false; };
          const describe = e => '<' + e.localName + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '') + '>';
          const wide = [...document.body.querySelectorAll('*')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !scrolls(e); });
          const outer = wide.filter(e => !wide.includes(e.parentElement));
          return JSON.stringify({ scroll: document.documentElement.scrollWidth - width, elements: outer.slice(0, 5).map(e => describe(e) + ' ends at ' + Math.round(e.getBoundingClientRect().right) + 'px') });
        }
        """;

    /// <summary>Problems with horizontal overflow at the current viewport.</summary>
    public static async Task<IReadOnlyList<string>> CheckOverflowAsync(IPage page, string pageName, string where)
    {
        var result = JsonSerializer.Deserialize<OverflowResult>(await page.EvaluateAsync<string>(FindOverflow), s_json)!;
        if (result.Scroll <= 0 && result.Elements.Length == 0)
        {
            return [];
        }

        return result.Elements.Length == 0
            ? [$"{pageName} [{where}]: the page scrolls sideways by {result.Scroll}px"]
            : result.Elements.Select(e => $"{pageName} [{where}]: {e}, past the {page.ViewportSize?.Width}px viewport (page scrolls sideways by {result.Scroll}px)").ToList();
    }

    /// <summary>Every img without an alt attribute (an empty alt marks a decorative image and is fine).</summary>
    public static async Task<IReadOnlyList<string>> CheckImagesAsync(IPage page, string pageName)
    {
        var images = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('img:not([alt]), input[type=image]:not([alt])')].map(e => e.outerHTML.slice(0, 140))");
        return images.Select(html => $"{pageName}: image without alt text: {html}").ToList();
    }

    /// <summary>Under print media, the header, navigation, footer and other chrome must not be rendered.</summary>
    public static async Task<IReadOnlyList<string>> CheckPrintAsync(IPage page, string pageName)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var shown = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body > header, header.site-header, nav, body > footer, .skip-link, .menu-button, .theme-toggle, .search-form')].filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').map(e => '<' + e.localName + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + '>')");
        var main = await page.EvaluateAsync<bool>("() => { const m = document.querySelector('main'); return !!m && m.getClientRects().length > 0 && m.innerText.trim().length > 0; }");
        var problems = shown.Select(e => $"{pageName} [print]: {e} is printed; navigation chrome must be hidden in print").ToList();
        if (!main)
        {
            problems.Add($"{pageName} [print]: the main content is not printed");
        }

        return problems;
    }

    private sealed record OverflowResult(int Scroll, string[] Elements);
}
