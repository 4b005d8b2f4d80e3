using System.Text.Json;
using PmGuideSite.Testing;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Gates;

/// <summary>
/// The valid-HTML gate: runs the repository's pinned html-validate (npm) with the committed .htmlvalidate.json over
/// every page of a built site and returns one line per error, naming the page, the position and the element.
/// </summary>
internal static class HtmlValidator
{
    /// <summary>Validates every .html page under <paramref name="site"/>; an empty list means every page is valid.</summary>
    public static IReadOnlyList<string> Check(string site)
    {
        var repo = GateSites.RepoRoot();
        var cli = Path.Combine(repo, "node_modules", "html-validate", "bin", "html-validate.mjs");
        if (!File.Exists(cli))
        {
            Assert.Fail($"html-validate is not installed at {cli}; run `npm ci` in {repo}.");
        }

        // The report goes to a file: Node may exit before a large report written to a pipe is flushed (64 KiB cut).
        var report = Path.Combine(Path.GetTempPath(), $"html-validate-{Guid.NewGuid():N}.json");
        var arguments = new[] { cli, "--config", Path.Combine(repo, ".htmlvalidate.json"), "--formatter", "json=" + report }.Concat(SitePages.All(site));
        var result = Node.Run(arguments, TimeSpan.FromMinutes(10), "the HTML validation gate", workingDirectory: site);
        var json = File.Exists(report) ? File.ReadAllText(report) : string.Empty;
        File.Delete(report);
        if (result.ExitCode is not (0 or 1) || (result.ExitCode == 1 && json.Length == 0))
        {
            Assert.Fail($"html-validate failed to run (exit {result.ExitCode}): {result.Errors}{result.Output}");
        }

        return Parse(json, site);
    }

    private static List<string> Parse(string json, string site)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return problems;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var file in document.RootElement.EnumerateArray())
        {
            var path = Path.GetRelativePath(site, Path.GetFullPath(file.GetProperty("filePath").GetString()!, site)).Replace('\\', '/');
            var source = file.TryGetProperty("source", out var s) ? s.GetString() ?? string.Empty : string.Empty;
            foreach (var message in file.GetProperty("messages").EnumerateArray())
            {
                if (message.GetProperty("severity").GetInt32() < 2)
                {
                    continue;
                }

                var selector = message.TryGetProperty("selector", out var sel) && sel.ValueKind == JsonValueKind.String ? sel.GetString() : null;
                var snippet = Snippet(source, message);
                problems.Add($"{path}({message.GetProperty("line").GetInt32()},{message.GetProperty("column").GetInt32()}): "
                    + $"{message.GetProperty("ruleId").GetString()}: {message.GetProperty("message").GetString()}"
                    + (selector is null ? string.Empty : $" at '{selector}'") + (snippet.Length > 0 ? $": {snippet}" : string.Empty));
            }
        }

        return problems;
    }

    // The start tag the message points at, so a reader sees the element without opening the page.
    private static string Snippet(string source, JsonElement message)
    {
        if (!message.TryGetProperty("offset", out var offsetValue) || source.Length == 0)
        {
            return string.Empty;
        }

        var offset = Math.Clamp(offsetValue.GetInt32(), 0, source.Length - 1);
        var start = source.LastIndexOf('<', offset);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = source.IndexOf('>', offset);
        var tag = end < 0 ? source[start..] : source[start..(end + 1)];
        return tag.Length > 160 ? tag[..157] + "…" : tag;
    }
}
