using PmGuideSite.Diagnostics;
using PmGuideSite.Text;

namespace PmGuideSite.Tests.Text;

/// <summary>Reading a content file: one array sized from the file's length, yet every byte of a file that changed
/// size since it was measured, and never more than the limit.</summary>
public sealed class SourceTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pmguide-sourcetext-").FullName;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5_000, 5_000)]
    [InlineData(5_000, 10)]
    [InlineData(5_000, 4_000)]
    [InlineData(3, 5_000)]
    public void Reads_every_byte_whatever_length_was_expected(int actual, int expected)
    {
        var bytes = Enumerable.Range(0, actual).Select(i => (byte)('a' + (i % 26))).ToArray();
        var path = Path.Combine(_folder, "file.md");
        File.WriteAllBytes(path, bytes);

        var read = SourceText.ReadAtMost(path, expected, limit: 1_000_000);

        Assert.Equal(bytes, read.ToArray());
    }

    [Fact]
    public void A_file_that_grew_past_the_limit_is_refused()
    {
        var path = Path.Combine(_folder, "big.md");
        File.WriteAllBytes(path, new byte[1_001]);

        Assert.Throws<IOException>(() => SourceText.ReadAtMost(path, expected: 100, limit: 1_000));
        Assert.Equal(1_001, SourceText.ReadAtMost(path, expected: 100, limit: 1_001).Count);
    }

    [Fact]
    public void Read_decodes_the_file_and_normalises_line_ends()
    {
        var path = Path.Combine(_folder, "text.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "caf\u00e9\r\nline\rend"u8]);
        var diagnostics = new DiagnosticBag();

        Assert.Equal("caf\u00e9\nline\nend", SourceText.Read(path, "text.md", diagnostics));
        Assert.False(diagnostics.HasErrors);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
