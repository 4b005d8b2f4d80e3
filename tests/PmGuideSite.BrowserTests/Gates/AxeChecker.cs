using System.Text.Json;
using Microsoft.Playwright;
using PmGuideSite.Testing;

namespace PmGuideSite.BrowserTests.Gates;

/// <summary>
/// The accessibility gate's engine: the repository's pinned axe-core (npm), added to every page of a browser context
/// as an init script (CDP evaluation, so the pages' Content-Security-Policy does not block it).
/// </summary>
internal static class AxeChecker
{
    /// <summary>The WCAG 2.1 level A and AA rule tags the gate enforces.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Makes axe available on every page the context opens.</summary>
    public static async Task InstallAsync(IBrowserContext context)
    {
        var axe = Path.Combine(GateSites.RepoRoot(), "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"axe-core is not installed at {axe}; run `npm ci` in the repository");
        await context.AddInitScriptAsync(scriptPath: axe);
    }

    /// <summary>
    /// Runs axe on the open page and returns one line per failing element: page, mode, rule, impact, selector and
    /// axe's own summary. <paramref name="rules"/> limits the run to those rule ids; otherwise the WCAG tags apply.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string pageName, string mode, IReadOnlyList<string>? rules = null)
    {
        var runOnly = rules is null
            ? new { type = "tag", values = (IReadOnlyList<string>)WcagTags }
            : new { type = "rule", values = rules };
        var json = await page.EvaluateAsync<string>(
            "async runOnly => JSON.stringify((await axe.run(document, { runOnly, resultTypes: ['violations'] })).violations)",
            runOnly);
        var problems = new List<string>();
        using var document = JsonDocument.Parse(json);
        foreach (var violation in document.RootElement.EnumerateArray())
        {
            var id = violation.GetProperty("id").GetString();
            var impact = violation.TryGetProperty("impact", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : "unknown";
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                var target = string.Join(" ", node.GetProperty("target").EnumerateArray().Select(t => t.ToString()));
                var html = Shorten(node.GetProperty("html").GetString() ?? string.Empty, 140);
                var summary = (node.TryGetProperty("failureSummary", out var f) ? f.GetString() ?? string.Empty : string.Empty)
                    .Replace("Fix any of the following:", string.Empty, StringComparison.Ordinal)
                    .Replace("Fix all of the following:", string.Empty, StringComparison.Ordinal);
                problems.Add($"{pageName} [{mode}]: {id} ({impact}) at '{target}' {html}: {Shorten(string.Join(' ', summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), 220)}");
            }
        }

        return problems;
    }

    private static string Shorten(string text, int length) => text.Length > length ? text[..(length - 1)] + "…" : text;
}
