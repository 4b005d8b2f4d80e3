using System.Globalization;
using System.Text;

namespace PmGuideSite.Benchmarks;

/// <summary>
/// Writes a synthetic site twice from one seed: in our content format (<c>ours/</c>) and as a Hugo site (<c>hugo/</c>)
/// with the same Markdown bodies, so both generators do the same work. Only link targets differ (<c>.md</c> for us,
/// the output <c>.html</c> for Hugo, which does not rewrite links).
/// </summary>
internal static class CorpusWriter
{
    /// <summary>The seed every corpus is written from.</summary>
    public const ulong Seed = 20261126;

    /// <summary>How many principles (each with a small question bank) the synthetic site has.</summary>
    public const int PrincipleCount = 4;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="chapters"/> chapters under <paramref name="folder"/>, copying our theme from <paramref name="themeFolder"/>.</summary>
    public static void Write(string folder, int chapters, string themeFolder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var ours = Path.Combine(folder, "ours");
        var hugo = Path.Combine(folder, "hugo");
        WriteOursConfig(ours, chapters, themeFolder);
        HugoSite.WriteConfig(hugo);
        for (var p = 1; p <= PrincipleCount; p++)
        {
            var random = new SeededRandom(Seed ^ (ulong)(1_000_000 + p));
            var id = PrincipleId(p);
            var summary = WordBank.Sentence(random, 14);
            var body = WordBank.Paragraph(random, 120) + "\n\n## How interviewers probe it\n\n" + WordBank.Paragraph(random, 80) + "\n";
            Save(Path.Combine(ours, "content", "principles", id + ".md"),
                $"---\nid: {id}\nname: \"Principle {p}\"\norder: {p}\nsummary: \"{summary}\"\nprobes:\n  - \"{WordBank.Sentence(random, 9)}\"\n" +
                $"strong_signals:\n  - \"{WordBank.Sentence(random, 9)}\"\nred_flags:\n  - \"{WordBank.Sentence(random, 9)}\"\n---\n{body}");
            Save(Path.Combine(ours, "content", "questions", id + ".yml"), Bank(id, random));
            Save(Path.Combine(hugo, "content", "principles", id + ".md"),
                $"---\ntitle: \"Principle {p}\"\nsummary: \"{summary}\"\nweight: {p}\n---\n{body}");
        }

        for (var i = 1; i <= chapters; i++)
        {
            var random = new SeededRandom(Seed ^ (ulong)i);
            var title = $"Chapter {i}: " + WordBank.Sentence(random, 4).TrimEnd('.');
            var summary = WordBank.Sentence(random, 16);
            var linked = 1 + random.Next(chapters);
            var principle = PrincipleId(1 + (i % PrincipleCount));
            string Body(string extension) => ChapterBody(new SeededRandom(Seed ^ (ulong)i ^ 0xABCDEF), i, chapters, linked, principle, extension);
            Save(Path.Combine(ours, "content", "chapters", Slug(i) + ".md"),
                $"---\ntitle: \"{title}\"\nsummary: \"{summary}\"\norder: {i}\nprinciples: [{principle}]\n---\n{Body("md")}");
            Save(Path.Combine(hugo, "content", "chapters", Slug(i) + ".md"),
                $"---\ntitle: \"{title}\"\nsummary: \"{summary}\"\nweight: {i}\n---\n{Body("html")}");
        }
    }

    /// <summary>The file name (without extension) of chapter <paramref name="i"/>.</summary>
    public static string Slug(int i) => "chapter-" + i.ToString("00000", CultureInfo.InvariantCulture);

    private static string PrincipleId(int p) => "principle-" + p.ToString("00", CultureInfo.InvariantCulture);

    // About 400 words: an intro with links, two sections with a list and a table, a sub-section with a fenced code
    // block, and a wrap-up. Headings carry the chapter number so anchors differ from page to page.
    private static string ChapterBody(SeededRandom random, int i, int chapters, int linked, string principle, string extension)
    {
        var next = i == chapters ? 1 : i + 1;
        var b = new StringBuilder(4096);
        b.Append(WordBank.Paragraph(random, 30)).Append(" Read [the next chapter](").Append(Slug(next)).Append('.').Append(extension)
            .Append(") and [the numbers of chapter ").Append(linked).Append("](").Append(Slug(linked)).Append('.').Append(extension)
            .Append("#numbers-for-chapter-").Append(linked).Append("). ").Append(WordBank.Paragraph(random, 20)).Append("\n\n");
        b.Append("## Signals in chapter ").Append(i).Append("\n\n").Append(WordBank.Paragraph(random, 70)).Append("\n\n");
        for (var item = 0; item < 4; item++)
        {
            b.Append("- ").Append(WordBank.Sentence(random, 8)).Append('\n');
        }

        b.Append("\n## Numbers for chapter ").Append(i).Append("\n\n").Append(WordBank.Paragraph(random, 60)).Append("\n\n");
        b.Append("| Metric | Baseline | Result |\n| --- | ---: | ---: |\n");
        for (var row = 0; row < 3; row++)
        {
            b.Append("| ").Append(random.Pick(WordBank.Words)).Append(' ').Append(random.Pick(WordBank.Words)).Append(" | ")
                .Append(10 + random.Next(90)).Append("% | ").Append(10 + random.Next(90)).Append("% |\n");
        }

        b.Append("\n### Query for chapter ").Append(i).Append("\n\n```").Append(random.Pick(WordBank.CodeLanguages)).Append('\n');
        b.Append("select segment, count(*) as orders\nfrom sessions_").Append(i).Append("\nwhere day >= '2024-01-01'\ngroup by segment;\n```\n\n");
        b.Append(WordBank.Paragraph(random, 60)).Append(" See [the principle](../principles/").Append(principle).Append('.').Append(extension).Append(").\n\n");
        b.Append("## Wrap-up of chapter ").Append(i).Append("\n\n").Append(WordBank.Paragraph(random, 60)).Append('\n');
        return b.ToString();
    }

    private static string Bank(string principle, SeededRandom random)
    {
        var b = new StringBuilder();
        b.Append("principle: \"").Append(principle).Append("\"\nquestions:\n");
        for (var q = 1; q <= 2; q++)
        {
            b.Append("  - id: \"").Append(principle).Append("-0").Append(q).Append("\"\n    text: \"").Append(WordBank.Sentence(random, 12)).Append("\"\n");
            b.Append("    round: \"behavioural\"\n    level: \"L6\"\n    probes:\n");
            for (var i = 0; i < 3; i++)
            {
                b.Append("      - \"").Append(WordBank.Sentence(random, 8)).Append("\"\n");
            }

            b.Append("    strong_signals:\n      - \"").Append(WordBank.Sentence(random, 8)).Append("\"\n      - \"").Append(WordBank.Sentence(random, 8)).Append("\"\n");
            b.Append("    red_flags:\n      - \"").Append(WordBank.Sentence(random, 8)).Append("\"\n      - \"").Append(WordBank.Sentence(random, 8)).Append("\"\n");
        }

        return b.ToString();
    }

    private static void WriteOursConfig(string ours, int chapters, string themeFolder)
    {
        Save(Path.Combine(ours, "site.yml"),
            $"title: \"Synthetic guide ({chapters} chapters)\"\ndescription: \"A generated corpus for the build benchmark.\"\nlanguage: en\ncontent: content\ntheme: theme\n");
        CopyFolder(themeFolder, Path.Combine(ours, "theme"));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Writes UTF-8 text without a byte-order mark, creating folders as needed.</summary>
    public static void Save(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, s_utf8);
    }
}
