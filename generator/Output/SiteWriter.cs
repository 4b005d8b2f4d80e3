using System.Text;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;

namespace PmGuideSite.Output;

/// <summary>
/// Writes the site into a staging folder beside the target and swaps it in only when every file is written, so a
/// failed or killed build leaves the previous site complete. Leftovers of an interrupted build are cleaned first.
/// </summary>
internal static class SiteWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="site"/> to <paramref name="outputDirectory"/>; false (after reporting) when it could not.</summary>
    public static bool Write(BuiltSite site, string outputDirectory, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            Recover(parent, name, target);
            if (ReadOnly(target))
            {
                diagnostics.Error(DiagnosticCodes.OutputWrite,
                    $"cannot write the site to '{DisplayPath.For(target)}': the folder is read-only; make it writable (chmod u+w) or choose another --output (the previous site is unchanged)",
                    null);
                return false;
            }

            Directory.CreateDirectory(staging);
            foreach (var (path, file) in site.Files)
            {
                var destination = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                switch (file)
                {
                    case SiteFile.Text text:
                        File.WriteAllText(destination, text.Content, s_utf8);
                        break;
                    case SiteFile.Utf8 bytes:
                        File.WriteAllBytes(destination, bytes.Content);
                        break;
                    case SiteFile.Copy copy:
                        CopyFile(copy.SourcePath, destination);
                        break;
                }
            }

            if (Directory.Exists(target) && DirectorySwap.TryExchange(staging, target))
            {
                // One atomic step: the new site has the output's name, the old one the staging name.
                TryDelete(staging);
                return true;
            }

            // Fallback, two renames: the old site moves aside, the new one takes its name, then the old one is deleted.
            // A build killed between them leaves the old site under its ".previous" name; Recover puts it back.
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
            TryDelete(previous);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (!Directory.Exists(target) && Directory.Exists(previous))
            {
                Directory.Move(previous, target);
            }

            diagnostics.Error(DiagnosticCodes.OutputWrite,
                $"cannot write the site to '{DisplayPath.For(target)}': {ex.Message} (the previous site is unchanged)", null);
            return false;
        }
    }

    // The owner's write bit is honoured even for root, who could write anyway: a read-only site is one someone wants kept.
    private static bool ReadOnly(string target) =>
        !OperatingSystem.IsWindows() && Directory.Exists(target) && (File.GetUnixFileMode(target) & UnixFileMode.UserWrite) == 0;

    // A named pipe or device has no length and would block a copy forever; an empty file needs no copying anyway.
    private static void CopyFile(string source, string destination)
    {
        if (new FileInfo(RealPath.Resolve(source) ?? source).Length == 0)
        {
            File.WriteAllBytes(destination, []);
            return;
        }

        File.Copy(source, destination, overwrite: true);
    }

    // A build killed between the two renames leaves the old site under its ".previous" name: put it back.
    private static void Recover(string parent, string name, string target)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.*").Order(StringComparer.Ordinal).ToList())
        {
            var leaf = Path.GetFileName(leftover);
            if (leaf.Contains(".previous-", StringComparison.Ordinal) && !Directory.Exists(target))
            {
                Directory.Move(leftover, target);
            }
            else if (leaf.Contains(".staging-", StringComparison.Ordinal) || leaf.Contains(".previous-", StringComparison.Ordinal))
            {
                TryDelete(leftover);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Cleaning is best effort; the next build removes what is left.
        }
    }
}
