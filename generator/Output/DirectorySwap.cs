using System.Runtime.InteropServices;
using System.Text;

namespace PmGuideSite.Output;

/// <summary>
/// Exchanges two folders in one step with Linux's renameat2(RENAME_EXCHANGE), so the output folder always holds a
/// complete site, even if the process dies at that very moment. Other systems fall back to two renames.
/// </summary>
internal static class DirectorySwap
{
    private const int CurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps the names of two existing folders; false when the system cannot do it atomically.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(CurrentDirectory, NulTerminated(first), CurrentDirectory, NulTerminated(second), RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without renameat2 (glibc before 2.28, musl): use the two-rename fallback.
            return false;
        }
    }

    private static byte[] NulTerminated(string path) => Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);
}
