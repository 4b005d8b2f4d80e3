using System.Text;
using PmGuideSite.Cli;

namespace PmGuideSite.Tests.Support;

/// <summary>A throwaway copy of a site (the spec base site or the real content) with the repo's theme, in a temp folder.</summary>
internal sealed class TempSite : IDisposable
{
    private TempSite(string root) => Root = root;

    /// <summary>The site folder (holds site.yml).</summary>
    public string Root { get; }

    /// <summary>The default output folder.</summary>
    public string Output => Path.Combine(Root, "_site");

    /// <summary>A copy of <c>Specs/Sites/_base</c> with the repository's theme.</summary>
    public static TempSite FromBase() => Create(Path.Combine(TestPaths.Specs, "Sites", "_base"), copyContent: null);

    /// <summary>A copy of the repository's own site.yml and content.</summary>
    public static TempSite FromRepository() =>
        Create(null, copyContent: TestPaths.RepoRoot);

    private static TempSite Create(string? baseSite, string? copyContent)
    {
        var root = Path.Combine(Path.GetTempPath(), "pmguide-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        if (baseSite is not null)
        {
            CopyDirectory(baseSite, root);
        }

        if (copyContent is not null)
        {
            File.Copy(Path.Combine(copyContent, "site.yml"), Path.Combine(root, "site.yml"));
            CopyDirectory(Path.Combine(copyContent, "content"), Path.Combine(root, "content"));
        }

        CopyDirectory(Path.Combine(TestPaths.RepoRoot, "theme"), Path.Combine(root, "theme"));
        return new TempSite(root);
    }

    /// <summary>Writes a file relative to the site root (UTF-8, no BOM).</summary>
    public void Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes raw bytes relative to the site root.</summary>
    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Runs the command line in-process; paths in the output are shown relative to the site root.</summary>
    public (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var full = args.Concat(new[] { "--config", Path.Combine(Root, "site.yml") }).ToArray();
        var code = CommandLine.Create(output, errors).Run(full);
        return (code, Relativise(output.ToString()), Relativise(errors.ToString()));
    }

    /// <summary>Replaces this site's absolute path with nothing, so expected files hold 'content/…' paths.</summary>
    public string Relativise(string text) => text.Replace(Root + "/", string.Empty, StringComparison.Ordinal).Replace(Root, ".", StringComparison.Ordinal);

    /// <summary>Every file under a folder with its bytes, keyed by '/'-separated relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return result;
    }

    public void Dispose()
    {
        try
        {
            MakeWritable(Root);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Temp folders are best-effort cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void MakeWritable(string folder)
    {
        foreach (var dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Prepend(folder))
        {
            try
            {
                if (OperatingSystem.IsWindows())
                {
                    return;
                }

                File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
