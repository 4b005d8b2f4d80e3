using System.Text;

namespace PmGuideSite.Benchmarks;

/// <summary>The vocabulary synthetic pages are written in: product-management prose, so stemming and stop words behave as on real pages.</summary>
internal static class WordBank
{
    /// <summary>Words, a few stop words among them, as real sentences have.</summary>
    public static readonly string[] Words =
    [
        "the", "a", "of", "and", "to", "in", "for", "with", "on", "that", "is", "was", "by", "we", "it",
        "customer", "customers", "metric", "metrics", "baseline", "delta", "launch", "launched", "launching", "ownership",
        "dive", "deep", "segment", "segments", "funnel", "conversion", "retention", "churn", "latency", "checkout",
        "payment", "returns", "delivery", "promise", "forecast", "inventory", "seller", "sellers", "marketplace",
        "experiment", "experiments", "hypothesis", "control", "treatment", "variant", "significance", "sample",
        "narrative", "document", "prfaq", "press", "release", "working", "backwards", "mechanism", "mechanisms",
        "standard", "standards", "quality", "bar", "raiser", "interview", "interviewer", "probe", "probes", "signal",
        "signals", "story", "stories", "answer", "answers", "weak", "strong", "dense", "vague", "specific", "numbers",
        "trade-off", "trade-offs", "counter-metric", "root", "cause", "causes", "dashboard", "pipeline", "tracking",
        "platform", "region", "mobile", "desktop", "android", "ios", "release", "rollback", "reversible", "decision",
        "decisions", "frugal", "frugality", "invent", "simplify", "simplified", "scope", "roadmap", "priority",
        "priorities", "stakeholder", "stakeholders", "engineer", "engineers", "team", "teams", "hire", "hiring",
        "coach", "coaching", "mentor", "trust", "earn", "backbone", "disagree", "commit", "committed", "results",
        "deliver", "delivered", "weeks", "months", "quarter", "revenue", "cost", "costs", "margin", "orders",
        "sessions", "errors", "incident", "incidents", "outage", "recovery", "recovered", "pilot", "prototype",
        "feedback", "survey", "interviews", "research", "insight", "insights", "measure", "measured", "measuring",
        "improve", "improved", "improvement", "reduce", "reduced", "reduction", "increase", "increased", "growth",
        "search", "recommendation", "recommendations", "notification", "subscription", "pricing", "tier", "widget",
        "grocery", "substitution", "packaging", "routing", "logistics", "warehouse", "carrier", "fraud", "anomaly",
        "alarm", "on-call", "runbook", "review", "reviews", "written", "memo", "six-page", "meeting", "silent",
        "reading", "questions", "question", "principle", "principles", "leadership", "amazon", "product", "manager",
        "chapter", "section", "example", "examples", "practice", "rehearse", "structure", "situation", "task",
        "action", "result", "star", "learned", "learning", "curious", "think", "big", "vision", "bias", "speed",
    ];

    /// <summary>Languages for fenced code blocks.</summary>
    public static readonly string[] CodeLanguages = ["sql", "python", "json", "text"];

    /// <summary>A sentence of <paramref name="words"/> words, capitalised, ending in a full stop.</summary>
    public static string Sentence(SeededRandom random, int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = random.Pick(Words);
            if (i == 0)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            else
            {
                builder.Append(' ').Append(word);
            }
        }

        return builder.Append('.').ToString();
    }

    /// <summary>A paragraph of about <paramref name="words"/> words in sentences of 8 to 15 words.</summary>
    public static string Paragraph(SeededRandom random, int words)
    {
        var builder = new StringBuilder();
        var written = 0;
        while (written < words)
        {
            var length = Math.Min(8 + random.Next(8), Math.Max(4, words - written));
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Sentence(random, length));
            written += length;
        }

        return builder.ToString();
    }
}
