using System.Globalization;
using System.Text;

namespace PmGuideSite.Tests.Support;

/// <summary>
/// A spec input: changes to apply to the base site. Lines "=== path" start a file, "=== delete path" removes one,
/// "=== bytes path" starts a file whose \xNN escapes become raw bytes (for encoding cases). Lines before the first
/// "===" are comments describing the case.
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
                else
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
