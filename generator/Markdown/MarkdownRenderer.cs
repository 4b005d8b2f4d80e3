using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using SourceSpan = PmGuideSite.Diagnostics.SourceSpan;
using PmGuideSite.Html;
using PmGuideSite.Markdown.Containers;
using PmGuideSite.Markdown.Links;
using PmGuideSite.Markdown.Rendering;
using PmGuideSite.Text;

namespace PmGuideSite.Markdown;

/// <summary>
/// Renders a Markdown body to its final HTML, table of contents and section texts: links rewritten and checked,
/// containers validated, raw HTML sanitised.
/// </summary>
internal sealed partial class MarkdownRenderer(MarkdownPipeline pipeline, LinkResolver links)
{
    /// <summary>Nesting deeper than this is refused: no study page needs it, and it protects the parser's stack.</summary>
    public const int MaxNesting = 64;

    /// <summary>Renders <paramref name="source"/> for the page at <paramref name="outputPath"/>.</summary>
    public RenderedMarkdown Render(MarkdownSource source, string outputPath, DiagnosticBag diagnostics)
    {
        if (DeepestNesting(source.Body) is { } deep)
        {
            diagnostics.Error(DiagnosticCodes.TooDeep,
                $"lists or block quotes are nested more than {MaxNesting} levels deep here; flatten them",
                new SourceSpan(source.DisplayPath, deep + source.BodyFirstLine, 1));
            return RenderedMarkdown.Empty;
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source.Body, pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return TooDeeplyNested(source, diagnostics);
        }

        var anchors = new List<AnchorLink>();
        var assets = new List<string>();
        var external = new List<ExternalLink>();
        HtmlBlock? firstRawBlock = null;
        HtmlInline? firstRawInline = null;
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is { } attributes)
            {
                RestrictAttributes(source, node, attributes, diagnostics);
            }

            switch (node)
            {
                case HeadingBlock { Level: 1 } heading:
                    diagnostics.Warning(DiagnosticCodes.HeadingLevel,
                        "use '##' for section headings; the page title (the only level-1 heading) comes from the front matter",
                        At(source, heading.Line, heading.Column));
                    break;
                case CustomContainer container when !StudyContainers.Known.ContainsKey(container.Info ?? string.Empty):
                    diagnostics.Error(DiagnosticCodes.UnknownContainer,
                        $"unknown container '::: {container.Info}'{Suggest.Hint(container.Info ?? string.Empty, StudyContainers.Known.Keys)}; known: {string.Join(", ", StudyContainers.Known.Keys)}",
                        At(source, container.Line, container.Column));
                    break;
                case LinkInline link when link.Url is not null:
                    RewriteLink(source, outputPath, link, anchors, assets, external, diagnostics);
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    // '<scheme:...>' is a link too: the same policy as '[text](url)', or '<javascript:...>' would slip past it.
                    CheckAutolink(source, outputPath, autolink, external, diagnostics);
                    break;
                case HtmlBlock block:
                    firstRawBlock ??= block;
                    external.AddRange(RawHtmlLinks.External(block.Lines.ToString(), At(source, block.Line, block.Column)));
                    break;
                case HtmlInline inline:
                    firstRawInline ??= inline;
                    external.AddRange(RawHtmlLinks.External(inline.Tag, At(source, inline.Line, inline.Column)));
                    break;
            }
        }

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        try
        {
            renderer.Render(document);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return TooDeeplyNested(source, diagnostics);
        }

        var html = writer.ToString();
        if (firstRawBlock is null && firstRawInline is null)
        {
            var (toc, sections) = ContentOutline.Of(document);
            return new RenderedMarkdown(html, toc, sections, anchors, assets, external);
        }

        var span = firstRawBlock is not null
            ? At(source, firstRawBlock.Line, firstRawBlock.Column)
            : At(source, firstRawInline!.Line, firstRawInline.Column);
        var processed = SanitizeRawHtml(html, span, diagnostics);
        return new RenderedMarkdown(processed.Html, processed.Toc, processed.Sections, anchors, assets, external);
    }

    // Raw HTML: the sanitiser parses the body anyway, so the table of contents and section texts come from its tree.
    // A method of its own, so that a site without raw HTML never loads AngleSharp and HtmlSanitizer at all.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProcessedHtml SanitizeRawHtml(string html, SourceSpan span, DiagnosticBag diagnostics)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var processed = HtmlPostProcessor.Process(ContentSanitizer.Sanitize(html, what => removed.Add(what)));
        foreach (var what in removed)
        {
            diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, $"raw HTML: {what} was removed (scripts, event handlers, styles and unsafe links never reach readers)", span);
        }

        return processed;
    }

    // Markdig stops at its own depth limit (brackets, emphasis, links or containers inside each other) without a position.
    private static RenderedMarkdown TooDeeplyNested(MarkdownSource source, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCodes.TooDeep,
            "the Markdown is nested too deeply (brackets, links, emphasis or containers inside each other); simplify it",
            new SourceSpan(source.DisplayPath, source.BodyFirstLine, 1));
        return RenderedMarkdown.Empty;
    }

    private void RewriteLink(MarkdownSource source, string outputPath, LinkInline link, List<AnchorLink> anchors, List<string> assets,
        List<ExternalLink> external, DiagnosticBag diagnostics)
    {
        var span = At(source, link.Line, link.Column);
        switch (links.Resolve(source.RelativePath, outputPath, link.Url!))
        {
            case LinkTarget.Page page:
                link.Url = page.Url;
                if (page.Anchor is { Length: > 0 } anchor)
                {
                    anchors.Add(new AnchorLink(page.OutputPath, anchor, span));
                }

                break;
            case LinkTarget.Asset asset:
                link.Url = asset.Url;
                assets.Add(asset.ContentRelativePath);
                break;
            case LinkTarget.External ext:
                external.Add(new ExternalLink(ext.Url, span));
                break;
            case LinkTarget.Broken broken:
                diagnostics.Error(broken.Code, broken.Message, span);
                link.Url = "#";
                break;
            case LinkTarget.Refused:
                link.Url = "#";
                break;
        }
    }

    // '{#id .class key=value}' (generic attributes) may set an id and classes of the shapes headings get anyway; any
    // other attribute could carry script or a style, so it is removed. Ids keep the lower-case shape generated ids
    // have, so none can take the name of a script's global (PMGUIDE_SEARCH); search.js also tests its globals by a
    // property only the script gives them.
    private static void RestrictAttributes(MarkdownSource source, MarkdownObject node, HtmlAttributes attributes,
        DiagnosticBag diagnostics)
    {
        // aria-label is set by the task-list renderer (TaskListLabels) and cannot run anything, so it may stay.
        if (attributes.Properties?.Where(p => p.Key != "aria-label").ToList() is { Count: > 0 } properties)
        {
            diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved,
                $"the attribute{(properties.Count == 1 ? string.Empty : "s")} {string.Join(", ", properties.Select(p => $"'{p.Key}'"))} in '{{...}}' {(properties.Count == 1 ? "was" : "were")} removed: only an id ('{{#my-id}}') and classes ('{{.my-class}}') may be set this way",
                At(source, node.Line, node.Column));
            attributes.Properties!.RemoveAll(p => p.Key != "aria-label");
        }

        if (attributes.Id is { } id && !ExplicitId().IsMatch(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId,
                $"the id '{id}' cannot be used: write it in lower case with letters, digits and hyphens, as generated ids are",
                At(source, node.Line, node.Column));
            // A safe id in its place keeps the heading a section, as the outline and the page both expect.
            attributes.Id = "section-" + Slug().Replace(id.ToLowerInvariant(), "-").Trim('-');
        }

        if (attributes.Classes is { Count: > 0 } classes && classes.Any(c => !ExplicitClass().IsMatch(c)))
        {
            diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, "classes in '{...}' may hold only lower-case letters, digits and hyphens; the others were removed",
                At(source, node.Line, node.Column));
            classes.RemoveAll(c => !ExplicitClass().IsMatch(c));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}_-]+$")]
    private static partial System.Text.RegularExpressions.Regex ExplicitId();

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{Ll}\p{Lo}\p{Nd}_-]+")]
    private static partial System.Text.RegularExpressions.Regex Slug();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z0-9_-]+$")]
    private static partial System.Text.RegularExpressions.Regex ExplicitClass();

    private void CheckAutolink(MarkdownSource source, string outputPath, AutolinkInline autolink, List<ExternalLink> external, DiagnosticBag diagnostics)
    {
        switch (links.Resolve(source.RelativePath, outputPath, autolink.Url))
        {
            case LinkTarget.External ext:
                external.Add(new ExternalLink(ext.Url, At(source, autolink.Line, autolink.Column)));
                break;
            case LinkTarget.Broken broken:
                diagnostics.Error(broken.Code, broken.Message, At(source, autolink.Line, autolink.Column));
                autolink.Url = "#";
                break;
            default:
                // An autolink always has a scheme, so it never resolves to a page or a content file.
                autolink.Url = "#";
                break;
        }
    }

    private static Diagnostics.SourceSpan At(MarkdownSource source, int line, int column) =>
        new(source.DisplayPath, line + source.BodyFirstLine, column + 1);

    // Markdig recurses per nesting level; measure '>' and list indentation cheaply before parsing.
    private static int? DeepestNesting(string body)
    {
        var line = 0;
        foreach (var text in body.AsSpan().EnumerateLines())
        {
            var depth = 0;
            var spaces = 0;
            foreach (var c in text)
            {
                if (c == '>')
                {
                    depth++;
                }
                else if (c == ' ')
                {
                    spaces++;
                }
                else if (c is '-' or '*' or '+')
                {
                    depth++;
                }
                else if (!char.IsDigit(c) && c != '.')
                {
                    break;
                }
            }

            if (depth + (spaces / 2) > MaxNesting)
            {
                return line;
            }

            line++;
        }

        return null;
    }
}
