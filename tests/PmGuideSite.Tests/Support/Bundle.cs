using System.Globalization;
using System.Text;

namespace PmGuideSite.Tests.Support;

/// <summary>
/// A spec input: changes to apply to the base site. Lines "=== path" start a file, "=== delete path" removes one,
/// "=== bytes path" starts a file whose \xNN escapes become raw bytes (for encoding cases). File-system cases use
/// "=== symlink path -> target", "=== chmod 000 path" (octal mode), "=== fifo path" (a named pipe) and
/// "=== generate path 20" (a valid chapter of about 20 MB, made here so it is never committed). Lines before the
/// first "===" are comments describing the case.
/// </summary>
internal static class Bundle
{
    /// <summary>Applies the bundle's changes to a site.</summary>
    public static void Apply(string bundleText, TempSite site)
    {
        string? path = null;
        var raw = false;
        var body = new StringBuilder();
        void Flush()
        {
            if (path is null)
            {
                return;
            }

            var text = body.ToString();
            if (raw)
            {
                site.WriteBytes(path, Unescape(text));
            }
            else
            {
                site.Write(path, text);
            }
        }

        foreach (var line in bundleText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                body.Clear();
                var header = line[4..].Trim();
                raw = false;
                path = null;
                if (header.StartsWith("delete ", StringComparison.Ordinal))
                {
                    File.Delete(Path.Combine(site.Root, header[7..]));
                }
                else if (header.StartsWith("bytes ", StringComparison.Ordinal))
                {
                    raw = true;
                    path = header[6..];
                }
                else if (!FileSystemChange(header, site))
                {
                    path = header;
                }

                continue;
            }

            if (path is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        Flush();
    }

    /// <summary>Whether the bundle makes a file unreadable with chmod (the runner then checks whether permissions bind).</summary>
    public static bool UsesChmod(string bundleText) => bundleText.Contains("\n=== chmod ", StringComparison.Ordinal);

    // Directives that change the file system rather than write a file; true when the header was one.
    private static bool FileSystemChange(string header, TempSite site)
    {
        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts[0])
        {
            case "symlink" when parts.Length == 4 && parts[2] == "->":
                var link = Path.Combine(site.Root, parts[1]);
                Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                File.Delete(link);
                File.CreateSymbolicLink(link, parts[3]);
                return true;
            case "chmod" when parts.Length == 3:
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(Path.Combine(site.Root, parts[2]), (UnixFileMode)Convert.ToInt32(parts[1], 8));
                }

                return true;
            case "fifo" when parts.Length == 2:
                var fifo = Path.Combine(site.Root, parts[1]);
                File.Delete(fifo);
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
                {
                    mkfifo.WaitForExit();
                    Assert.Equal(0, mkfifo.ExitCode);
                }

                return true;
            case "generate" when parts.Length == 3:
                site.Write(parts[1], LargeChapter(int.Parse(parts[2], CultureInfo.InvariantCulture) * 1024 * 1024));
                return true;
            default:
                return false;
        }
    }

    private static string LargeChapter(int bytes)
    {
        var text = new StringBuilder("---\ntitle: \"Huge\"\nsummary: \"A very large page.\"\norder: 9\n---\n", bytes + 200);
        var paragraph = 0;
        while (text.Length < bytes)
        {
            text.Append(CultureInfo.InvariantCulture, $"Paragraph {paragraph++}: the baseline was 120 ms and I cut it to 80 ms by caching the catalogue.\n\n");
        }

        return text.ToString();
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return bytes.ToArray();
    }
}
