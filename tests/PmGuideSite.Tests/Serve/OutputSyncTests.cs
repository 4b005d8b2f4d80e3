using PmGuideSite.Output;
using PmGuideSite.Serve;

namespace PmGuideSite.Tests.Serve;

/// <summary>serve updates the output folder all or nothing: a failed write leaves every file as it was.</summary>
public sealed class OutputSyncTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pmguide-sync-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_write_that_fails_part_way_changes_no_file()
    {
        var output = _root.FullName;
        var sync = new OutputSync();
        var first = Site(("404.html", "<a href=\"index.html\">home</a>"), ("index.html", "home"));
        sync.Apply(first, output, new HashSet<string>());

        // The new 404 page links to a page whose write will fail (a folder stands where its temporary file goes).
        Directory.CreateDirectory(Path.Combine(output, "new.html.pmguide-tmp"));
        var second = Site(("404.html", "<a href=\"new.html\">new</a>"), ("index.html", "home"), ("new.html", "new page"));

        Assert.ThrowsAny<Exception>(() => sync.Apply(second, output, new HashSet<string>()));

        Assert.Equal("<a href=\"index.html\">home</a>", File.ReadAllText(Path.Combine(output, "404.html")));
        Assert.False(File.Exists(Path.Combine(output, "new.html")));
        Assert.False(File.Exists(Path.Combine(output, "404.html.pmguide-tmp")));

        // Once the obstacle is gone, the same update goes through whole.
        Directory.Delete(Path.Combine(output, "new.html.pmguide-tmp"));
        var changed = sync.Apply(second, output, new HashSet<string>());
        Assert.Equal(["404.html", "new.html"], changed);
        Assert.Equal("<a href=\"new.html\">new</a>", File.ReadAllText(Path.Combine(output, "404.html")));
    }

    private static BuiltSite Site(params (string Path, string Text)[] files)
    {
        var site = new BuiltSite();
        foreach (var (path, text) in files)
        {
            site.Add(path, new SiteFile.Text(text));
        }

        return site;
    }
}
