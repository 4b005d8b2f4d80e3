using System.Text;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Markdown;

namespace PmGuideSite.Pages;

/// <summary>
/// The bodies of print.html, rendered while the page is written rather than held as one string.
/// </summary>
/// <remarks>
/// print.html holds every chapter: 20 MB of HTML at 1,000 chapters, 200 MB at 10,000. Templated as one string it was
/// copied several times over (the layout's output, the base layout's output, UTF-8), which set the build's peak memory.
/// The layout now gets a short placeholder for each body (<see cref="PrintSection.Html"/>); the page around them is
/// small, and <see cref="WriteTo"/> streams it out with each placeholder replaced by its body, a batch of bodies
/// rendered in parallel at a time. A theme that writes <c>{{ s.html }}</c> gets the body in its place; one that
/// transforms the value (escapes it, measures it) sees the placeholder instead.
/// </remarks>
internal sealed class PrintBodies(IReadOnlyList<PrintBodies.Source> sources, MarkdownRenderer markdown, DiagnosticBag diagnostics,
    int maxParallelism, Serve.RenderCache? cache)
{
    private const string Prefix = "<!--pmguide-print-body:";
    private const string Suffix = "-->";
    private const int Batch = 64;
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<MarkdownSource, int> _indexes = IndexBySource(sources);

    /// <summary>A section to render: its id (which prefixes its ids), title and Markdown, and how many levels its
    /// headings move down to sit under the print page's own headings.</summary>
    internal sealed record Source(string Id, string Title, MarkdownSource Markdown, int HeadingShift = 0);

    /// <summary>The number of sections.</summary>
    public int Count => sources.Count;

    /// <summary>The section whose body is <paramref name="source"/>, or -1.</summary>
    public int IndexOf(MarkdownSource source) => _indexes.GetValueOrDefault(source, -1);

    /// <summary>Section <paramref name="index"/>'s body rendered for print.html.</summary>
    public string Render(int index) =>
        PrintPage.Body(sources[index].Id, sources[index].Title, sources[index].Markdown, markdown, diagnostics, cache, sources[index].HeadingShift);

    /// <summary>Section <paramref name="index"/>'s body for print.html from the HTML its own page showed.</summary>
    public string FromPage(int index, string pageOutputPath, string html) =>
        PrintPage.FromPage(sources[index].Id, pageOutputPath, html, sources[index].HeadingShift);

    /// <summary>The text standing for body <paramref name="index"/> in the templated page.</summary>
    public static string Placeholder(int index) => $"{Prefix}{index}{Suffix}";

    /// <summary>Writes <paramref name="page"/> as UTF-8 with every placeholder replaced by its body.</summary>
    public void WriteTo(string page, Stream stream)
    {
        using var writer = new StreamWriter(stream, s_utf8, bufferSize: 1 << 16, leaveOpen: true);
        var found = Placeholders(page);
        var written = 0;
        for (var start = 0; start < found.Count; start += Batch)
        {
            var batch = found.GetRange(start, Math.Min(Batch, found.Count - start));
            var html = new string[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
            {
                html[i] = Render(batch[i].Index);
            });
            for (var i = 0; i < batch.Count; i++)
            {
                writer.Write(page.AsSpan(written, batch[i].Start - written));
                writer.Write(html[i]);
                written = batch[i].End;
            }
        }

        writer.Write(page.AsSpan(written));
    }

    /// <summary>The whole page as UTF-8 (serve and in-memory builds).</summary>
    public byte[] ToBytes(string page)
    {
        using var buffer = new MemoryStream();
        WriteTo(page, buffer);
        return buffer.ToArray();
    }

    // By reference: the page job of a chapter carries the same MarkdownSource object as its print section.
    private static Dictionary<MarkdownSource, int> IndexBySource(IReadOnlyList<Source> sources)
    {
        var indexes = new Dictionary<MarkdownSource, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sources.Count; i++)
        {
            indexes.TryAdd(sources[i].Markdown, i);
        }

        return indexes;
    }

    /// <summary>Every placeholder in <paramref name="page"/>, in order; text that only looks like one (an index out of
    /// range) is left as it is.</summary>
    public List<(int Start, int End, int Index)> Placeholders(string page)
    {
        var found = new List<(int, int, int)>();
        var at = 0;
        while ((at = page.IndexOf(Prefix, at, StringComparison.Ordinal)) >= 0)
        {
            var digits = at + Prefix.Length;
            var close = page.IndexOf(Suffix, digits, StringComparison.Ordinal);
            if (close > digits && int.TryParse(page.AsSpan(digits, close - digits), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var index) && index < sources.Count)
            {
                found.Add((at, close + Suffix.Length, index));
                at = close + Suffix.Length;
            }
            else
            {
                at = digits;
            }
        }

        return found;
    }
}
