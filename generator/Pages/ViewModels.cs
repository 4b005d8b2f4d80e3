using PmGuideSite.Html;

namespace PmGuideSite.Pages;

// The records templates see. Scriban exposes properties in snake_case (PrevPage → prev_page). URLs are relative to
// the site root; templates prefix them with page.root so every link stays relative.

/// <summary>A link to a page: its title, root-relative URL and a short line about it.</summary>
internal sealed record NavItem(string Title, string Url, string Summary = "", string Id = "");

/// <summary>A question as listed on principle and example pages.</summary>
internal sealed record QuestionLink(string Id, string Text, string Round, string Level, string Url)
{
    /// <summary>The question cut to one line, for the chip on an example page.</summary>
    public string ShortText => QuestionText.Shorten(Text);
}

/// <summary>A question in full, as its bank page shows it.</summary>
internal sealed record QuestionView(
    string Id, string Text, string Round, string Level,
    IReadOnlyList<string> Probes, IReadOnlyList<string> StrongSignals, IReadOnlyList<string> RedFlags,
    IReadOnlyList<NavItem> Examples);

/// <summary>What a principle page needs beyond its Markdown.</summary>
internal sealed record PrincipleView(
    string Id, string Name, int Order, string Summary,
    IReadOnlyList<string> Probes, IReadOnlyList<string> StrongSignals, IReadOnlyList<string> RedFlags,
    IReadOnlyList<QuestionLink> Questions, IReadOnlyList<NavItem> Examples, IReadOnlyList<NavItem> Chapters, string BankUrl);

/// <summary>What a question-bank page needs.</summary>
internal sealed record BankView(NavItem Principle, IReadOnlyList<QuestionView> Questions, IReadOnlyList<RoundCount> Rounds);

/// <summary>How many questions of a bank belong to one round.</summary>
internal sealed record RoundCount(string Round, int Count);

/// <summary>What a worked-example page needs beyond its Markdown.</summary>
internal sealed record ExampleView(NavItem Principle, QuestionLink Question, bool DiveDeep, string Summary, IReadOnlyList<string> Metrics);

/// <summary>What a chapter page needs beyond its Markdown.</summary>
internal sealed record ChapterView(int Order, string Summary, IReadOnlyList<NavItem> Principles);

/// <summary>Site-wide data every template can use.</summary>
internal sealed record SiteModel(
    string Title, string Description, string Language, string? BaseUrl,
    IReadOnlyList<NavItem> Principles, IReadOnlyList<NavItem> Chapters, IReadOnlyList<NavItem> Examples,
    int QuestionCount, string Version)
{
    /// <summary>At most this many chapters are listed in every page's navigation; more are reached from the home page's list.</summary>
    public const int NavChapterLimit = 50;

    /// <summary>
    /// The chapters every page's navigation lists: all of them up to <see cref="NavChapterLimit"/>, else the first ones.
    /// A nav listing every page makes each page's cost grow with the page count (quadratic builds, huge pages).
    /// </summary>
    public IReadOnlyList<NavItem> NavChapters { get; } = Chapters.Count <= NavChapterLimit ? Chapters : Chapters.Take(NavChapterLimit).ToList();
}

/// <summary>One page as templates see it.</summary>
internal sealed record PageModel(
    string Kind, string Title, string Description, string Url, string Root, string Body,
    IReadOnlyList<TocEntry> Toc, NavItem? Prev, NavItem? Next, object? View);
