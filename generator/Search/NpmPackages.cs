using System.Diagnostics;
using System.Text.Json;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Search;

/// <summary>
/// Finds the browser files the site copies from npm (they are never committed): lunr.js for search and ts-fsrs for the
/// practice schedule, restoring the npm packages with <c>npm ci</c> when they are missing so the README's build
/// command works on a fresh clone.
/// </summary>
internal static class NpmPackages
{
    /// <summary>The version the C# index builder is compatible with.</summary>
    public const string LunrVersion = "2.3.9";

    /// <summary>The ts-fsrs version the practice page is written and tested against.</summary>
    public const string FsrsVersion = "5.4.2";

    /// <summary>Each package's browser file: its output path, package, file inside the package, and pinned version.</summary>
    public static readonly IReadOnlyList<NpmFile> Files =
    [
        new("assets/vendor/lunr.min.js", "lunr", "lunr.min.js", LunrVersion, "search"),
        // The UMD build sets the FSRS global from a plain <script src>; ES modules do not load from file:// in Chromium.
        new("assets/vendor/ts-fsrs.js", "ts-fsrs", "dist/index.umd.js", FsrsVersion, "the practice schedule"),
    ];

    /// <summary>The full path of each of <see cref="Files"/> by output path, or null after reporting why one is unavailable.</summary>
    public static IReadOnlyDictionary<string, string>? FindAll(string siteRoot, DiagnosticBag diagnostics, Action<string> progress)
    {
        var found = LocateAll(siteRoot);
        if (found is null)
        {
            var packageFolder = FindUp(siteRoot, "package.json") ?? FindUp(AppContext.BaseDirectory, "package.json");
            if (packageFolder is null)
            {
                diagnostics.Error(DiagnosticCodes.SearchAssets,
                    $"lunr.js {LunrVersion} and ts-fsrs {FsrsVersion} are needed but no package.json was found in or above the site folder; add one with \"lunr\": \"{LunrVersion}\" and \"ts-fsrs\": \"{FsrsVersion}\" and run 'npm ci'",
                    null);
                return null;
            }

            progress($"  {"npm",-9} node_modules is missing a package: running 'npm ci' in {packageFolder}");
            if (!RunNpmCi(packageFolder, diagnostics))
            {
                return null;
            }

            found = LocateAll(siteRoot);
            if (found is null)
            {
                var missing = Files.First(f => Locate(siteRoot, f) is null && Locate(AppContext.BaseDirectory, f) is null);
                diagnostics.Error(DiagnosticCodes.SearchAssets,
                    $"'npm ci' finished but node_modules/{missing.Package}/{missing.File} is still missing; add \"{missing.Package}\": \"{missing.Version}\" to package.json", null);
                return null;
            }
        }

        var ok = true;
        foreach (var file in Files)
        {
            ok &= CheckVersion(file, found[file.OutputPath], diagnostics);
        }

        return ok ? found : null;
    }

    private static Dictionary<string, string>? LocateAll(string siteRoot)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            // The site's own node_modules first, then the one beside the generator (a checkout of this repository).
            if ((Locate(siteRoot, file) ?? Locate(AppContext.BaseDirectory, file)) is not { } path)
            {
                return null;
            }

            found[file.OutputPath] = path;
        }

        return found;
    }

    private static string? Locate(string start, NpmFile file)
    {
        var relative = Path.Combine("node_modules", file.Package, file.File);
        var folder = FindUp(start, relative);
        return folder is null ? null : Path.Combine(folder, relative);
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

    private static bool CheckVersion(NpmFile file, string path, DiagnosticBag diagnostics)
    {
        var packageJson = Path.Combine(path[..path.LastIndexOf(Path.Combine("node_modules", file.Package), StringComparison.Ordinal)],
            "node_modules", file.Package, "package.json");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
            var version = document.RootElement.GetProperty("version").GetString();
            if (version == file.Version)
            {
                return true;
            }

            diagnostics.Error(DiagnosticCodes.SearchAssets, $"node_modules has {file.Package} {version}, but {file.UsedFor} is built for {file.Package} {file.Version}; run 'npm ci'", null);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.SearchAssets, $"cannot read {file.Package}'s package.json ({ex.Message}); run 'npm ci'", null);
        }

        return false;
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

/// <summary>One browser file from an npm package: where the site gets it, and the version it must be.</summary>
internal sealed record NpmFile(string OutputPath, string Package, string File, string Version, string UsedFor);
