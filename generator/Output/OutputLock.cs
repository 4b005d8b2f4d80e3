using PmGuideSite.Diagnostics;
using PmGuideSite.Text;

namespace PmGuideSite.Output;

/// <summary>
/// One writer per output folder: an exclusive lock on <c>.&lt;name&gt;.lock</c> beside the folder, held while a build
/// (or one serve write) runs. The operating system releases it when the process ends, however it ends, so a killed
/// build never leaves the folder locked.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    /// <summary>How long a second writer waits before giving up (PMGUIDE_LOCK_WAIT_SECONDS overrides it).</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>Takes the lock for <paramref name="target"/>, waiting up to the configured time; null (after reporting) when
    /// another process keeps it.</summary>
    public static OutputLock? Acquire(string target, DiagnosticBag diagnostics)
    {
        var parent = Path.GetDirectoryName(target)!;
        var path = Path.Combine(parent, $".{Path.GetFileName(target)}.lock");
        var wait = Wait();
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                // An exclusive flock() on Unix (FileLock) and a sharing lock on Windows (FileShare.None); either ends with the process.
                Directory.CreateDirectory(parent);
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
                if (!FileLock.TryExclusive(file.SafeFileHandle))
                {
                    file.Dispose();
                    throw new IOException($"'{path}' is locked by another build");
                }

                return new OutputLock(file);
            }
            catch (IOException) when (File.Exists(path) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException) when (File.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.OutputLocked,
                    $"another build is writing '{DisplayPath.For(target)}' (it holds '{DisplayPath.For(path)}'); waited {wait.TotalSeconds:0} s for it. " +
                    "Let it finish or stop it, then build again (the site in the folder is unchanged)", null);
                return null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.OutputWrite, $"cannot write the site to '{DisplayPath.For(target)}': {ex.Message} (the previous site is unchanged)", null);
                return null;
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _file.Dispose();

    private static TimeSpan Wait() =>
        int.TryParse(Environment.GetEnvironmentVariable("PMGUIDE_LOCK_WAIT_SECONDS"), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : DefaultWait;
}
