using System.Diagnostics;
using System.Text.Json;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Search;

/// <summary>
/// Finds lunr.js from npm for the browser (it is never committed), restoring the npm packages with <c>npm ci</c> when
/// they are missing so the README's build command works on a fresh clone.
/// </summary>
internal static class NpmPackages
{
    /// <summary>The version the C# index builder is compatible with.</summary>
    public const string LunrVersion = "2.3.9";

    /// <summary>The full path of lunr.min.js, or null after reporting why it is unavailable.</summary>
    public static string? FindLunr(string siteRoot, DiagnosticBag diagnostics, Action<string> progress)
    {
        // The site's own node_modules first, then the one beside the generator (a checkout of this repository).
        if ((Locate(siteRoot) ?? Locate(AppContext.BaseDirectory)) is { } found)
        {
            return CheckVersion(found, diagnostics);
        }

        var packageFolder = FindUp(siteRoot, "package.json") ?? FindUp(AppContext.BaseDirectory, "package.json");
        if (packageFolder is null)
        {
            diagnostics.Error(DiagnosticCodes.SearchAssets,
                $"lunr.js {LunrVersion} is needed for search but no package.json was found in or above the site folder; add one with \"lunr\": \"{LunrVersion}\" and run 'npm ci'",
                null);
            return null;
        }

        progress($"  {"npm",-9} node_modules is missing: running 'npm ci' in {packageFolder}");
        if (!RunNpmCi(packageFolder, diagnostics))
        {
            return null;
        }

        var restored = Locate(siteRoot) ?? Locate(AppContext.BaseDirectory);
        if (restored is null)
        {
            diagnostics.Error(DiagnosticCodes.SearchAssets, $"'npm ci' finished but node_modules/lunr/lunr.min.js is still missing; add \"lunr\": \"{LunrVersion}\" to package.json", null);
            return null;
        }

        return CheckVersion(restored, diagnostics);
    }

    private static string? Locate(string start)
    {
        var folder = FindUp(start, Path.Combine("node_modules", "lunr", "lunr.min.js"));
        return folder is null ? null : Path.Combine(folder, "node_modules", "lunr", "lunr.min.js");
    }

    private static string? FindUp(string start, string relative)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, relative)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? CheckVersion(string lunrMin, DiagnosticBag diagnostics)
    {
        var packageJson = Path.Combine(Path.GetDirectoryName(lunrMin)!, "package.json");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
            var version = document.RootElement.GetProperty("version").GetString();
            if (version == LunrVersion)
            {
                return lunrMin;
            }

            diagnostics.Error(DiagnosticCodes.SearchAssets, $"node_modules has lunr {version}, but the index is built for lunr {LunrVersion}; run 'npm ci'", null);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.SearchAssets, $"cannot read lunr's package.json ({ex.Message}); run 'npm ci'", null);
        }

        return null;
    }

    private static bool RunNpmCi(string folder, DiagnosticBag diagnostics)
    {
        var arguments = File.Exists(Path.Combine(folder, "package-lock.json")) ? "ci --no-audit --no-fund" : "install --no-audit --no-fund";
        var info = new ProcessStartInfo("npm", arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode == 0)
            {
                return true;
            }

            diagnostics.Error(DiagnosticCodes.SearchAssets, $"'npm {arguments}' failed (exit {process.ExitCode}): {LastLine(errors.Result + output.Result)}", null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            diagnostics.Error(DiagnosticCodes.SearchAssets,
                $"search needs lunr.js {LunrVersion} from npm, but npm is not installed; install Node.js and npm (Debian: apt-get install npm), then build again",
                null);
        }

        return false;
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
