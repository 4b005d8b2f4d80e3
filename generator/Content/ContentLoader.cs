using System.Text.RegularExpressions;
using PmGuideSite.Config;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Content;

/// <summary>Discovers and reads every content file, keeping source positions; problems become diagnostics.</summary>
internal static partial class ContentLoader
{
    /// <summary>Loads chapters, principles, question banks and examples from the site's content folder.</summary>
    /// <param name="config">The site.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="cache">In serve, remembers each file's result so an unchanged file is not read and parsed again.</param>
    public static ContentSet Load(SiteConfig config, DiagnosticBag diagnostics, IContentFileCache? cache = null)
    {
        var root = config.ContentDirectory;

        // List every file (links between pages resolve against the list), reporting looping, dangling and escaping links
        // anywhere under content/ once, before any file is opened.
        var unloaded = new UnloadedBuilder();
        var files = ContentFiles.List(root, config.RootDirectory, diagnostics, unloaded.Files);
        var realSiteRoot = RealPath.Resolve(config.RootDirectory) ?? config.RootDirectory;
        var principles = LoadMarkdown(root, realSiteRoot, files, "principles", diagnostics, LoadPrinciple, cache, unloaded, unloaded.Principles)
            .OrderBy(p => p.Order).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var banks = new List<QuestionBank>();
        foreach (var file in ListFiles(root, realSiteRoot, files, "questions", [".yml", ".yaml"], diagnostics))
        {
            var loaded = cache is null ? LoadBank(file, diagnostics) : cache.Load(file.FullPath, diagnostics, bag => LoadBank(file, bag));
            unloaded.Questions.UnionWith(loaded?.FailedQuestions ?? []);
            if (loaded?.Bank is { } bank)
            {
                banks.Add(bank);
            }
            else
            {
                unloaded.Banks.Add(file.Slug);
            }
        }

        var chapters = LoadMarkdown(root, realSiteRoot, files, "chapters", diagnostics, LoadChapter, cache, unloaded, [])
            .OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        var examples = LoadMarkdown(root, realSiteRoot, files, "examples", diagnostics, LoadExample, cache, unloaded, unloaded.Examples)
            .OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();
        return new ContentSet(principles, banks, chapters, examples) { Files = files, Unloaded = unloaded.Build() };
    }

    /// <summary>Ids are lowercase kebab-case so they are safe as file names, URLs and anchors.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private static List<T> LoadMarkdown<T>(string root, string realSiteRoot, IReadOnlySet<string> listed, string folder, DiagnosticBag diagnostics,
        Func<ContentFile, YamlFields, MarkdownSource, T?> read, IContentFileCache? cache, UnloadedBuilder unloaded, HashSet<string> failedNames)
        where T : class
    {
        // Files are read and parsed in parallel (a 10,000-chapter site spent seconds here on one core); the array keeps
        // the files' order, and diagnostics are sorted before anyone sees them. The serve cache is thread-safe.
        var files = ListFiles(root, realSiteRoot, listed, folder, [".md"], diagnostics).ToList();
        var loaded = new LoadedFile<T>?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            loaded[i] = cache is null
                ? LoadMarkdownFile(file, folder, read)
                : cache.Load(file.FullPath, diagnostics, bag => LoadMarkdownFile(file with { Diagnostics = bag }, folder, read));
        });

        // A file that failed is still known by name (so references to it are not reported again as unknown), and its
        // body, when the front matter could be read, is still checked for Markdown and link problems.
        for (var i = 0; i < files.Count; i++)
        {
            if (loaded[i]?.Item is null)
            {
                failedNames.Add(files[i].Slug);
                if (loaded[i]?.Body is { } body)
                {
                    unloaded.Bodies.Add(body);
                }
            }
        }

        return loaded.Select(l => l?.Item).OfType<T>().ToList();
    }

    private static LoadedFile<T>? LoadMarkdownFile<T>(ContentFile file, string folder, Func<ContentFile, YamlFields, MarkdownSource, T?> read)
        where T : class
    {
        var text = SourceText.Read(file.FullPath, file.DisplayPath, file.Diagnostics);
        if (text is null)
        {
            return null;
        }

        var what = folder switch
        {
            "principles" => "a principle page",
            "chapters" => "a chapter",
            _ => "a worked example",
        };
        if (FrontMatter.Split(text, file.DisplayPath, what, file.Diagnostics) is not { } split)
        {
            return null;
        }

        var source = new MarkdownSource(file.DisplayPath, file.RelativePath, split.Body, split.BodyFirstLine);
        var item = read(file, split.Fields, source);
        split.Fields.ReportUnknown();
        return new LoadedFile<T>(item, source);
    }

    private static Principle? LoadPrinciple(ContentFile file, YamlFields fields, MarkdownSource source)
    {
        var id = fields.RequiredString("id");
        var name = fields.RequiredString("name");
        var order = fields.RequiredInt("order");
        var summary = fields.RequiredString("summary");
        var probes = fields.StringList("probes", required: true, minCount: 1);
        var signals = fields.StringList("strong_signals", required: true, minCount: 1);
        var flags = fields.StringList("red_flags", required: true, minCount: 1);
        if (id is not null && !CheckId(id, fields.SpanOfField("id"), file.Diagnostics))
        {
            return null;
        }

        if (id is not null && id != file.Slug)
        {
            file.Diagnostics.Error(DiagnosticCodes.InvalidId,
                $"the principle id '{id}' must match its file name '{file.Slug}.md' (rename one of them)", fields.SpanOfField("id"));
            return null;
        }

        if (id is null || name is null || order is null || summary is null)
        {
            return null;
        }

        return new Principle(id, name, order.Value, summary, Values(probes), Values(signals), Values(flags), source, fields.Start);
    }

    private static Chapter? LoadChapter(ContentFile file, YamlFields fields, MarkdownSource source)
    {
        var title = fields.RequiredString("title");
        var summary = fields.RequiredString("summary");
        var order = fields.RequiredInt("order");
        var principles = fields.StringList("principles", required: false);
        if (!CheckId(file.Slug, new SourceSpan(file.DisplayPath, 1, 1), file.Diagnostics, isFileName: true))
        {
            return null;
        }

        return title is null || summary is null || order is null
            ? null
            : new Chapter(file.Slug, title, summary, order.Value, principles, source, fields.Start);
    }

    private static Example? LoadExample(ContentFile file, YamlFields fields, MarkdownSource source)
    {
        var title = fields.RequiredString("title");
        var summary = fields.RequiredString("summary");
        var principle = fields.RequiredString("principle");
        var question = fields.RequiredString("question");
        var diveDeep = fields.OptionalBool("dive_deep", false);
        var metrics = fields.StringList("metrics", required: false);
        if (!CheckId(file.Slug, new SourceSpan(file.DisplayPath, 1, 1), file.Diagnostics, isFileName: true))
        {
            return null;
        }

        return title is null || summary is null || principle is null || question is null
            ? null
            : new Example(file.Slug, title, summary,
                new Located<string>(principle, fields.SpanOfField("principle")),
                new Located<string>(question, fields.SpanOfField("question")),
                diveDeep, Values(metrics), source, fields.Start);
    }

    private static LoadedBank? LoadBank(ContentFile file, DiagnosticBag diagnostics)
    {
        var text = SourceText.Read(file.FullPath, file.DisplayPath, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, "the question bank is empty; it needs 'principle:' and a 'questions:' list",
                new SourceSpan(file.DisplayPath, 1, 1));
            return null;
        }

        var node = YamlText.Parse(text, file.DisplayPath, 1, diagnostics);
        if (node is not YamlMappingNode mapping)
        {
            if (node is not null)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, "a question bank must be a set of fields: 'principle:' and 'questions:'",
                    YamlText.At(file.DisplayPath, node.Start, 1));
            }

            return null;
        }

        var fields = new YamlFields(mapping, file.DisplayPath, 1, diagnostics, "the question bank");
        var principle = fields.RequiredString("principle");
        var questionNodes = fields.MappingList("questions");
        fields.ReportUnknown();
        var principleFits = principle == file.Slug;
        if (principle is not null && !principleFits)
        {
            diagnostics.Error(DiagnosticCodes.PrincipleMismatch,
                $"this bank says principle '{principle}' but its file is '{file.Slug}.yml'; a bank's file is named after its principle",
                fields.SpanOfField("principle"));
        }

        // The questions are checked even when the bank itself cannot be used, so one run reports their problems too.
        var questions = new List<Question>();
        var failed = new List<string>();
        foreach (var questionNode in questionNodes)
        {
            var q = new YamlFields(questionNode, file.DisplayPath, 1, diagnostics, "a question");
            var id = q.RequiredString("id");
            var questionText = q.RequiredString("text");
            var round = q.RequiredChoice("round", ContentVocabulary.Rounds);
            var level = q.RequiredChoice("level", ContentVocabulary.Levels);
            var probes = q.StringList("probes", required: true, minCount: 3);
            var signals = q.StringList("strong_signals", required: true, minCount: 2);
            var flags = q.StringList("red_flags", required: true, minCount: 2);
            var examples = q.StringList("examples", required: false, allowScalar: true);
            q.ReportUnknown();
            if (id is null || !CheckId(id, q.SpanOfField("id"), diagnostics) || questionText is null || round is null || level is null || !principleFits)
            {
                if (id is not null)
                {
                    failed.Add(id);
                }

                continue;
            }

            questions.Add(new Question(id, file.Slug, questionText, round, level, Values(probes), Values(signals), Values(flags), examples, q.Start));
        }

        return new LoadedBank(principleFits ? new QuestionBank(new Located<string>(file.Slug, fields.SpanOfField("principle")), questions, file.DisplayPath) : null,
            failed);
    }

    /// <summary>The longest id: file names, output paths and staging paths stay far below every file system's limits.</summary>
    public const int MaxIdLength = 80;

    // Names Windows cannot hold as files (whatever the extension), so a site with them cannot be checked out there.
    private static readonly string[] s_reservedNames = ["con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"];

    /// <summary>Why <paramref name="id"/> cannot be an id (a phrase that follows "the id 'x'"), or null when it can.</summary>
    public static string? IdProblem(string id) =>
        id.Length > MaxIdLength ? $"is {id.Length} characters long; ids may have at most {MaxIdLength}"
        : s_reservedNames.Contains(id, StringComparer.Ordinal) ? "cannot be used: Windows reserves it for a device, so the site could not be checked out there; pick another name"
        : IsValidId(id) ? null
        : $"is not a valid id: use lowercase letters, digits and single hyphens (for example '{Slugify(id)}')";

    private static bool CheckId(string id, SourceSpan span, DiagnosticBag diagnostics, bool isFileName = false)
    {
        if (IdProblem(id) is not { } problem)
        {
            return true;
        }

        var what = isFileName ? $"the file name '{Shorten(id)}'" : $"the id '{Shorten(id)}'";
        diagnostics.Error(DiagnosticCodes.InvalidId, $"{what} {problem}", span);
        return false;
    }

    private static string Shorten(string id) => id.Length > 40 ? id[..40] + "…" : id;

    private static string Slugify(string value)
    {
        var chars = value.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "my-page" : slug;
    }

    private static List<string> Values(IReadOnlyList<Located<string>> items) => items.Select(i => i.Value).ToList();

    private static IEnumerable<ContentFile> ListFiles(string root, string realSiteRoot, IReadOnlySet<string> listed, string folder, string[] extensions,
        DiagnosticBag diagnostics)
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        string[] paths;
        try
        {
            // Top level only: content folders are flat, and not recursing means symlink loops cannot trap the build.
            paths = Directory.GetFiles(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, $"cannot list the folder: {ex.Message}", SourceSpan.FileOnly(DisplayPath.For(directory)));
            return [];
        }

        // Unsafe links were reported by ContentFiles, whose listing leaves them out. A folder that is no link and lies inside
        // the site was listed there in full (hidden files aside), so its files are looked up in the listing instead of being
        // resolved one by one; the files of a linked folder are.
        var walked = new DirectoryInfo(directory).LinkTarget is null && RealPath.Resolve(directory) is { } real && RealPath.IsInside(real, realSiteRoot);

        // A file shows as its folder does, plus its name (the same as DisplayPath.For on each, without a lookup of the
        // current directory per file).
        var shownFolder = DisplayPath.For(directory);
        string Shown(string path) => Path.IsPathRooted(shownFolder) ? DisplayPath.For(path)
            : shownFolder == "." ? Path.GetFileName(path) : $"{shownFolder}/{Path.GetFileName(path)}";
        foreach (var odd in paths.Where(p => !extensions.Contains(Path.GetExtension(p), StringComparer.Ordinal)
            && extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            // 'extra.MD' is skipped like any other file, but it is surely meant as a page: say so instead of staying silent.
            diagnostics.Warning(DiagnosticCodes.UnknownExtension,
                $"'{Path.GetFileName(odd)}' is not read: only files ending in {string.Join(" or ", extensions.Select(e => $"'{e}'"))} (lower case) are; rename it to '{Path.GetFileNameWithoutExtension(odd)}{Path.GetExtension(odd).ToLowerInvariant()}'",
                SourceSpan.FileOnly(Shown(odd)));
        }

        return paths
            .Where(p => extensions.Contains(Path.GetExtension(p), StringComparer.Ordinal))
            .Where(p => walked && !Path.GetFileName(p).StartsWith('.')
                ? listed.Contains($"{folder}/{Path.GetFileName(p)}")
                : ContentFiles.Problem(p, realSiteRoot) is null)
            .Order(StringComparer.Ordinal)
            .Select(p => new ContentFile(p, Shown(p), $"{folder}/{Path.GetFileName(p)}", Path.GetFileNameWithoutExtension(p), diagnostics))
            .ToList();
    }

    /// <summary>What loading one Markdown file gave: the item, or null when it failed; the body when the front matter could be read.</summary>
    private sealed record LoadedFile<T>(T? Item, MarkdownSource Body)
        where T : class;

    /// <summary>What loading one question bank gave: the bank, or null when it cannot be used; the ids of questions that failed.</summary>
    private sealed record LoadedBank(QuestionBank? Bank, IReadOnlyList<string> FailedQuestions);

    /// <summary>Collects <see cref="UnloadedContent"/> while loading.</summary>
    private sealed class UnloadedBuilder
    {
        public HashSet<string> Principles { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Banks { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Questions { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Examples { get; } = new(StringComparer.Ordinal);

        public List<MarkdownSource> Bodies { get; } = [];

        public SortedSet<string> Files { get; } = new(StringComparer.Ordinal);

        public UnloadedContent Build() =>
            new(Principles, Banks, Questions, Examples, [.. Bodies.OrderBy(b => b.RelativePath, StringComparer.Ordinal)]) { Files = Files };
    }

    /// <summary>A discovered file: where it is, how to show it, and its slug.</summary>
    private sealed record ContentFile(string FullPath, string DisplayPath, string RelativePath, string Slug, DiagnosticBag Diagnostics);
}
