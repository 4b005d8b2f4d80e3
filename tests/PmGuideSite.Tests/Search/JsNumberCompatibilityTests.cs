using PmGuideSite.Tests.Search.Oracle;
using System.Globalization;
using System.Text.Json;
using PmGuideSite.Search;

namespace PmGuideSite.Tests.Search;

/// <summary>Math.log, Math.round, Number toString and JSON string quoting compared with Node, bit for bit.</summary>
public sealed class JsNumberCompatibilityTests
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.5, "0.5")]
    [InlineData(1.234, "1.234")]
    [InlineData(12.5, "12.5")]
    [InlineData(-0.0, "0")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void FormatsNumbersAsJavaScriptDoes(double value, string text) => Assert.Equal(text, JsNumberFormat.Format(value));

    [Theory]
    [InlineData(0.49999999999999994, 0.0)]
    [InlineData(2.5, 3.0)]
    [InlineData(-2.5, -2.0)]
    [InlineData(1234.5, 1235.0)]
    public void RoundsHalvesUp(double value, double rounded) => Assert.Equal(rounded, JsMath.Round(value));

    [Fact]
    public void RoundsSmallNegativesToNegativeZero() => Assert.True(double.IsNegative(JsMath.Round(-0.4)));

    [Fact]
    public void MatchesNode()
    {
        using var temp = new TempFolder();
        NodeTool.Run("js-numbers.js", temp.File("numbers.json"));
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("numbers.json")));
        var root = json.RootElement;
        var problems = new List<string>();

        CompareBits(root.GetProperty("log"), JsMath.Log, "Math.log", problems);
        CompareBits(root.GetProperty("round"), JsMath.Round, "Math.round", problems);
        CompareBits(root.GetProperty("lunrRound"), x => JsMath.Round(x * 1000) / 1000, "Math.round(x*1000)/1000", problems);
        foreach (var pair in root.GetProperty("toString").EnumerateArray())
        {
            var value = FromHex(pair[0].GetString()!);
            var actual = JsNumberFormat.Format(value);
            if (actual != pair[1].GetString())
            {
                problems.Add($"JSON.stringify({value:R}): Node {pair[1].GetString()}, C# {actual}");
            }
        }

        foreach (var pair in root.GetProperty("json").EnumerateArray())
        {
            var text = new string(pair[0].EnumerateArray().Select(c => (char)c.GetInt32()).ToArray());
            var actual = JsJsonString.Quote(text);
            if (actual != pair[1].GetString())
            {
                problems.Add($"JSON.stringify of code units [{string.Join(",", text.Select(c => (int)c))}]: Node {pair[1].GetString()}, C# {actual}");
            }
        }

        Assert.True(root.GetProperty("log").GetArrayLength() > 60000);
        Assert.True(problems.Count == 0, $"{problems.Count} differences, e.g.\n{string.Join('\n', problems.Take(30))}");
    }

    private static void CompareBits(JsonElement pairs, Func<double, double> function, string name, List<string> problems)
    {
        foreach (var pair in pairs.EnumerateArray())
        {
            var argument = FromHex(pair[0].GetString()!);
            var expected = FromHex(pair[1].GetString()!);
            var actual = function(argument);
            if (BitConverter.DoubleToInt64Bits(actual) != BitConverter.DoubleToInt64Bits(expected))
            {
                problems.Add($"{name}({argument:R}): Node {expected:R}, C# {actual:R}");
            }
        }
    }

    private static double FromHex(string bits) =>
        BitConverter.Int64BitsToDouble(long.Parse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
