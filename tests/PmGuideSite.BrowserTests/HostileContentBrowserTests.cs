using Microsoft.Playwright;
using PmGuideSite.Cli;

namespace PmGuideSite.BrowserTests;

/// <summary>
/// Builds a site whose content carries dozens of script vectors, opens every page in Chromium from disk and proves
/// that none of the content's script ran: no global set, no title changed, no dialog, no dangerous markup left, and
/// every page carries a Content-Security-Policy without inline script. A control page shows the checks can fail.
/// </summary>
[Collection("browser")]
public sealed class HostileContentBrowserTests(BrowserFixture fixture) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pmguide-hostile", Guid.NewGuid().ToString("N"));

    // Runs in the page after load: everything a vector could have left behind, as a list of findings.
    private const string FindTraces = """
        () => {
          const found = [];
          if (window.__pwned !== undefined) found.push('window.__pwned = ' + window.__pwned);
          if (document.title.includes('PWNED')) found.push('title changed: ' + document.title);
          for (const el of document.querySelectorAll('*')) {
            for (const attr of el.attributes) {
              const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
              if (attr.name.toLowerCase().startsWith('on')) found.push(el.tagName + ' has ' + attr.name);
              if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'background'].includes(attr.name.toLowerCase())
                  && (value.startsWith('javascript:') || value.startsWith('vbscript:') || value.startsWith('data:text') || attr.name === 'srcdoc'))
                found.push(el.tagName + ' ' + attr.name + '=' + attr.value);
              if (attr.name.toLowerCase() === 'style') found.push(el.tagName + ' has style=');
            }
          }
          for (const el of document.querySelectorAll('iframe, object, embed, base, form, frame, frameset, applet, template'))
            if (!(el.matches('form[role=search]') && /(^|\/)search\.html$/.test(el.getAttribute('action') || ''))
                && !(el.matches('form#story-form:not([action]), form#practice-setup:not([action]), form#mock-setup:not([action])')))
              found.push('<' + el.tagName.toLowerCase() + '> element');
          for (const el of document.querySelectorAll('meta[http-equiv]'))
            if (el.getAttribute('http-equiv').toLowerCase() !== 'content-security-policy' || document.querySelectorAll('meta[http-equiv]').length > 1)
              found.push('meta http-equiv=' + el.getAttribute('http-equiv'));
          for (const el of document.querySelectorAll('script'))
            if (!el.src || !/\/(assets\/(js|vendor)|data|search)\/[\w.-]+\.js$/.test(el.src)) found.push('script ' + (el.src || 'inline: ' + el.textContent.slice(0, 40)));
          return found;
        }
        """;

    [BrowserFact]
    public async Task No_script_from_content_runs_on_any_page_and_every_page_forbids_inline_script()
    {
        Assert.True(HostileContent.Vectors.Length >= 30);
        var siteDirectory = BuildHostileSite();
        var pages = Directory.EnumerateFiles(siteDirectory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(pages, p => p.EndsWith("chapters/hostile.html", StringComparison.Ordinal));

        var findings = new List<string>();
        foreach (var file in pages)
        {
            var relative = Path.GetRelativePath(siteDirectory, file);
            var html = await File.ReadAllTextAsync(file);
            if (CspProblem(html) is { } csp)
            {
                findings.Add($"{relative}: {csp}");
            }

            findings.AddRange((await TracesAsync(file)).Select(t => $"{relative}: {t}"));
        }

        Assert.True(findings.Count == 0, "content script ran or dangerous markup survived:\n" + string.Join("\n", findings));

        // What the reader sees: the Scriban syntax is text, the escaped title is text.
        await using var session = await PageSession.OpenAsync(fixture);
        await session.Page.GotoAsync(new Uri(Path.Combine(siteDirectory, "chapters", "hostile.html")).AbsoluteUri);
        var text = await session.Page.InnerTextAsync("main");
        Assert.True(text.Contains("{{ site.title | string.upcase }}", StringComparison.Ordinal), "Scriban syntax in Markdown must stay text: " + text);
        Assert.DoesNotContain("SAMPLE GUIDE", text, StringComparison.Ordinal);
        Assert.Contains("</title><script>", await session.Page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await session.ScreenshotAsync(fixture, "hostile-chapter");
    }

    [BrowserFact]
    public async Task The_checks_catch_a_page_where_script_does_run()
    {
        // A control page without the site's CSP: if the detection were blind, this test would fail.
        Directory.CreateDirectory(_root);
        var control = Path.Combine(_root, "control.html");
        await File.WriteAllTextAsync(control, "<!DOCTYPE html><title>control</title><script>window.__pwned = 'control'; alert('control');</script><img src=x onerror=\"document.title='PWNED'\">");
        var traces = await TracesAsync(control);
        Assert.Contains(traces, t => t.Contains("window.__pwned = control", StringComparison.Ordinal));
        Assert.Contains(traces, t => t.StartsWith("dialog:", StringComparison.Ordinal));
        Assert.Contains(traces, t => t.StartsWith("title changed", StringComparison.Ordinal));
        Assert.NotNull(CspProblem(await File.ReadAllTextAsync(control)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // Opens a page from disk, waits for late events (image errors, autofocus), and lists every trace of script.
    private async Task<List<string>> TracesAsync(string file)
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var dialogs = new List<string>();
        session.Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"dialog: {dialog.Type} '{dialog.Message}'");
            await dialog.DismissAsync();
        };
        await session.Page.GotoAsync(new Uri(file).AbsoluteUri);
        await session.Page.WaitForLoadStateAsync(LoadState.Load);
        await session.Page.WaitForTimeoutAsync(150);
        var traces = await session.Page.EvaluateAsync<string[]>(FindTraces);
        return [.. traces, .. dialogs];
    }

    // The policy must come first in <head>, allow script only from the site's own files, and never 'unsafe-inline'.
    private static string? CspProblem(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");
        if (!match.Success)
        {
            return "no Content-Security-Policy";
        }

        var policy = match.Groups[1].Value;
        return policy.Contains("script-src 'self'", StringComparison.Ordinal) && !policy.Contains("unsafe-inline", StringComparison.Ordinal)
            && !policy.Contains("unsafe-eval", StringComparison.Ordinal) && policy.Contains("object-src 'none'", StringComparison.Ordinal)
            ? null
            : "the Content-Security-Policy allows inline script: " + policy;
    }

    private string BuildHostileSite()
    {
        var repo = BrowserFixture.RepoRoot();
        Copy(Path.Combine(repo, "tests", "PmGuideSite.Tests", "Specs", "Sites", "_base"), _root);
        Copy(Path.Combine(repo, "theme"), Path.Combine(_root, "theme"));
        File.WriteAllText(Path.Combine(_root, "content", "chapters", "hostile.md"), HostileContent.Chapter());
        File.WriteAllText(Path.Combine(_root, "content", "questions", "ownership.yml"), HostileContent.Bank());
        var output = Path.Combine(_root, "_site");
        var log = new StringWriter();
        var code = CommandLine.Create(log, log).Run(["build", "--config", Path.Combine(_root, "site.yml"), "--quiet"]);
        Assert.True(code == 0, "the hostile site must build (vectors are removed with warnings): " + log);
        Assert.Contains("warning PG3001", log.ToString(), StringComparison.Ordinal);
        return output;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
