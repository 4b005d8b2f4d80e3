namespace PmGuideSite.Text;

/// <summary>Shows file paths the way a contributor typed them: relative to the current folder, with '/'.</summary>
internal static class DisplayPath
{
    /// <summary>The path relative to the current directory when it lies below it, else the full path.</summary>
    public static string For(string fullPath)
    {
        var current = Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(current, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
