using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using PmGuideSite.Markdown.Containers;
using PmGuideSite.Markdown.Rendering;

namespace PmGuideSite.Markdown;

/// <summary>The one Markdig pipeline every page shares: the extensions a docs reader expects, nothing more.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>Builds the pipeline (thread-safe once built, so pages can render in parallel).</summary>
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseCustomContainers()
            .UseAutoLinks()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseAlertBlocks();
        builder.Extensions.Add(new StudyContainerExtension());
        builder.Extensions.Add(new PageHtmlExtension());
        // Last, as Markdig asks: '{#id .class}' after a heading or an element. MarkdownRenderer keeps only ids and
        // classes of a safe shape, so no attribute written this way can carry script or a style.
        builder.UseGenericAttributes();
        return builder.Build();
    }
}
