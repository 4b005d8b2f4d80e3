using System.Text;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Text;

/// <summary>Reads content files as UTF-8 text, reporting encoding problems with a position instead of guessing.</summary>
internal static class SourceText
{
    /// <summary>Files larger than this are refused: a study page this big is a mistake, and it would stall the build.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file; returns null (after reporting) when it cannot be used as UTF-8 text.</summary>
    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        ArraySegment<byte> bytes;
        try
        {
            // A link's own length is not its target's: measure the file the link leads to.
            var info = new FileInfo(fullPath);
            if (RealPath.IsLink(info) && RealPath.Resolve(fullPath) is { } real)
            {
                info = new FileInfo(real);
            }

            if (info.Length > MaxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge,
                    $"the file is {info.Length / (1024 * 1024)} MB; content files may be at most {MaxBytes / (1024 * 1024)} MB (split it into several pages)",
                    SourceSpan.FileOnly(displayPath));
                return null;
            }

            // Named pipes and devices report no length; opening one would wait forever, and a real empty file has nothing to read.
            bytes = info.Length == 0 ? ArraySegment<byte>.Empty : ReadAtMost(info.FullName, info.Length, MaxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, $"cannot read the file: {ex.Message}", SourceSpan.FileOnly(displayPath));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    // The length was checked before opening, but a file can change while it is read: never read more than the limit.
    // One array of the expected length and a byte more (which shows a file that grew), no stream buffer: reading
    // through 80 KiB chunks and a MemoryStream allocated and cleared about 100 KiB per file, most of the load step's
    // time at 10,000 chapters.
    internal static ArraySegment<byte> ReadAtMost(string path, long expected, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        var buffer = new byte[Math.Min(expected, limit) + 1];
        var length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    throw new IOException($"the file grew past {limit / (1024 * 1024)} MB while it was read");
                }

                Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, limit + 1));
            }
        }

        return new ArraySegment<byte>(buffer, 0, length);
    }

    /// <summary>Decodes bytes as UTF-8 (a BOM is allowed and dropped), normalising CRLF and CR line ends to LF.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error(DiagnosticCodes.Encoding,
                "the file is saved as UTF-16; save it as UTF-8 (in most editors: 'Save with encoding' → UTF-8)",
                new SourceSpan(displayPath, 1, 1));
            return null;
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = PositionOfByte(bytes, ex.Index);
            diagnostics.Error(DiagnosticCodes.Encoding,
                "the file is not valid UTF-8 here; save it as UTF-8 (a character was probably pasted from another encoding)",
                new SourceSpan(displayPath, line, column));
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            var index = text.IndexOf('\0', StringComparison.Ordinal);
            var (line, column) = LineColumn(text, index);
            diagnostics.Error(DiagnosticCodes.Encoding, "the file contains a NUL character; is it a binary file or UTF-16?",
                new SourceSpan(displayPath, line, column));
            return null;
        }

        return NormaliseLineEnds(text);
    }

    /// <summary>Turns CRLF and lone CR into LF so positions and output do not depend on the author's editor.</summary>
    public static string NormaliseLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;

    /// <summary>The 1-based line and column (in UTF-16 units) of a character index.</summary>
    public static (int Line, int Column) LineColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int byteIndex)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < byteIndex && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
