namespace PmGuideSite.Serve;

/// <summary>
/// Watches the content folder, the theme folders and site.yml, and calls back once a burst of changes has gone
/// quiet: editors save through temporary files and renames, which would otherwise start several builds.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly string _outputDirectory;

    /// <summary>Starts watching; <paramref name="changed"/> runs on a pool thread after <paramref name="quiet"/> without events.</summary>
    public SiteWatcher(IEnumerable<string> folders, string configPath, string outputDirectory, TimeSpan quiet, Action changed)
    {
        _quiet = quiet;
        _outputDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + Path.DirectorySeparatorChar;
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            Add(new FileSystemWatcher(folder) { IncludeSubdirectories = true });
        }

        Add(new FileSystemWatcher(Path.GetDirectoryName(configPath)!, Path.GetFileName(configPath)));
    }

    private void Add(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.InternalBufferSize = 64 * 1024;
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += OnEvent;

        // An overflow loses events, so rebuild anyway: the build itself finds out what changed.
        watcher.Error += (_, _) => Poke();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // The output may sit inside a watched folder (for example --output content/../_site is refused, but a theme
        // folder at the root is not): our own writes must not start another build.
        if (Path.GetFullPath(e.FullPath).StartsWith(_outputDirectory, StringComparison.Ordinal))
        {
            return;
        }

        Poke();
    }

    private void Poke() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
