using System.Text.Json;
using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests.Gates;

/// <summary>
/// The keyboard gate: Tab reaches every visible control, each focused control shows a focus ring, the first Tab
/// lands on a skip link that moves focus into main, and the page has its landmarks and exactly one h1.
/// </summary>
internal static class KeyboardChecker
{
    // Marks every visible control so the Tab walk can tell which ones it reached.
    private const string MarkControls = """
        () => {
          const selector = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
          const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], [inert]');
          const controls = [...document.querySelectorAll(selector)].filter(visible);
          controls.forEach((e, i) => e.setAttribute('data-gate-control', String(i)));
          return controls.length;
        }
        """;

    // What is focused now: its mark, a description, and whether a focus indicator is drawn.
    private const string DescribeFocus = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return JSON.stringify({ index: -1, name: 'body', ring: true });
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const cls = typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '';
          const id = e.id ? '#' + e.id : '';
          const label = (e.getAttribute('href') || e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 50);
          return JSON.stringify({
            index: e.hasAttribute('data-gate-control') ? Number(e.getAttribute('data-gate-control')) : -2,
            name: '<' + e.localName + id + cls + '> "' + label + '"',
            ring: outline || shadow,
            focusVisible: e.matches(':focus-visible')
          });
        }
        """;

    // Puts the sequential-navigation starting point at the top of the document (a page such as search.html may have
    // focused its own input on load), so the next Tab goes to the first control.
    private const string FocusTop = "() => { window.scrollTo(0, 0); const b = document.body; b.tabIndex = -1; b.focus(); b.removeAttribute('tabindex'); }";

    /// <summary>Checks the open page (desktop width: the phone menu hides the navigation); returns one line per problem.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string url, string pageName)
    {
        var problems = new List<string>();
        await CheckStructureAsync(page, pageName, problems);
        await CheckSkipLinkAsync(page, pageName, problems);

        // A fresh load, so the walk starts at the top and not where the skip link left focus.
        await page.GotoAsync(url);
        var count = await page.EvaluateAsync<int>(MarkControls);
        var reached = new HashSet<int>();
        await page.EvaluateAsync(FocusTop);
        for (var press = 0; press < count + 3; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            using var focus = JsonDocument.Parse(await page.EvaluateAsync<string>(DescribeFocus));
            var index = focus.RootElement.GetProperty("index").GetInt32();
            var name = focus.RootElement.GetProperty("name").GetString();
            if (index == -1 || (index >= 0 && !reached.Add(index)))
            {
                break; // Focus left the page or came round again: the walk is complete.
            }

            if (index >= 0 && (!focus.RootElement.GetProperty("ring").GetBoolean() || !focus.RootElement.GetProperty("focusVisible").GetBoolean()))
            {
                problems.Add($"{pageName}: {name} has no visible focus ring when focused with Tab (no outline or box-shadow on :focus-visible)");
            }
        }

        if (reached.Count < count)
        {
            var missed = await page.EvaluateAsync<string[]>(
                "reached => [...document.querySelectorAll('[data-gate-control]')].filter(e => !reached.includes(Number(e.getAttribute('data-gate-control')))).map(e => '<' + e.localName + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + '> ' + (e.getAttribute('href') || e.textContent.trim().slice(0, 40)))",
                reached.ToArray());
            foreach (var control in missed.Take(10))
            {
                problems.Add($"{pageName}: {control} is visible but Tab never reaches it");
            }
        }

        return problems;
    }

    private static async Task CheckStructureAsync(IPage page, string pageName, List<string> problems)
    {
        var h1 = await page.Locator("h1").CountAsync();
        if (h1 != 1)
        {
            problems.Add($"{pageName}: has {h1} <h1> elements; a page needs exactly one");
        }

        foreach (var (selector, name) in new[] { ("body > header, [role=banner]", "a banner <header>"), ("nav, [role=navigation]", "a <nav>"), ("main, [role=main]", "a <main>"), ("body > footer, [role=contentinfo]", "a contentinfo <footer>") })
        {
            var found = await page.Locator(selector).CountAsync();
            if (found == 0 || (selector.StartsWith("main", StringComparison.Ordinal) && found != 1))
            {
                problems.Add($"{pageName}: needs {name} landmark (found {found})");
            }
        }
    }

    private static async Task CheckSkipLinkAsync(IPage page, string pageName, List<string> problems)
    {
        await page.EvaluateAsync(FocusTop);
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => { const e = document.activeElement; const r = e.getBoundingClientRect(); return e.matches('a[href^=\"#\"]') && /skip/i.test(e.textContent) && r.bottom > 0 && r.top < innerHeight ? e.getAttribute('href') : ''; }");
        if (first.Length == 0)
        {
            problems.Add($"{pageName}: the first Tab does not land on a visible skip-to-content link");
            return;
        }

        await page.Keyboard.PressAsync("Enter");
        var inMain = await page.EvaluateAsync<bool>("href => { const target = document.getElementById(href.slice(1)); return !!target && target.matches('main, [role=main]') && (document.activeElement === target || target.contains(document.activeElement)); }", first);
        if (!inMain)
        {
            problems.Add($"{pageName}: the skip link '{first}' does not move focus into <main>");
        }
    }
}
