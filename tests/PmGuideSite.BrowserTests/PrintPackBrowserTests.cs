using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PmGuideSite.BrowserTests;

/// <summary>
/// The print pack (print.html) printed to PDF by Chromium and read back page by page with poppler: study order, each
/// chapter and principle starting a page, no stray near-empty pages, the @page margins, every question bank and worked
/// example, headings that nest; and the one-principle print view each principle page links to.
/// </summary>
[Collection("browser")]
public sealed partial class PrintPackBrowserTests(BrowserFixture fixture)
{
    // A page that is not the last of its chapter or principle must be well filled; the last may be short, but never a
    // couple of stray lines (widows and orphans are 3, so a paragraph split over pages leaves at least 3 on each).
    private const int FewestLinesOnALastPage = 3;

    // An A4 page holds about 50 lines of 11 pt text; one that is not a section's last holds at least a third of that,
    // whatever a block kept whole (a table, a weak-and-strong answer pair) pushed to the next page.
    private const int FewestLinesOnAFullPage = 16;

    private static readonly int Questions = Directory.GetFiles(Path.Combine(BrowserFixture.RepoRoot(), "content", "questions"), "*.yml")
        .Sum(f => File.ReadLines(f).Count(l => l.TrimStart().StartsWith("- id:", StringComparison.Ordinal)));

    [PdfFact]
    public async Task The_whole_pack_prints_in_study_order_with_each_chapter_and_principle_starting_a_page_and_no_near_empty_page()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "print.html");
        var chapters = await page.Locator(".print-chapter h2").AllInnerTextsAsync();
        var principles = await page.Locator(".print-principle h2").AllInnerTextsAsync();
        Assert.Equal(Directory.GetFiles(Path.Combine(BrowserFixture.RepoRoot(), "content", "chapters"), "*.md").Length, chapters.Count);
        Assert.Equal(16, principles.Count);

        var pdf = await PrintAsync(page, "print-pack");
        var pages = PageTexts(pdf);
        Assert.True(pages.Count > chapters.Count + principles.Count, $"{pages.Count} pages for {chapters.Count} chapters and {principles.Count} principles");

        // Each chapter, then each principle, opens a page (its eyebrow and title at the top), in study order.
        var starts = new List<int>();
        foreach (var (title, eyebrow) in chapters.Select((t, i) => (t, $"CHAPTER {i + 1}"))
                     .Concat(principles.Select((t, i) => (t, $"LEADERSHIP PRINCIPLE {i + 1} OF 16"))))
        {
            var at = pages.FindIndex(p => Top(p).StartsWith(Squash(eyebrow + " " + title), StringComparison.Ordinal));
            Assert.True(at >= 0, $"no page starts with '{eyebrow} {title}'");
            starts.Add(at);
        }

        Assert.Equal(starts.Order().ToList(), starts);
        Assert.True(starts[0] >= 1, "the first chapter starts after the title page and contents");

        // A section's pages before its last are full; its last page holds more than a stray line or two.
        var sections = starts.Append(pages.Count).ToList();
        var report = new List<string>();
        for (var s = 0; s + 1 < sections.Count; s++)
        {
            for (var p = sections[s]; p < sections[s + 1]; p++)
            {
                var lines = Lines(pages[p]).Count;
                var last = p == sections[s + 1] - 1;
                report.Add($"page {p + 1}: {lines} lines{(last ? " (last of its section)" : string.Empty)}");
                Assert.True(last ? lines >= FewestLinesOnALastPage : lines >= FewestLinesOnAFullPage,
                    $"page {p + 1} holds only {lines} lines of text:\n{pages[p]}");
            }
        }

        File.WriteAllLines(Path.Combine(fixture.ScreenshotDirectory, "print-pack-pages.txt"), report);

        // The question banks and worked examples are printed, every question with its probes, signals and red flags.
        var all = Squash(string.Join(' ', pages));
        Assert.Equal(Questions, await page.Locator(".print-question").CountAsync());
        var sample = await page.EvaluateAsync<string[]>(@"(() => { const q = document.querySelector('.print-question');
            return [q.querySelector('h4').textContent, q.querySelector('ol li').textContent, ...[...q.querySelectorAll('.print-signal-columns li')].map(li => li.textContent)]; })()");
        foreach (var text in sample)
        {
            Assert.Contains(Squash(text), all, StringComparison.Ordinal);
        }

        var examples = Directory.GetFiles(Path.Combine(BrowserFixture.RepoRoot(), "content", "examples"), "*.md").Length;
        Assert.Equal(examples, await page.Locator(".print-example").CountAsync());
        Assert.Contains("Strong signals", all, StringComparison.Ordinal);
        Assert.Contains("Red flags", all, StringComparison.Ordinal);

        // The @page margins: no text closer to the paper's edge than about 15 mm (42 pt).
        var (left, top, right, bottom) = TextBounds(pdf, pages.Count);
        Assert.True(left >= 40 && right <= 595 - 40 && top >= 40 && bottom <= 842 - 40,
            $"text reaches {left:0}, {top:0} to {right:0}, {bottom:0} pt on an A4 page (595 x 842 pt): the @page margins are missing");

        RenderPages(pdf, "print-pack", first: 1, last: starts[0] + 2);
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task The_pack_has_a_contents_list_of_in_page_links_and_headings_that_nest_without_skipping_a_level()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "print.html");
        var broken = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.print-contents a')].map(a => a.getAttribute('href')).filter(h => !h.startsWith('#') || !document.getElementById(h.slice(1)))");
        Assert.Empty(broken);
        Assert.True(await page.Locator(".print-contents a").CountAsync() > 16 + 20);

        // h1 the pack, h2 each chapter and principle, h3 a principle's parts: never a jump of two levels down, and each
        // chapter's and principle's own sections below its title.
        var skips = await page.EvaluateAsync<string[]>(@"(() => {
            const found = []; let previous = 1;
            for (const h of document.querySelectorAll('.print-guide :is(h1, h2, h3, h4, h5, h6)')) {
                const level = Number(h.localName[1]);
                if (level > previous + 1) found.push(h.localName + ' after h' + previous + ': ' + h.textContent.trim().slice(0, 60));
                previous = level;
            }
            return found; })()");
        Assert.True(skips.Length == 0, string.Join('\n', skips));
        Assert.Equal(0, await page.Locator(".print-section > :not(.print-title, .eyebrow, .lead) h2, .print-section h1").CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());

        // Printed, a principle's title is larger than its sections' headings.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var sizes = await page.EvaluateAsync<double[]>(@"(() => { const s = document.querySelector('.print-principle');
            return [s.querySelector('h2'), s.querySelector('h3'), s.querySelector('h4')].map(h => parseFloat(getComputedStyle(h).fontSize)); })()");
        Assert.True(sizes[0] > sizes[1] && sizes[1] > sizes[2], $"printed heading sizes h2 {sizes[0]}, h3 {sizes[1]}, h4 {sizes[2]}");
    }

    [PdfFact]
    public async Task A_principle_page_links_to_a_print_view_of_that_principle_alone_from_file()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "principles/frugality.html");
        await page.ClickAsync("a[href$='print.html?principle=frugality']");
        await page.WaitForURLAsync(new Regex("print\\.html\\?principle=frugality$"));
        Assert.Equal("Frugality: study pack", await page.InnerTextAsync("h1"));

        // On screen: Frugality's page, bank and examples only.
        Assert.Equal(new[] { "Frugality" }, (await page.Locator(".print-section h2:visible").AllInnerTextsAsync()).ToArray());
        var bank = File.ReadLines(Path.Combine(BrowserFixture.RepoRoot(), "content", "questions", "frugality.yml"))
            .Count(l => l.TrimStart().StartsWith("- id:", StringComparison.Ordinal));
        Assert.Equal(bank, await page.Locator(".print-question:visible").CountAsync());
        Assert.Equal(0, await page.Locator(".print-question:visible:not([id^='question-frugality-'])").CountAsync());
        var examples = ExamplesOf("frugality");
        Assert.NotEmpty(examples);
        Assert.Equal(examples.Count, await page.Locator(".print-example:visible").CountAsync());

        // On paper: the same, and nothing of other principles or of the chapters.
        var pages = PageTexts(await PrintAsync(page, "print-frugality"));
        var all = Squash(string.Join(' ', pages));
        Assert.Contains("LEADERSHIP PRINCIPLE 10 OF 16 Frugality", all, StringComparison.Ordinal);
        var question = await page.InnerTextAsync(".print-question:visible h4");
        Assert.Contains(Squash(question), all, StringComparison.Ordinal);
        foreach (var title in examples)
        {
            Assert.Contains(Squash(title), all, StringComparison.Ordinal);
        }

        Assert.Equal(["10"], Eyebrow().Matches(all).Select(m => m.Groups[1].Value).Distinct().ToArray());
        Assert.DoesNotContain("CHAPTER ", all, StringComparison.Ordinal);
        Assert.DoesNotMatch("WORKED EXAMPLE · (?!FRUGALITY)", all);
        var whole = PageTexts(await PrintAsync(page, "print-frugality-check", reload: "print.html"));
        Assert.True(pages.Count * 5 < whole.Count, $"one principle prints {pages.Count} pages, the whole pack {whole.Count}");
        Assert.Empty(session.Problems);
    }

    [BrowserFact]
    public async Task An_unknown_principle_shows_the_whole_pack_and_says_so()
    {
        await using var session = await PageSession.OpenAsync(fixture);
        var page = session.Page;
        await page.GotoAsync(fixture.FileBase + "print.html?principle=%3Cscript%3E");
        Assert.Contains("no principle", await page.InnerTextAsync("#print-lead"), StringComparison.Ordinal);
        Assert.Equal(16, await page.Locator(".print-principle:visible").CountAsync());
        Assert.Empty(session.Problems);
    }

    // Titles of the worked examples whose front matter names the principle.
    private static List<string> ExamplesOf(string principle) =>
        Directory.GetFiles(Path.Combine(BrowserFixture.RepoRoot(), "content", "examples"), "*.md")
            .Select(File.ReadAllLines)
            .Where(lines => lines.Any(l => l == $"principle: {principle}"))
            .Select(lines => lines.First(l => l.StartsWith("title:", StringComparison.Ordinal))[6..].Trim().Trim('"'))
            .ToList();

    private async Task<string> PrintAsync(IPage page, string name, string? reload = null)
    {
        if (reload is not null)
        {
            await page.GotoAsync(fixture.FileBase + reload);
        }

        var path = Path.Combine(fixture.ScreenshotDirectory, name + ".pdf");
        await page.PdfAsync(new PagePdfOptions { Path = path, PreferCSSPageSize = true });
        return path;
    }

    // Each page's text (pdftotext separates pages with form feeds).
    private static List<string> PageTexts(string pdf)
    {
        // -raw: the order Chromium drew the text in (the DOM's), so side-by-side columns do not interleave.
        var text = Run(PdfFactAttribute.PdfToText, "-raw", "-enc", "UTF-8", pdf, "-");
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    private static List<string> Lines(string page) => page.Split('\n').Where(l => l.Trim().Length > 0).ToList();

    // The start of a page's text, whitespace squashed, long enough to hold an eyebrow and a two-line title.
    private static string Top(string page)
    {
        var top = Squash(string.Join(' ', Lines(page).Take(5)));
        return top;
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    // The smallest box holding every word on every page, in points from the top left (pdftotext -bbox).
    private static (double Left, double Top, double Right, double Bottom) TextBounds(string pdf, int pages)
    {
        var html = Run(PdfFactAttribute.PdfToText, "-bbox", pdf, "-");
        var words = WordBox().Matches(html).Select(m => Enumerable.Range(1, 4).Select(g => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.True(words.Count > pages * 50, $"pdftotext found only {words.Count} words");
        return (words.Min(w => w[0]), words.Min(w => w[1]), words.Max(w => w[2]), words.Max(w => w[3]));
    }

    // The first pages as PNGs beside the screenshots, to look at (pdftoppm at 50 dpi).
    private void RenderPages(string pdf, string name, int first, int last) =>
        Run("/usr/bin/pdftoppm", "-png", "-r", "50", "-f", first.ToString(CultureInfo.InvariantCulture), "-l", last.ToString(CultureInfo.InvariantCulture),
            pdf, Path.Combine(fixture.ScreenshotDirectory, name));

    private static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} failed ({process.ExitCode}): {error}");
        return output.Result;
    }

    [GeneratedRegex("LEADERSHIP PRINCIPLE ([0-9]+) OF 16")]
    private static partial Regex Eyebrow();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\"")]
    private static partial Regex WordBox();
}
