using PmGuideSite.Content;

namespace PmGuideSite.Pages;

/// <summary>One page to render: where it goes, which layout, and its Markdown body if it has one.</summary>
internal sealed record PageJob(
    string OutputPath,
    string Layout,
    string Kind,
    string Title,
    string Description,
    MarkdownSource? Source,
    object? View,
    NavItem? Prev = null,
    NavItem? Next = null,
    string? PrincipleName = null);
