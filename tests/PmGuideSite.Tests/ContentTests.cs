using System.Text.RegularExpressions;
using PmGuideSite.Config;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>The shipped study content: the counts the guide promises, Amazon's facts, and our own words.</summary>
public sealed partial class ContentTests(BuiltRepositorySite site) : IClassFixture<BuiltRepositorySite>
{
    private static readonly string[] s_principleNames =
    [
        "Customer Obsession", "Ownership", "Invent and Simplify", "Are Right, A Lot", "Learn and Be Curious",
        "Hire and Develop the Best", "Insist on the Highest Standards", "Think Big", "Bias for Action", "Frugality",
        "Earn Trust", "Dive Deep", "Have Backbone; Disagree and Commit", "Deliver Results",
        "Strive to be Earth's Best Employer", "Success and Scale Bring Broad Responsibility",
    ];

    private static readonly Lazy<ContentSet> s_content = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(Path.Combine(TestPaths.RepoRoot, "site.yml"), diagnostics)!;
        var content = ContentLoader.Load(config, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted().Select(d => d.ToMsBuildString())));
        return content;
    });

    private static ContentSet Content => s_content.Value;

    [Fact]
    public void The_sixteen_principles_have_amazons_exact_names_in_amazons_order()
    {
        Assert.Equal(s_principleNames, Content.Principles.Select(p => p.Name));
        Assert.Equal(Enumerable.Range(1, 16), Content.Principles.Select(p => p.Order));
        Assert.All(Content.Principles, p =>
        {
            Assert.True(p.Probes.Count >= 3, $"{p.Id}: probes");
            Assert.True(p.StrongSignals.Count >= 2, $"{p.Id}: strong signals");
            Assert.True(p.RedFlags.Count >= 2, $"{p.Id}: red flags");
            Assert.Contains("## Re-angling one story", p.Source.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_principle_has_a_bank_of_at_least_twelve_complete_questions()
    {
        foreach (var principle in Content.Principles)
        {
            var bank = Content.Banks.SingleOrDefault(b => b.PrincipleId == principle.Id);
            Assert.True(bank is not null, $"{principle.Id} has no question bank");
            Assert.True(bank.Questions.Count >= 12, $"{principle.Id} has {bank.Questions.Count} questions");
        }

        var questions = Content.Questions.ToList();
        Assert.True(questions.Count >= 192, $"{questions.Count} questions");
        Assert.All(questions, q =>
        {
            Assert.True(q.Probes.Count >= 4, $"{q.Id}: {q.Probes.Count} probes (the guide asks for four that deepen)");
            Assert.True(q.StrongSignals.Count >= 2, $"{q.Id}: strong signals");
            Assert.True(q.RedFlags.Count >= 2, $"{q.Id}: red flags");
        });
        Assert.Equal(questions.Count, questions.Select(q => q.Text).Distinct(StringComparer.Ordinal).Count());
        var practical = questions.Count(q => q.Round is "product-sense" or "metrics" or "technical");
        Assert.True(practical >= 40, $"only {practical} product-sense, metrics or technical questions");
    }

    [Fact]
    public void There_are_twenty_worked_examples_one_per_principle_five_dive_deep_each_complete()
    {
        Assert.True(Content.Examples.Count >= 20, $"{Content.Examples.Count} examples");
        Assert.True(Content.Examples.Count(e => e.DiveDeep) >= 5);
        foreach (var principle in Content.Principles)
        {
            Assert.True(Content.Examples.Any(e => e.Principle.Value == principle.Id), $"{principle.Id} has no worked example");
        }

        Assert.All(Content.Examples, e =>
        {
            var body = e.Source.Body;
            Assert.Contains("::: weak", body, StringComparison.Ordinal);
            Assert.Contains("::: strong", body, StringComparison.Ordinal);
            Assert.Contains("::: annotations", body, StringComparison.Ordinal);
            Assert.Contains("Illustrative", body, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("## Probes", body, StringComparison.Ordinal);
            Assert.NotEmpty(e.Metrics);
        });
    }

    [Fact]
    public void The_guide_has_its_chapters_and_they_link_into_principles_questions_and_examples()
    {
        Assert.True(Content.Chapters.Count >= 12);
        string[] topics = ["Bar Raiser", "PR/FAQ", "STAR", "Dive Deep", "product-sense", "metrics", "technical", "mistakes", "plan", "Frequently asked"];
        foreach (var topic in topics)
        {
            Assert.True(Content.Chapters.Any(c => c.Title.Contains(topic, StringComparison.OrdinalIgnoreCase)), $"no chapter about {topic}");
        }

        var all = string.Concat(Content.Chapters.Select(c => c.Source.Body));
        Assert.Contains("../principles/", all, StringComparison.Ordinal);
        Assert.Contains("../questions/", all, StringComparison.Ordinal);
        Assert.Contains("../examples/", all, StringComparison.Ordinal);
    }

    [Fact]
    public void The_process_and_writing_sample_chapters_exist_and_the_home_page_links_them()
    {
        string[] required = ["the-interview-process", "writing-sample", "level-calibration", "openers-and-closers", "story-hygiene", "sources"];
        foreach (var slug in required)
        {
            Assert.True(Content.Chapters.Any(c => c.Slug == slug), $"no chapter {slug}");
        }

        Assert.Equal(0, site.ExitCode);
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("href=\"chapters/the-interview-process.html\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"chapters/writing-sample.html\"", home, StringComparison.Ordinal);

        // The Sources page names the public pages the process claims rest on, with how sure each is.
        var sources = Content.Chapters.Single(c => c.Slug == "sources").Source.Body;
        Assert.True(Regex.Matches(sources, @"\]\(https?://").Count >= 10, "Sources lists fewer than ten public pages");
        Assert.Contains("amazon.jobs", sources, StringComparison.Ordinal);
        var process = Content.Chapters.Single(c => c.Slug == "the-interview-process").Source.Body;
        Assert.Contains("sources.md", process, StringComparison.Ordinal);
    }

    [Fact]
    public void Strong_answers_in_worked_examples_can_be_spoken_in_about_two_minutes()
    {
        var tooLong = new List<string>();
        foreach (var example in Content.Examples)
        {
            foreach (Match strong in StrongAnswer().Matches(example.Source.Body))
            {
                var words = strong.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
                if (words > MaxSpokenWords)
                {
                    tooLong.Add($"{example.Slug}: {words} words");
                }
            }
        }

        Assert.True(tooLong.Count == 0, $"strong answers over {MaxSpokenWords} words:\n" + string.Join('\n', tooLong));
    }

    [Fact]
    public void Worked_examples_include_near_misses_and_do_not_share_signpost_phrases()
    {
        var nearMisses = Content.Examples.Count(e => e.Source.Body.Contains("::: weak Near miss", StringComparison.Ordinal));
        Assert.True(nearMisses >= 6, $"{nearMisses} near-miss examples");

        // Phrases that once opened or closed nearly every strong answer; each may appear in one example at most.
        string[] signposts = ["the mechanism i left", "the trade-off i weighed", "i weighed a trade-off", "i was the "];
        foreach (var phrase in signposts)
        {
            var users = Content.Examples
                .Where(e => StrongAnswer().Matches(e.Source.Body).Any(m => m.Groups[1].Value.Contains(phrase, StringComparison.OrdinalIgnoreCase)))
                .Select(e => e.Slug).ToList();
            Assert.True(users.Count <= 1, $"\"{phrase}\" recurs in: {string.Join(", ", users)}");
        }
    }

    // About two minutes at a steady speaking pace, with a margin over the guide's 180-280 words.
    private const int MaxSpokenWords = 300;

    [GeneratedRegex(@"^::: strong[^\n]*\n(.*?)^:::[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex StrongAnswer();

    [Fact]
    public void Every_question_and_example_is_reachable_from_its_principle_page_and_from_search()
    {
        Assert.Equal(0, site.ExitCode);
        var searchUrls = Search.SearchScript.Store(Search.SearchScript.Read(Path.Combine(site.Output, "search"))).Select(entry => entry[3]).ToHashSet();
        foreach (var principle in Content.Principles)
        {
            var page = File.ReadAllText(Path.Combine(site.Output, "principles", principle.Id + ".html"));
            foreach (var question in Content.Questions.Where(q => q.PrincipleId == principle.Id))
            {
                Assert.Contains($"href=\"../questions/{principle.Id}.html#{question.Id}\"", page, StringComparison.Ordinal);
                Assert.Contains($"questions/{principle.Id}.html#{question.Id}", searchUrls);
            }

            foreach (var example in Content.Examples.Where(e => e.Principle.Value == principle.Id))
            {
                Assert.Contains($"href=\"../examples/{example.Slug}.html\"", page, StringComparison.Ordinal);
                Assert.Contains($"examples/{example.Slug}.html", searchUrls);
            }
        }
    }

    [Fact]
    public void The_facts_follow_the_notes_no_invented_principles_and_the_prfaq()
    {
        var text = AllContentText();
        Assert.Contains("PR/FAQ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fails over 80%", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InventedPrinciple(), text);
        Assert.DoesNotContain("PRD that reads like a press release", text, StringComparison.OrdinalIgnoreCase);
    }

    [SeedFact]
    public void No_run_of_ten_words_from_the_seed_article_appears_in_the_content()
    {
        var seedPath = SeedFactAttribute.Path;
        Assert.True(File.Exists(seedPath), $"the seed article is expected at {seedPath} (shared/ beside the repository)");
        var seed = Words(File.ReadAllText(seedPath));
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 10 <= seed.Count; i++)
        {
            grams.Add(string.Join(' ', seed.GetRange(i, 10)));
        }

        var copied = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "content"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var words = Words(File.ReadAllText(file));
            for (var i = 0; i + 10 <= words.Count; i++)
            {
                var run = string.Join(' ', words.GetRange(i, 10));
                if (grams.Contains(run))
                {
                    copied.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}: \"{run}\"");
                }
            }
        }

        Assert.True(copied.Count == 0, "copied from the seed:\n" + string.Join('\n', copied));
    }

    private static string AllContentText() =>
        string.Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "content"), "*", SearchOption.AllDirectories).Select(File.ReadAllText));

    // Lower-case words of letters and digits; apostrophes dropped so "don't" and "don’t" compare equal.
    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal))
            .Select(m => m.Value).ToList();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();

    // "Experimentation" and "Long-term Thinking" are not Leadership Principles; naming them as such is the seed's slip.
    [GeneratedRegex(@"(principle|LP)s?[^.\n]{0,40}""?(Experimentation|Long-term Thinking)""?\s+(is|as)\s+(a|an|one)\s+(leadership\s+)?principle", RegexOptions.IgnoreCase)]
    private static partial Regex InventedPrinciple();
}
