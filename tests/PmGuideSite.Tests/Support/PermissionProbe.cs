namespace PmGuideSite.Tests.Support;

/// <summary>Finds out whether file permissions stop this process (they do not for root, which is how CI runs).</summary>
internal static class PermissionProbe
{
    private static readonly Lazy<bool> s_doNotBind = new(Probe);

    /// <summary>True when a file with mode 000 can still be read, so chmod-based cases show the root behaviour.</summary>
    public static bool PermissionsDoNotBind() => s_doNotBind.Value;

    private static bool Probe()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var path = Path.Combine(Path.GetTempPath(), "pmguide-permission-probe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, "probe");
        try
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(path);
        }
    }
}
