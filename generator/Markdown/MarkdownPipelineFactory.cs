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
            .UseAutoLinks();
        builder.Extensions.Add(new StudyContainerExtension());
        builder.Extensions.Add(new PageHtmlExtension());
        return builder.Build();
    }
}
