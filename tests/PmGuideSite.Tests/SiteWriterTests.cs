using PmGuideSite.Diagnostics;
using PmGuideSite.Output;

namespace PmGuideSite.Tests;

/// <summary>A page streamed into the staging folder (print.html) fails the build, never the process, when it cannot be written.</summary>
public sealed class SiteWriterTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pmguide-writer-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_streamed_page_that_cannot_be_created_is_reported_and_the_previous_site_stays()
    {
        var output = Path.Combine(_root.FullName, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "old");
        using var writer = SiteWriter.Open(output, new DiagnosticBag())!;

        // A file where the page's folder should be: creating the page fails.
        writer.Stage("print", [1, 2, 3]);
        using (var stream = writer.Create("print/page.html"))
        {
            stream.Write("never written"u8);
        }

        var diagnostics = new DiagnosticBag();
        Assert.True(writer.ReportFailure(diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.OutputWrite, error.Code);
        Assert.Contains("the previous site is unchanged", error.Message, StringComparison.Ordinal);
        writer.Dispose();
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
        // Only the output folder and its lock file (kept: removing it would let two builds lock different files).
        Assert.Equal([Path.Combine(_root.FullName, ".site.lock"), output], Directory.GetFileSystemEntries(_root.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_streamed_page_is_written_into_the_staging_folder_and_committed()
    {
        var output = Path.Combine(_root.FullName, "site");
        using var writer = SiteWriter.Open(output, new DiagnosticBag())!;
        using (var stream = writer.Create("print.html"))
        {
            stream.Write("<p>one</p>"u8);
            stream.Write("<p>two</p>"u8);
        }

        var site = new BuiltSite();
        site.Add("print.html", new SiteFile.Staged([]));
        Assert.False(writer.ReportFailure(new DiagnosticBag()));
        Assert.True(writer.Commit(site, new DiagnosticBag()));
        Assert.Equal("<p>one</p><p>two</p>", File.ReadAllText(Path.Combine(output, "print.html")));
    }
}
