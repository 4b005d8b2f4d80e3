using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PmGuideSite.Output;

/// <summary>
/// An exclusive <c>flock()</c> taken explicitly on Unix. The generator turns off .NET's own locking of every file it
/// opens (<c>System.IO.DisableFileLocking</c> in the project file: two or three system calls per file read or written,
/// for locks nothing else looks at), so the one lock that matters, the output folder's (<see cref="OutputLock"/>),
/// is taken here. On Windows, <see cref="FileShare.None"/> already is that lock.
/// </summary>
internal static class FileLock
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    /// <summary>Locks the open file for this handle; false when another holder has it.</summary>
    public static bool TryExclusive(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            if (Flock(handle, LockExclusive | LockNonBlocking) == 0)
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // No flock in this C library: .NET could not have locked either.
            return true;
        }

        // Only "held by someone else" refuses (EWOULDBLOCK: 11 on Linux, 35 on macOS and the BSDs); like .NET's own
        // locking, a file system without locks (some network mounts) does not stop the build.
        var error = Marshal.GetLastPInvokeError();
        return error != (OperatingSystem.IsLinux() ? 11 : 35);
    }

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Flock(SafeFileHandle handle, int operation);
}
