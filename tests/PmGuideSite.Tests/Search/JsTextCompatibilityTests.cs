using System.Globalization;
using System.Text;
using System.Text.Json;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>Lower-casing, separators, word characters and stop words compared with Node over every code point.</summary>
/// <remarks>Node and .NET may ship different Unicode versions; code points either side does not know, or whose
/// general category changed between the versions, are left out, and the test checks that these are few.</remarks>
public sealed class JsTextCompatibilityTests
{
    private const int CodePointCount = 0x110000;

    [Fact]
    public void MatchesNode()
    {
        using var temp = new TempFolder();
        NodeTool.Run("js-text.js", temp.File("text.json"));
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("text.json")));
        var root = json.RootElement;

        var comparable = ComparableCodePoints(root, out var skewed);
        Assert.True(skewed < 100, $"{skewed} code points differ in category between Node's Unicode {root.GetProperty("unicode")} and .NET's");

        var problems = new List<string>();
        CompareLowerCase(root, comparable, problems);
        CompareSigmaProbes(root, comparable, problems);
        CompareSets(root.GetProperty("separators"), c => LunrTokenizer.IsSeparator((char)c), 0x10000, "separator", problems);
        CompareSets(root.GetProperty("wordChars"), c => LunrTrimmer.IsWordChar((char)c), 0x10000, "\\w", problems);
        CompareStopWords(root, problems);
        foreach (var sample in root.GetProperty("lowerSamples").EnumerateArray())
        {
            var text = CodeUnits(sample[0]);
            var expected = CodeUnits(sample[1]);
            var actual = JsLowerCase.ToLower(text);
            if (actual != expected)
            {
                problems.Add($"toLowerCase({Show(text)}): Node {Show(expected)}, C# {Show(actual)}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} differences, e.g.\n{string.Join('\n', problems.Take(40))}");
    }

    private static bool[] ComparableCodePoints(JsonElement root, out int skewed)
    {
        var unassigned = Ranges(root.GetProperty("unassigned"));
        var casedCategory = Ranges(root.GetProperty("casedCategory"));
        var ignorableCategory = Ranges(root.GetProperty("ignorableCategory"));
        var comparable = new bool[CodePointCount];
        skewed = 0;
        for (var cp = 0; cp < CodePointCount; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF || unassigned[cp])
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(cp);
            if (category == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var cased = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;
            var ignorable = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
            if (cased != casedCategory[cp] || ignorable != ignorableCategory[cp])
            {
                skewed++;
                continue;
            }

            comparable[cp] = true;
        }

        return comparable;
    }

    private static void CompareLowerCase(JsonElement root, bool[] comparable, List<string> problems)
    {
        var expected = new Dictionary<int, string>();
        foreach (var entry in root.GetProperty("lower").EnumerateArray())
        {
            expected[entry[0].GetInt32()] = string.Concat(entry[1].EnumerateArray().Select(c => char.ConvertFromUtf32(c.GetInt32())));
        }

        for (var cp = 0; cp < CodePointCount; cp++)
        {
            if (!comparable[cp])
            {
                continue;
            }

            var text = char.ConvertFromUtf32(cp);
            var want = expected.GetValueOrDefault(cp, text);
            var actual = JsLowerCase.ToLower(text);
            if (actual != want)
            {
                problems.Add($"toLowerCase(U+{cp:X4}): Node {Show(want)}, C# {Show(actual)}");
            }
        }
    }

    // Whether Σ turns final next to a code point reveals that code point's Cased and Case_Ignorable properties.
    private static void CompareSigmaProbes(JsonElement root, bool[] comparable, List<string> problems)
    {
        var after = Ranges(root.GetProperty("sigmaAfter"));
        var afterCased = Ranges(root.GetProperty("sigmaAfterCased"));
        var before = Ranges(root.GetProperty("sigmaBefore"));
        for (var cp = 0; cp < CodePointCount; cp++)
        {
            if (!comparable[cp])
            {
                continue;
            }

            var s = char.ConvertFromUtf32(cp);
            Check("XΣ", JsLowerCase.ToLower(s + "\u03A3").EndsWith('\u03C2'), after[cp]);
            Check("AXΣ", JsLowerCase.ToLower("A" + s + "\u03A3").EndsWith('\u03C2'), afterCased[cp]);
            Check("AΣX", JsLowerCase.ToLower("A\u03A3" + s)[1] == '\u03C2', before[cp]);

            void Check(string probe, bool actual, bool expected)
            {
                if (actual != expected)
                {
                    problems.Add($"final sigma in {probe} with X = U+{cp:X4}: Node {expected}, C# {actual}");
                }
            }
        }
    }

    private static void CompareSets(JsonElement expected, Func<int, bool> actual, int limit, string name, List<string> problems)
    {
        var want = new HashSet<int>(expected.EnumerateArray().Select(e => e.GetInt32()));
        for (var c = 0; c < limit; c++)
        {
            if (want.Contains(c) != actual(c))
            {
                problems.Add($"{name} U+{c:X4}: Node {want.Contains(c)}, C# {actual(c)}");
            }
        }
    }

    private static void CompareStopWords(JsonElement root, List<string> problems)
    {
        var words = root.GetProperty("stopWords").EnumerateArray().Select(e => e.GetString()!).ToList();
        var dropped = root.GetProperty("dropped").EnumerateArray().Select(e => e.GetString()!).ToList();
        if (words.Count != LunrStopWords.Count || dropped.Count != words.Count)
        {
            problems.Add($"stop words: lunr lists {words.Count} and drops {dropped.Count}, C# has {LunrStopWords.Count}");
        }

        problems.AddRange(words.Where(w => !LunrStopWords.Contains(w)).Select(w => $"stop word '{w}' missing in C#"));
    }

    private static bool[] Ranges(JsonElement ranges)
    {
        var set = new bool[CodePointCount];
        foreach (var range in ranges.EnumerateArray())
        {
            for (var cp = range[0].GetInt32(); cp <= range[1].GetInt32(); cp++)
            {
                set[cp] = true;
            }
        }

        return set;
    }

    private static string CodeUnits(JsonElement units) => new(units.EnumerateArray().Select(u => (char)u.GetInt32()).ToArray());

    private static string Show(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
