using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;

namespace PmGuideSite.Output;

/// <summary>
/// Writes the site into a staging folder beside the target and swaps it in only when every file is written, so a
/// failed or killed build leaves the previous site complete. Leftovers of an interrupted build are cleaned first.
/// </summary>
/// <remarks>
/// A build can stream pages into the staging folder while it renders (<see cref="Open"/>, <see cref="Stage"/>, then
/// <see cref="Commit"/>), so it never holds every page in memory; disposing an uncommitted writer deletes the staging
/// folder, which leaves the previous site as it was.
/// </remarks>
internal sealed class SiteWriter : IPageStage, IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly string _staging;
    private readonly string _previous;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly OutputLock _lock;
    private string? _failure;
    private bool _committed;
    private Task? _cleanup;

    private SiteWriter(string target, string staging, string previous, OutputLock outputLock)
    {
        _lock = outputLock;
        _target = target;
        _staging = staging;
        _previous = previous;
    }

    /// <summary>Whether writing a staged page failed; the build must then not be committed (see <see cref="ReportFailure"/>).</summary>
    public bool Failed => Volatile.Read(ref _failure) is not null;

    /// <summary>Writes <paramref name="site"/> to <paramref name="outputDirectory"/>; false (after reporting) when it could not.</summary>
    public static bool Write(BuiltSite site, string outputDirectory, DiagnosticBag diagnostics)
    {
        using var writer = Open(outputDirectory, diagnostics);
        return writer is not null && writer.Commit(site, diagnostics);
    }

    /// <summary>
    /// Prepares the staging folder for <paramref name="outputDirectory"/>: recovers what an interrupted build left,
    /// refuses a read-only target and creates an empty staging folder. Null (after reporting) when it could not.
    /// </summary>
    public static SiteWriter? Open(string outputDirectory, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        // Held until the writer is disposed, so no other build writes here meanwhile, and every staging folder
        // Recover finds belongs to a build that is gone.
        if (OutputLock.Acquire(target, diagnostics) is not { } outputLock)
        {
            return null;
        }

        try
        {
            Recover(parent, name, target);
            if (ReadOnly(target))
            {
                diagnostics.Error(DiagnosticCodes.OutputWrite,
                    $"cannot write the site to '{DisplayPath.For(target)}': the folder is read-only; make it writable (chmod u+w) or choose another --output (the previous site is unchanged)",
                    null);
                outputLock.Dispose();
                return null;
            }

            Directory.CreateDirectory(staging);
            return new SiteWriter(target, staging, previous, outputLock);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            outputLock.Dispose();
            TryDelete(staging);
            diagnostics.Error(DiagnosticCodes.OutputWrite,
                $"cannot write the site to '{DisplayPath.For(target)}': {ex.Message} (the previous site is unchanged)", null);
            return null;
        }
    }

    /// <summary>
    /// Writes one rendered page into the staging folder now (safe from several threads) and returns the entry that
    /// stands for it in the built site. After a failure (kept for <see cref="ReportFailure"/>) pages stay in memory.
    /// </summary>
    public SiteFile Stage(string path, byte[] utf8)
    {
        if (!Failed)
        {
            try
            {
                WriteFile(path, new SiteFile.Utf8(utf8));
                return new SiteFile.Staged(System.Security.Cryptography.SHA256.HashData(utf8));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Interlocked.CompareExchange(ref _failure, ex.Message, null);
            }
        }

        return new SiteFile.Utf8(utf8);
    }

    /// <summary>A stream into the staging folder for a page written piece by piece (see <see cref="IPageStage.Create"/>).</summary>
    public Stream Create(string path)
    {
        if (!Failed)
        {
            try
            {
                return new GuardedStream(StagingFile.Create(StagingPath(path)), this);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Interlocked.CompareExchange(ref _failure, ex.Message, null);
            }
        }

        return Stream.Null;
    }

    /// <summary>Reports why staging a page failed; false when nothing failed.</summary>
    public bool ReportFailure(DiagnosticBag diagnostics)
    {
        if (Volatile.Read(ref _failure) is not { } failure)
        {
            return false;
        }

        diagnostics.Error(DiagnosticCodes.OutputWrite,
            $"cannot write the site to '{DisplayPath.For(_target)}': {failure} (the previous site is unchanged)", null);
        return true;
    }

    /// <summary>Writes the site's files not staged yet and swaps the staging folder in; false (after reporting) when it could not.</summary>
    public bool Commit(BuiltSite site, DiagnosticBag diagnostics)
    {
        if (ReportFailure(diagnostics))
        {
            return false;
        }

        try
        {
            foreach (var (path, file) in site.Files)
            {
                if (file is not SiteFile.Staged)
                {
                    WriteFile(path, file);
                }
            }

            if (Directory.Exists(_target) && DirectorySwap.TryExchange(_staging, _target))
            {
                // One atomic step: the new site has the output's name, the old one the staging name.
                _committed = true;
                _cleanup = DeleteLater(_staging);
                return true;
            }

            // Fallback, two renames: the old site moves aside, the new one takes its name, then the old one is deleted.
            // A build killed between them leaves the old site under its ".previous" name; Recover puts it back.
            if (Directory.Exists(_target))
            {
                Directory.Move(_target, _previous);
            }

            Directory.Move(_staging, _target);
            _committed = true;
            _cleanup = DeleteLater(_previous);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(_staging);
            if (!Directory.Exists(_target) && Directory.Exists(_previous))
            {
                Directory.Move(_previous, _target);
            }

            _committed = true;
            diagnostics.Error(DiagnosticCodes.OutputWrite,
                $"cannot write the site to '{DisplayPath.For(_target)}': {ex.Message} (the previous site is unchanged)", null);
            return false;
        }
    }

    /// <summary>
    /// Deletes the staging folder unless the site was committed, waits until the previous site is deleted, then
    /// releases the output folder's lock.
    /// </summary>
    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(_staging);
            _committed = true;
        }

        // Held until here, so no other build's Recover deletes the same folder meanwhile. Exiting earlier would leave
        // the old site for the next build to delete.
        _cleanup?.Wait();
        _cleanup = null;
        _lock.Dispose();
    }

    private void WriteFile(string path, SiteFile file)
    {
        var destination = StagingPath(path);
        switch (file)
        {
            case SiteFile.Text text:
                StagingFile.Write(destination, s_utf8.GetBytes(text.Content));
                break;
            case SiteFile.Utf8 bytes:
                StagingFile.Write(destination, bytes.Content);
                break;
            case SiteFile.Copy copy:
                CopyFile(copy.SourcePath, destination);
                break;
        }
    }

    // The file's path in the staging folder, its folder created.
    private string StagingPath(string path)
    {
        var destination = Path.Combine(_staging, path);
        var folder = Path.GetDirectoryName(destination)!;
        // GetOrAdd returns only after some thread's factory has run, so the folder exists by then whichever thread made it.
        _folders.GetOrAdd(folder, static f =>
        {
            Directory.CreateDirectory(f);
            return 0;
        });
        return destination;
    }

    // The owner's write bit is honoured even for root, who could write anyway: a read-only site is one someone wants kept.
    private static bool ReadOnly(string target) =>
        !OperatingSystem.IsWindows() && Directory.Exists(target) && (File.GetUnixFileMode(target) & UnixFileMode.UserWrite) == 0;

    // A named pipe or device has no length and would block a copy forever; an empty file needs no copying anyway.
    private static void CopyFile(string source, string destination)
    {
        var info = new FileInfo(source);
        if (RealPath.IsLink(info))
        {
            info = new FileInfo(RealPath.Resolve(source) ?? source);
        }

        if (info.Length == 0)
        {
            StagingFile.Write(destination, []);
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

    // The previous site, swapped out, is deleted while the build reports (each of its files is an unlink call; about
    // 1,200 for a 1,000-chapter site), instead of before. Killed meanwhile, it is a leftover the next build deletes.
    private static Task DeleteLater(string directory) => Task.Run(() => TryDelete(directory));

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

    // Records a write error instead of throwing it out of a render thread, and drops what follows: the build fails
    // with the error (ReportFailure), so the page will not be used.
    private sealed class GuardedStream(SafeFileHandle inner, SiteWriter owner) : Stream
    {
        private long _position;
        private bool _broken;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_broken)
            {
                return;
            }

            try
            {
                RandomAccess.Write(inner, buffer, _position);
                _position += buffer.Length;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Break(ex);
            }
        }

        // Nothing is buffered here: each write went to the file.
        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                // Closed even after a failed write, so the staging folder can be deleted.
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Break(Exception ex)
        {
            _broken = true;
            Interlocked.CompareExchange(ref owner._failure, ex.Message, null);
        }
    }
}
