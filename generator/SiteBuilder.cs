using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using PmGuideSite.Config;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Html;
using PmGuideSite.Markdown;
using PmGuideSite.Markdown.Links;
using PmGuideSite.Output;
using PmGuideSite.Pages;
using PmGuideSite.Search;
using PmGuideSite.Templates;
using PmGuideSite.Validation;

namespace PmGuideSite;

/// <summary>A page after every stage: its output file, its element ids, and the text search will index.</summary>
/// <remarks>The final HTML is either already written to the staging folder (a build streams pages to disk as they are
/// rendered) or held as UTF-8 bytes, half the memory of strings; ids are found while rendering (in parallel); the
/// content fragment's HTML is dropped once the layout has used it, so only search's text stays.</remarks>
internal sealed record RenderedPage(PageJob Job, SiteFile Output, ProcessedHtml? Content, IReadOnlyList<AnchorLink> AnchorLinks,
    IReadOnlySet<string> Ids);

/// <summary>What a build produced: the site in memory (not yet written) and the loaded content.</summary>
/// <param name="FollowUp">Set when serve built with a cache: builds the files made from every page (print.html, the search
/// index, the sitemap), which <paramref name="Site"/> then lacks, so serve can write the pages and reload first. It
/// reports into the bag it is given and returns null on errors; it may run on another thread, and stops between its
/// steps (OperationCanceledException) when the token is cancelled.</param>
internal sealed record BuildResult(BuiltSite Site, ContentSet Content, IReadOnlyList<RenderedPage> Pages,
    Func<DiagnosticBag, CancellationToken, BuiltSite?>? FollowUp = null);

/// <summary>Runs the pipeline in order: Load → Validate → Markdown (final HTML) → Templates → Links → Search. Writing is separate.</summary>
internal static partial class SiteBuilder
{
    private static readonly System.Text.UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The generator's version, shown by --version and in the footer.</summary>
    public static string Version =>
        typeof(SiteBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Builds the whole site in memory; returns null when errors were reported.</summary>
    /// <param name="maxParallelism">Pages rendered at once; -1 uses every core, 1 renders on one thread (the output is the same).</param>
    /// <param name="externalLinks">When given, receives every address on another site the content links to, with its
    /// place (for <c>check --external</c>), also when the build fails.</param>
    /// <param name="stage">Takes each page's UTF-8 HTML as soon as it is rendered (a build writes it to the staging
    /// folder) and returns the file that stands for it; without it, pages are kept in memory.</param>
    public static BuildResult? Build(SiteConfig config, DiagnosticBag diagnostics, Action<string>? progress = null, bool forWriting = true,
        int maxParallelism = -1, Serve.BuildCache? cache = null, IPageStage? stage = null,
        System.Collections.Concurrent.ConcurrentBag<ExternalLink>? externalLinks = null)
    {
        var report = progress ?? (_ => { });
        var clock = Stopwatch.StartNew();

        var content = ContentLoader.Load(config, diagnostics, cache?.Content);
        report(Stage("load", $"{content.Principles.Count} principles, {content.Banks.Count} banks ({content.Questions.Count()} questions), {content.Chapters.Count} chapters, {content.Examples.Count} examples", clock));

        var rubric = Lint.RubricLoader.LoadForSite(config, diagnostics);
        var aliases = SearchAliases.LoadForSite(config, diagnostics) ?? [];
        CrossReferences.Check(content, diagnostics);
        report(Stage("validate", $"{diagnostics.ErrorCount} errors, {diagnostics.WarningCount} warnings", clock));

        // Every stage runs even after errors, so one run reports every problem: what failed to load has no page (and
        // PagePlanner leaves out pages whose references are broken), and the checks that depend on it skip it.

        var site = PagePlanner.SiteModelFor(config, content, Version);
        var contentFiles = content.Files;
        var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(), new LinkResolver(contentFiles, content.Unloaded.Files));
        var jobs = PagePlanner.Plan(config, content).ToList();
        var templates = new TemplateRenderer(Theme.For(config), diagnostics);

        // print.html is written while the pages render, from the bodies they render (PrintStreamer). With a cache
        // (serve), it is left to the follow-up: it holds every chapter, so every edit changes it.
        var printJob = cache is null ? PrintPage.Job(content, markdown, diagnostics, maxParallelism) : null;
        var print = printJob is null ? null : StartPrint(config, printJob, site, templates, stage);
        var order = print?.Order(jobs) ?? Enumerable.Range(0, jobs.Count).ToArray();

        cache?.BeginRender(config, site, contentFiles);
        var pages = new RenderedPage?[jobs.Count];
        var assets = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var next = -1;
        // Pages are taken in `order`, one at a time, by as many workers as cores; the output does not depend on which
        // worker renders which page.
        Parallel.For(0, maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount, _ =>
        {
            for (var k = Interlocked.Increment(ref next); k < order.Length; k = Interlocked.Increment(ref next))
            {
                var i = order[k];
                pages[i] = cache is null
                    ? RenderPage(config, jobs[i], site, markdown, templates, assets, diagnostics, null, stage, print, externalLinks)
                    : cache.Pages.Render(jobs[i], assets, diagnostics,
                        (found, bag) => RenderPage(config, jobs[i], site, markdown, templates, found, bag, cache.Bodies, stage, null, externalLinks));
            }
        });
        cache?.EndRender();
        if (printJob is not null)
        {
            pages = [.. pages, print?.Finish()];
        }

        report(Stage("render", $"{pages.Length} pages", clock));

        var rendered = pages.OfType<RenderedPage>().ToList();
        var pagelessLinks = CheckPagelessBodies(content, jobs, markdown, diagnostics, externalLinks);
        CheckAnchors(rendered, pagelessLinks, IncompletePages(content, rendered, diagnostics), diagnostics);
        report(Stage("links", $"{rendered.Sum(p => p.AnchorLinks.Count) + pagelessLinks.Count} anchors checked", clock));

        var output = new BuiltSite();
        if (cache is null)
        {
            AddDerived(output, config, content, rendered, aliases, report, clock);
        }

        var npmFiles = forWriting ? NpmPackages.FindAll(config.RootDirectory, diagnostics, report) : null;

        output.Add(OutputGuard.MarkerName, new SiteFile.Text(OutputGuard.MarkerText));
        output.Add(Lint.RubricScript.OutputPath, new SiteFile.Text(Lint.RubricScript.Write(rubric ?? new Lint.Rubric(Lint.Rubric.CurrentVersion, []))));
        output.Add(StudyData.OutputPath, new SiteFile.Text(StudyData.Write(content)));
        output.Add(StudyData.IndexOutputPath, new SiteFile.Text(StudyData.WriteIndex(content)));
        output.Add(OfflineApp.ManifestPath, new SiteFile.Text(OfflineApp.Manifest(site)));
        if (npmFiles is not null && !diagnostics.HasErrors)
        {
            foreach (var file in NpmPackages.Files)
            {
                output.Add(file.OutputPath, new SiteFile.Copy(npmFiles[file.OutputPath]));
            }
        }

        foreach (var page in rendered)
        {
            output.Add(page.Job.OutputPath, page.Output);
        }

        foreach (var (path, full) in Theme.For(config).Assets(diagnostics))
        {
            output.Add($"assets/{path}", new SiteFile.Copy(full));
        }

        // A content file is published at its own path, so it must never take the place of a file the build makes
        // (a theme script, the search index): the allow-list keeps out scripts and pages, this keeps out the rest.
        foreach (var asset in assets.Keys.Order(StringComparer.Ordinal))
        {
            if (output.Contains(asset))
            {
                diagnostics.Error(DiagnosticCodes.OutputCollision,
                    $"this file would be published as '{asset}', which the build already writes from {OriginOf(config, asset)}; move or rename the file",
                    SourceSpan.FileOnly(Text.DisplayPath.For(Path.Combine(config.ContentDirectory, asset))));
                continue;
            }

            output.Add(asset, new SiteFile.Copy(Path.Combine(config.ContentDirectory, asset)));
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Last, as it covers every other file. Serve writes none: a cache in front of the pages would hide each edit.
        if (cache is null)
        {
            output.Add(OfflineApp.WorkerPath, new SiteFile.Text(OfflineApp.Worker(output)));
        }

        return cache is null
            ? new BuildResult(output, content, rendered)
            : new BuildResult(output, content, rendered, (bag, cancel) => FollowUp(config, content, site, contentFiles, markdown, rendered, aliases, cache, bag, cancel));
    }

    /// <summary>The files made from every page: the search index and the sitemap.</summary>
    private static void AddDerived(BuiltSite output, SiteConfig config, ContentSet content, IReadOnlyList<RenderedPage> pages,
        IReadOnlyList<SearchAlias> aliases, Action<string> report, Stopwatch clock)
    {
        var searchDocuments = SearchDocumentCollector.Collect(content, pages);
        var searchScripts = SearchIndexWriter.WriteAscii(searchDocuments, aliases);
        output.Add("search/words.js", new SiteFile.Text(SearchExtras.WordsScript(searchDocuments)));
        report(Stage("search", $"{searchDocuments.Count} documents, index {searchScripts.Index.Length / 1024} KiB"
            + $" + {searchScripts.Chunks.Count} chunks {searchScripts.Chunks.Sum(c => (long)c.Length) / 1024} KiB,"
            + $" store {searchScripts.Store.Count} blocks {searchScripts.Store.Sum(c => (long)c.Length) / 1024} KiB", clock));
        output.Add("search/index.js", new SiteFile.Utf8(searchScripts.Index));
        for (var chunk = 0; chunk < searchScripts.Chunks.Count; chunk++)
        {
            output.Add(string.Create(CultureInfo.InvariantCulture, $"search/index-{chunk}.js"), new SiteFile.Utf8(searchScripts.Chunks[chunk]));
        }

        for (var block = 0; block < searchScripts.Store.Count; block++)
        {
            output.Add(string.Create(CultureInfo.InvariantCulture, $"search/store-{block}.js"), new SiteFile.Utf8(searchScripts.Store[block]));
        }
        if (config.BaseUrl is { } baseUrl)
        {
            output.Add("sitemap.xml", new SiteFile.Text(Sitemap.Write(baseUrl, pages.Select(p => p.Job.OutputPath).Where(p => p != "404.html"))));
            output.Add("robots.txt", new SiteFile.Text(Sitemap.RobotsTxt(baseUrl)));
        }
    }

    /// <summary>Serve's second step after a build with a cache: print.html, then <see cref="AddDerived"/>. It uses only the
    /// build's immutable results, its own template renderer and diagnostics, and the cache's print bodies.</summary>
    private static BuiltSite? FollowUp(SiteConfig config, ContentSet content, SiteModel site, IReadOnlySet<string> contentFiles,
        MarkdownRenderer markdown, IReadOnlyList<RenderedPage> rendered, IReadOnlyList<SearchAlias> aliases, Serve.BuildCache cache,
        DiagnosticBag diagnostics, CancellationToken cancel)
    {
        cache.PrintBodies.BeginBuild(contentFiles);
        // One thread: the follow-up runs at low priority and must not take the cores from the next rebuild.
        var job = PrintPage.Job(content, markdown, diagnostics, maxParallelism: 1, cache: cache.PrintBodies);
        cancel.ThrowIfCancellationRequested();
        var templates = new TemplateRenderer(Theme.For(config), diagnostics);
        // No page offers its body here: every body is rendered (or found in the cache) as the page is written, so the
        // cache is trimmed after it.
        var print = StartPrint(config, job, site, templates, stage: null)?.Finish();
        cache.PrintBodies.EndBuild();
        if (print is null || diagnostics.HasErrors)
        {
            return null;
        }

        cancel.ThrowIfCancellationRequested();
        var output = new BuiltSite();
        output.Add(print.Job.OutputPath, print.Output);
        AddDerived(output, config, content, [.. rendered, print], aliases, _ => { }, Stopwatch.StartNew());
        return output;
    }

    private static RenderedPage? RenderPage(SiteConfig config, PageJob job, SiteModel site, MarkdownRenderer markdown, TemplateRenderer templates,
        System.Collections.Concurrent.ConcurrentDictionary<string, byte> assets, DiagnosticBag diagnostics, Serve.RenderCache? cache,
        IPageStage? stage, PrintStreamer? print, System.Collections.Concurrent.ConcurrentBag<ExternalLink>? externalLinks)
    {
        ProcessedHtml? processed = null;
        IReadOnlyList<AnchorLink> anchorLinks = [];
        if (job.Source is { } source)
        {
            var (result, done) = cache is null
                ? Fresh(markdown.Render(source, job.OutputPath, diagnostics), job.Title)
                : cache.Render(source, job.OutputPath, job.Title, markdown, diagnostics);
            processed = done;
            anchorLinks = result.AnchorLinks;
            Keep(externalLinks, result);
            foreach (var asset in result.Assets)
            {
                assets.TryAdd(asset, 0);
            }

            print?.Offer(source, job.OutputPath, done.Html);
        }

        var html = Template(config, job, site, templates, processed);
        if (html is null)
        {
            return null;
        }

        var utf8 = s_utf8.GetBytes(html);
        var output = stage is null ? new SiteFile.Utf8(utf8) : stage.Stage(job.OutputPath, utf8);
        return new RenderedPage(job, output, processed is null ? null : processed with { Html = string.Empty }, anchorLinks, IdsOf(html));
    }

    // print.html's page around its bodies, templated and ready for them; null (after reporting) when a template failed.
    private static PrintStreamer? StartPrint(SiteConfig config, PageJob job, SiteModel site, TemplateRenderer templates, IPageStage? stage) =>
        job.View is PrintView { Bodies: { } bodies } && Template(config, job, site, templates, null) is { } frame
            ? PrintStreamer.Start(job, bodies, frame, stage)
            : null;

    // The page's HTML from its layout inside the base layout; null (after reporting) when a template failed.
    private static string? Template(SiteConfig config, PageJob job, SiteModel site, TemplateRenderer templates, ProcessedHtml? processed)
    {
        var root = job.Kind == "404" && site.BaseUrl is { } baseUrl ? baseUrl : SitePaths.RootPrefix(job.OutputPath);
        var page = new PageModel(job.Kind, job.Title, job.Description, job.OutputPath, root, processed?.Html ?? string.Empty,
            processed?.Toc ?? [], job.Prev, job.Next, job.View);
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = site, ["page"] = page, ["edit_url"] = EditLinks.For(config, job),
            ["sharing"] = SharingMetadata.For(site, job) };
        var body = templates.Render(job.Layout, globals);
        if (body is null)
        {
            return null;
        }

        globals["content"] = body;
        return templates.Render("base", globals);
    }

    // Where a generated file comes from, for the collision message: a theme asset, or the build itself.
    private static string OriginOf(SiteConfig config, string outputPath) =>
        outputPath.StartsWith("assets/", StringComparison.Ordinal) && Theme.For(config).Find(outputPath) is { } themeFile
            ? $"the theme ('{Text.DisplayPath.For(themeFile)}')"
            : "the generator (a page, the search index or the study data)";

    private static (RenderedMarkdown, ProcessedHtml) Fresh(RenderedMarkdown markdown, string title) => (markdown, markdown.ForPage(title));

    /// <summary>
    /// Renders, for their diagnostics only, the bodies that get no page: files that failed to load, and examples left
    /// out for a broken reference. Their problems are independent of what failed; their links to anchors are returned.
    /// </summary>
    private static List<AnchorLink> CheckPagelessBodies(ContentSet content, IReadOnlyList<PageJob> jobs, MarkdownRenderer markdown,
        DiagnosticBag diagnostics, System.Collections.Concurrent.ConcurrentBag<ExternalLink>? externalLinks)
    {
        var planned = jobs.Select(j => j.OutputPath).ToHashSet(StringComparer.Ordinal);
        var bodies = content.Unloaded.Bodies.Concat(content.Examples.Where(e => !planned.Contains($"examples/{e.Slug}.html")).Select(e => e.Source));
        var links = new List<AnchorLink>();
        foreach (var body in bodies)
        {
            var result = markdown.Render(body, SitePaths.OutputFor(body.RelativePath) ?? body.RelativePath, diagnostics);
            links.AddRange(result.AnchorLinks);
            Keep(externalLinks, result);
        }

        return links;
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentBag<ExternalLink>? externalLinks, RenderedMarkdown result)
    {
        if (externalLinks is null)
        {
            return;
        }

        foreach (var link in result.ExternalLinks)
        {
            externalLinks.Add(link);
        }
    }

    /// <summary>
    /// Pages that lack sections because of an error already reported: a body too deeply nested to render, or a question
    /// bank with an error (each drops a question or the list). A link to a section of one of them is not checked.
    /// </summary>
    private static HashSet<string> IncompletePages(ContentSet content, IReadOnlyList<RenderedPage> pages, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCodesByFile();
        var incomplete = pages.Where(p => p.Job.Source is { } source && errors[source.DisplayPath].Contains(DiagnosticCodes.TooDeep))
            .Select(p => p.Job.OutputPath).ToHashSet(StringComparer.Ordinal);
        incomplete.UnionWith(content.Banks.Where(b => errors.Contains(b.DisplayPath)).Select(b => $"questions/{b.PrincipleId}.html"));
        return incomplete;
    }

    private static void CheckAnchors(IReadOnlyList<RenderedPage> pages, IReadOnlyList<AnchorLink> pagelessLinks, IReadOnlySet<string> incomplete,
        DiagnosticBag diagnostics)
    {
        // A link to a page that was not rendered (it failed), or to one missing sections for an error, cannot be checked:
        // that depends on the failure.
        var idsByPage = pages.Where(p => !incomplete.Contains(p.Job.OutputPath)).ToDictionary(p => p.Job.OutputPath, p => p.Ids, StringComparer.Ordinal);
        foreach (var links in pages.Select(p => p.AnchorLinks).Append(pagelessLinks))
        {
            foreach (var link in links)
            {
                if (idsByPage.TryGetValue(link.TargetOutputPath, out var ids) && !ids.Contains(link.Anchor))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenAnchor,
                        $"'{link.TargetOutputPath}' has no section '#{link.Anchor}'{Text.Suggest.Hint(link.Anchor, ids)}", link.Span);
                }
            }
        }
    }

    /// <summary>Every id attribute of a generated page (our output always double-quotes attributes).</summary>
    public static HashSet<string> IdsOf(string html) =>
        IdAttribute().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    private static string Stage(string name, string counts, Stopwatch clock)
    {
        var line = $"  {name,-9} {counts} ({clock.ElapsedMilliseconds} ms)";
        clock.Restart();
        return line;
    }
}
