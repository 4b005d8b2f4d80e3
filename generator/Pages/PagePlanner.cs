using PmGuideSite.Config;
using PmGuideSite.Content;

namespace PmGuideSite.Pages;

/// <summary>Decides the site's pages and builds the view each template receives.</summary>
internal static class PagePlanner
{
    /// <summary>The site-wide model shared by every page.</summary>
    public static SiteModel SiteModelFor(SiteConfig config, ContentSet content, string version) => new(
        config.Title,
        config.Description,
        config.Language,
        config.BaseUrl,
        content.Principles.Select(p => new NavItem(p.Name, $"principles/{p.Id}.html", p.Summary, p.Id)).ToList(),
        content.Chapters.Select(c => new NavItem(c.Title, $"chapters/{c.Slug}.html", c.Summary, c.Slug)).ToList(),
        content.Examples.Select(e => new NavItem(e.Title, $"examples/{e.Slug}.html", e.Summary, e.Slug)).ToList(),
        content.Questions.Count(),
        version);

    /// <summary>Every page of the site, in a stable order.</summary>
    public static IReadOnlyList<PageJob> Plan(SiteConfig config, ContentSet content)
    {
        var principles = content.Principles.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var questions = content.Questions.GroupBy(q => q.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var jobs = new List<PageJob>
        {
            new("index.html", "home", "home", config.Title, config.Description, null, null),
            new("404.html", "404", "404", "Page not found", "The page you asked for is not here.", null, null),
            new("search.html", "search", "search", "Search", "Search every chapter section, principle, question and worked example.", null, null),
        };
        jobs.AddRange(StudyTools.Jobs());

        for (var i = 0; i < content.Chapters.Count; i++)
        {
            var chapter = content.Chapters[i];
            var prev = i > 0 ? ChapterNav(content.Chapters[i - 1]) : null;
            var next = i + 1 < content.Chapters.Count ? ChapterNav(content.Chapters[i + 1]) : null;
            var view = new ChapterView(chapter.Order, chapter.Summary,
                chapter.Principles.Where(p => principles.ContainsKey(p.Value)).Select(p => PrincipleNav(principles[p.Value])).ToList());
            jobs.Add(new PageJob($"chapters/{chapter.Slug}.html", "chapter", "chapter", chapter.Title, chapter.Summary, chapter.Source, view, prev, next));
        }

        foreach (var principle in content.Principles)
        {
            var bank = content.Banks.FirstOrDefault(b => b.PrincipleId == principle.Id);
            var view = new PrincipleView(principle.Id, principle.Name, principle.Order, principle.Summary,
                principle.Probes, principle.StrongSignals, principle.RedFlags,
                bank?.Questions.Select(QuestionLinkFor).ToList() ?? [],
                content.Examples.Where(e => e.Principle.Value == principle.Id).Select(ExampleNav).ToList(),
                content.Chapters.Where(c => c.Principles.Any(p => p.Value == principle.Id)).Select(ChapterNav).ToList(),
                bank is null ? string.Empty : $"questions/{principle.Id}.html");
            jobs.Add(new PageJob($"principles/{principle.Id}.html", "principle", "principle", principle.Name, principle.Summary,
                principle.Source, view, PrincipleName: principle.Name));
        }

        // Banks follow the navigation's order of principles; examples the home page's list. Previous/next skip what has no page.
        var banks = content.Principles.SelectMany(p => content.Banks.Where(b => b.PrincipleId == p.Id).Take(1)).ToList();
        for (var i = 0; i < banks.Count; i++)
        {
            var bank = banks[i];
            var principle = principles[bank.PrincipleId];
            var views = bank.Questions.Select(q => new QuestionView(q.Id, q.Text, q.Round, q.Level, q.Probes, q.StrongSignals, q.RedFlags,
                ExamplesFor(q, content).Select(ExampleNav).ToList())).ToList();
            var rounds = ContentVocabulary.Rounds.Select(r => new RoundCount(r, bank.Questions.Count(q => q.Round == r))).Where(r => r.Count > 0).ToList();
            jobs.Add(new PageJob($"questions/{bank.PrincipleId}.html", "questions", "questions", $"{principle.Name}: questions",
                $"{bank.Questions.Count} interview questions for {principle.Name}, with probes, strong signals and red flags.",
                null, new BankView(PrincipleNav(principle), views, rounds),
                i > 0 ? BankNav(banks[i - 1], principles) : null, i + 1 < banks.Count ? BankNav(banks[i + 1], principles) : null,
                PrincipleName: principle.Name));
        }

        var examples = content.Examples.Where(e => principles.ContainsKey(e.Principle.Value) && questions.ContainsKey(e.Question.Value)).ToList();
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i];
            var principle = principles[example.Principle.Value];
            var view = new ExampleView(PrincipleNav(principle), QuestionLinkFor(questions[example.Question.Value]), example.DiveDeep, example.Summary, example.Metrics);
            jobs.Add(new PageJob($"examples/{example.Slug}.html", "example", "example", example.Title, example.Summary, example.Source, view,
                i > 0 ? ExampleNav(examples[i - 1]) : null, i + 1 < examples.Count ? ExampleNav(examples[i + 1]) : null,
                PrincipleName: principle.Name));
        }

        return jobs;
    }

    /// <summary>The worked examples that answer a question: those that name it, and those it names.</summary>
    internal static IEnumerable<Example> ExamplesFor(Question question, ContentSet content)
    {
        var named = question.ExampleRefs.Select(r => r.Value).ToHashSet(StringComparer.Ordinal);
        return content.Examples.Where(e => e.Question.Value == question.Id || named.Contains(e.Slug));
    }

    private static QuestionLink QuestionLinkFor(Question q) => new(q.Id, q.Text, q.Round, q.Level, $"questions/{q.PrincipleId}.html#{q.Id}");

    private static NavItem ChapterNav(Chapter c) => new(c.Title, $"chapters/{c.Slug}.html", c.Summary, c.Slug);

    private static NavItem PrincipleNav(Principle p) => new(p.Name, $"principles/{p.Id}.html", p.Summary, p.Id);

    private static NavItem BankNav(QuestionBank b, IReadOnlyDictionary<string, Principle> principles) =>
        new($"{principles[b.PrincipleId].Name}: questions", $"questions/{b.PrincipleId}.html", string.Empty, b.PrincipleId);

    private static NavItem ExampleNav(Example e) => new(e.Title, $"examples/{e.Slug}.html", e.Summary, e.Slug);
}
