using System.Text;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>A named set of fields and documents that both builders index.</summary>
internal sealed record LunrCase(string Name, IReadOnlyList<LunrField> Fields, IReadOnlyList<LunrDocument> Documents)
{
    /// <summary>The case as the input of build-index.js.</summary>
    public string ToInputJson()
    {
        var json = new StringBuilder("{\"fields\":[");
        json.AppendJoin(",", Fields.Select(f => $"{{\"name\":{TestJson.String(f.Name)},\"boost\":{TestJson.Number(f.Boost)}}}"));
        json.Append("],\"docs\":[");
        json.AppendJoin(",", Documents.Select(d =>
            $"{{\"ref\":{TestJson.String(d.Ref)},\"boost\":{TestJson.Number(d.Boost)},\"fields\":{{"
            + string.Join(",", d.Fields.Select(f => $"{TestJson.String(f.Key)}:{TestJson.String(f.Value)}"))
            + "}}"));
        return json.Append("]}").ToString();
    }
}

/// <summary>The document sets that the C# builder and lunr.js must index identically.</summary>
internal static class LunrGoldenCases
{
    /// <summary>The site's own configuration: title boosted 10, principle, body.</summary>
    public static readonly IReadOnlyList<LunrField> SiteFields =
        [new("title", 10), new("principle"), new("body")];

    /// <summary>The names accepted by <see cref="Get"/>.</summary>
    public static readonly string[] Names = ["main", "edge-config", "no-documents", "all-fields-empty", "synthetic"];

    /// <summary>The case with the given name.</summary>
    public static LunrCase Get(string name) => name switch
    {
        "main" => new(name, SiteFields, MainDocuments()),
        "edge-config" => EdgeConfiguration(),
        "no-documents" => new(name, SiteFields, []),
        "all-fields-empty" => new(name, SiteFields, [Doc("a", "", "", ""), Doc("b", null, null, null), Doc("c", " - ", "\t", "\u00A0")]),
        "synthetic" => new(name, SiteFields, SyntheticDocuments(300, 40, seed: 1234)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown case"),
    };

    /// <summary>Documents of random words from a fixed vocabulary, like real pages but many of them.</summary>
    public static List<LunrDocument> SyntheticDocuments(int count, int wordsPerBody, int seed)
    {
        string[] vocabulary =
        [
            "project", "projects", "planning", "planned", "risk", "risks", "risky", "stakeholder", "stakeholders",
            "budget", "budgeting", "schedule", "scheduling", "scope", "ownership", "owner", "decision", "decisions",
            "deliver", "delivery", "deliverables", "team", "teams", "meeting", "meetings", "retrospective", "sprint",
            "velocity", "estimate", "estimation", "quality", "the", "and", "of", "to", "a", "in", "is", "it", "for",
            "communication", "communicate", "priority", "priorities", "prioritize", "roadmap", "milestone", "2024",
            "42", "q3", "follow-up", "trade-off", "café", "naïve", "don't", "(draft)", "—", "ship", "shipped", "shipping",
        ];
        var random = new Random(seed);
        var documents = new List<LunrDocument>(count);
        for (var i = 0; i < count; i++)
        {
            string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            var boost = i % 17 == 0 ? 2 : 1;
            documents.Add(Doc($"synthetic/{i:D4}", Words(1 + random.Next(5)), Words(random.Next(12)), Words(wordsPerBody / 2 + random.Next(wordsPerBody)), boost));
        }

        return documents;
    }

    /// <summary>Queries run against both loaded indexes; they cover lunr's whole query syntax.</summary>
    public static readonly string[] Queries =
    [
        "project", "projects", "planning", "ship*", "sh*p", "*ing", "pro* man*", "shp~1", "stakeholdr~2", "risk~1^2",
        "title:risk", "body:risk", "principle:ownership", "title:*", "+risk -budget", "+risk +plan", "-budget risk",
        "risk^10", "plan^10 risk", "the", "the plan", "and or not", "2024", "3", "42", "007", "follow-up", "follow", "up",
        "café", "caf", "naïve", "na", "ΟΔΟΣ", "οδος", "οδοσ", "σας", "istanbul", "İstanbul", "i̇stanbul", "don't", "e-mail",
        "email", "x", "quote", "slash", "tab", "", "*", "unknownfield:x", "title:", "risk^", "ownership decision meeting",
        "deliver delivery deliverables", "q3", "trade", "off", "draft", "—",
    ];

    private static List<LunrDocument> MainDocuments() =>
    [
        Doc("guide/intro", "Introduction to the guide", "Clarity", "This guide explains how a project manager plans, ships and learns. Read it in any order."),
        Doc("guide/planning", "Planning a project", "Plan to re-plan", "Planning is everything; the plan is nothing. Planned work, planning sessions, planners and plans all differ."),
        Doc("questions/ownership.yml", "Who owns the risk register?", "Ownership", "Every risk has exactly one owner. Owners own risks; ownership is not shared. The owner's name is on the register."),
        Doc("questions/ownership/strong", "Strong answer: named owners", "Ownership", "A strong answer names an owner per risk, with a date and a follow-up.", 2),
        Doc("questions/ownership/weak", "Weak answer: \"the team\"", "Ownership", "A weak answer says \"the team owns it\" — nobody does.", 0.5),
        Doc("principles/risk", "Risk", "Risk first", "Risky projects fail quietly. Risks, risk-taking and riskier bets: write them down early. Risk, risk, risk."),
        Doc("principles/budget", "Budgets", "Money is a constraint", "Budgeting in 2024 for Q3 and Q4: 3 budgets, 42 line items, 007 overruns, 1.5M spent, 3.14% contingency."),
        Doc("hyphens", "Follow-up and trade-offs", "Hyphen-ation", "follow-up, trade-off, e-mail, re-re-plan, a--b, --leading, trailing--, en–dash, em—dash, non\u2011breaking."),
        Doc("accents", "Café naïve résumé", "Accents", "The café's naïve résumé: cafés, naïveté, façade, Ångström, Größe, Ñandú, crème brûlée."),
        Doc("unicode/turkish", "İstanbul İNDEX", "İ", "İstanbul and ISTANBUL and istanbul: İ lowers to i plus U+0307 in JavaScript."),
        Doc("unicode/greek", "ΟΔΟΣ ΣΑΣ", "Σίσυφος", "ΟΔΟΣ. ΣΑΣ, Σ Σ ΑΣ.Α ΑΣ' ΑΣ\u0301 ΑΣΑ — final sigma ς only at word ends: ΟΔΟΣ."),
        Doc("unicode/whitespace", "Zero\uFEFFwidth no\u0085break", "Spaces", "nbsp\u00A0here thin\u2009space ideographic\u3000space line\u2028sep para\u2029sep nel\u0085not bom\uFEFFyes mongolian\u180Evowel"),
        Doc("unicode/astral", "Deseret \uD801\uDC00\uD801\uDC01 and emoji \uD83D\uDE80", "\uD83D\uDE80", "rocket\uD83D\uDE80launch \uD83D\uDE80ship\uD83D\uDE80 \uD801\uDC00\u03A3 lone\uD800surrogate"),
        Doc("stopwords", "The and of to", "A an the", "the and of to a in is it for on with as was at by — all stop words, every one of them, but not stopping."),
        Doc("punctuation", "(Draft) \"quotes\" [brackets]", "...", "Hello, world! Don't stop. It's 'quoted'. Semi;colon: colon? (parens) {braces} <angle> #hash @at $dollar %pct ^caret &amp *star"),
        Doc("numbers", "1 2 3 10 100 1000", "0", "0 1 01 001 1.0 1,000 1e3 0x1F 3rd 2nd 1st 4th 1990s v2.0 mp3s 42 -7 +8"),
        Doc("empty/title", "", "Empty title", "A document whose title is empty but whose body is not."),
        Doc("empty/body", "Empty body", "Empty body", ""),
        Doc("missing/fields", "Missing principle and body", null, null),
        Doc("only/punctuation", "— – ...", "!!!", "?? ... *** — – (( ))"),
        Doc("refs/with/many/slashes/", "Slashes in refs", "Refs", "A ref may contain slashes; lunr splits field and ref at the first one."),
        Doc("ref with spaces & \"quotes\"", "Odd ref", "Refs", "JSON escaping of refs with quotes and backslashes \\ in them."),
        Doc("tab\tref\\back", "Control characters", "Refs", "A ref with a tab and a backslash."),
        Doc("7", "Numeric ref seven", "Refs", "Refs that look like array indexes are ordered first by JavaScript."),
        Doc("42", "Numeric ref forty-two", "Refs", "ownership risk plan"),
        Doc("0", "Numeric ref zero", "Refs", "ownership risk plan"),
        Doc("007", "Leading zero ref", "Refs", "ownership risk plan, not an array index"),
        Doc("4294967294", "Largest array index", "Refs", "ownership risk plan"),
        Doc("4294967295", "Not an array index", "Refs", "ownership risk plan"),
        Doc("-1", "Negative ref", "Refs", "ownership risk plan"),
        Doc("y-words", "Yearly yield", "Youth", "yellow yesterday youth yearly yield syzygy yy yes yeses dying lying crying"),
        Doc("stemming", "Stemming", "Generalization", "relational conditional generalization oscillators archaeology possibly agreement hopping hoping sized motoring controll"),
        Doc("case", "UPPER lower MiXeD", "CamelCase", "HTTPServer XMLHttpRequest iOS eBay McDonald's"),
        Doc("underscores", "snake_case __init__", "_private_", "__proto__ constructor hasOwnProperty toString valueOf"),
        Doc("long", "Long document", "Length normalisation", string.Join(' ', Enumerable.Repeat("project planning risk ownership budget schedule", 40))),
        Doc("short", "Short", "Risk", "risk"),
        Doc("boosted", "Boosted document", "Priority", "priority prioritize prioritization", 3.5),
        Doc("zero-boost", "Zero boost means no boost", "Priority", "priority", 0),
        Doc("deliver", "Deliverables", "Delivery", "deliver delivered delivering delivery deliverable deliverables"),
        Doc("meeting", "Meetings", "Decisions", "meeting meetings met meet decision decisions decisive decided deciding"),
        Doc("ünïcode/ref", "Non-ASCII ref", "Refs", "A ref with accents."),
    ];

    // Fields named like array indexes, a zero and a negative field boost, and extreme document boosts whose scores
    // need JavaScript's exponent notation.
    private static LunrCase EdgeConfiguration() => new(
        "edge-config",
        [new("body"), new("10", 2), new("0", 0), new("title", -1.5), new("", 1)],
        [
            Doc2("x", 1, ("body", "risk plan ownership"), ("10", "risk"), ("0", "plan"), ("title", "risk risk"), ("", "blank field name")),
            Doc2("5", 1e20, ("body", "risk"), ("10", "plan plan"), ("title", "ownership")),
            Doc2("3", 1e-9, ("body", "risk ownership"), ("0", "risk")),
            Doc2("y", -2, ("body", "plan"), ("10", "risk ownership plan"), ("title", "risk")),
            Doc2("z", 3.3, ("body", "risk risk risk plan"), ("", "risk")),
            Doc2("big", 1e300, ("body", "plan")),
            Doc2("overflow", 1e306, ("body", "plan risk")),
        ]);

    private static LunrDocument Doc(string reference, string? title, string? principle, string? body, double boost = 1)
    {
        var fields = new Dictionary<string, string>();
        if (title is not null)
        {
            fields["title"] = title;
        }

        if (principle is not null)
        {
            fields["principle"] = principle;
        }

        if (body is not null)
        {
            fields["body"] = body;
        }

        return new LunrDocument(reference, fields, boost);
    }

    private static LunrDocument Doc2(string reference, double boost, params (string Field, string Text)[] fields) =>
        new(reference, fields.ToDictionary(f => f.Field, f => f.Text), boost);
}
