using System.Security.Cryptography;

namespace PmGuideSite.Output;

/// <summary>A write-only stream that passes every byte on to another stream and keeps their SHA-256.</summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[]? _final;

    /// <summary>The SHA-256 of every byte written (so far, while the stream is open).</summary>
    public byte[] Hash() => _final ?? _hash.GetCurrentHash();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _final is null)
        {
            _final = _hash.GetHashAndReset();
            _hash.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
