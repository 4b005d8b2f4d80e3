using System.Runtime.InteropServices;

namespace PmGuideSite.Serve;

/// <summary>
/// Runs serve's follow-up work on its own thread at the lowest scheduling priority (Linux: nice 19 for that thread only),
/// so a rebuild for the next edit gets the processor first. .NET's Thread.Priority does nothing on Linux.
/// </summary>
internal static partial class LowPriority
{
    /// <summary>Runs <paramref name="work"/> on a new low-priority background thread.</summary>
    public static Task<T> Run<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            Lower();
            try
            {
                done.SetResult(work());
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "pmguide follow-up",
        };
        thread.Start();
        return done.Task;
    }

    private static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            // Raising the nice value of one's own thread needs no privilege; failure only means normal priority.
            _ = SetPriority(0, GetThreadId(), 19);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: keep the normal priority.
        }
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);
}
