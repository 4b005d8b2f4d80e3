namespace PmGuideSite.Lint;

/// <summary>
/// Refuses rubric patterns whose matching time could grow faster than the answer: a repeated group that holds a
/// repeat or a choice ('(a+)+', '(a|a)*') and unbounded repeats of nearly any character ('.*', '[^.]+'), which run
/// to the end of a long answer from every place they start. Both JavaScript's and .NET's engines backtrack.
/// </summary>
/// <remarks>A repeated group may hold repeats when it also holds a plain character none of them can match, as in
/// '(?:\w+ ){0,3}': the space fixes where each round ends, so there is only one way to match.</remarks>
internal static class PatternSafety
{
    /// <summary>Why the pattern could backtrack without bound, or null when it cannot.</summary>
    public static string? Problem(string pattern)
    {
        var frames = new Stack<Frame>();
        frames.Push(new Frame(0));
        Atom? last = null;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            var at = i;
            if (c == '\\' && i + 1 < pattern.Length)
            {
                last = new Atom(at, EscapeSet(pattern[i + 1]), pattern[i + 1] is 'S' or 'W' or 'D', false, false);
                i += 2;
            }
            else if (c == '[')
            {
                var (set, broad, end) = ClassSet(pattern, i);
                last = new Atom(at, set, broad, false, false);
                i = end;
            }
            else if (c == '(')
            {
                frames.Push(new Frame(at));
                i += pattern.AsSpan(i).StartsWith("(?") ? 3 : 1;
                last = null;
                continue;
            }
            else if (c == ')' && frames.Count > 1)
            {
                var frame = frames.Pop();
                last = new Atom(frame.Start, null, false, frame.Repeats || frame.Branches, true) { Inner = frame };
                frames.Peek().Atoms.Add(last);
                frames.Peek().Repeats |= frame.Repeats;
                frames.Peek().Branches |= frame.Branches;
                i++;
                if (Quantifier(pattern, i) is not { } groupQuantifier)
                {
                    continue;
                }

                if (Problem(last, groupQuantifier, frames.Peek()) is { } groupProblem)
                {
                    return groupProblem;
                }

                i = groupQuantifier.End;
                continue;
            }
            else if (c == '|')
            {
                frames.Peek().Branches = true;
                i++;
                last = null;
                continue;
            }
            else
            {
                last = new Atom(at, c == '.' ? ch => ch is not ('\n' or '\r' or '\u2028' or '\u2029') : ch => ch == c, c == '.', false, false);
                i++;
            }

            frames.Peek().Atoms.Add(last);
            if (Quantifier(pattern, i) is { } quantifier)
            {
                if (Problem(last, quantifier, frames.Peek()) is { } problem)
                {
                    return problem;
                }

                i = quantifier.End;
            }
        }

        return null;
    }

    private static string? Problem(Atom atom, Repeat repeat, Frame frame)
    {
        atom.Quantified = true;
        atom.Repeated = repeat.Max > 1;
        frame.Repeats = true;
        if (atom.IsGroup && atom.Repeated && atom.Inner is { } inner)
        {
            if (inner.Branches)
            {
                return $"the group at character {atom.At + 1} repeats a choice ('|'), which can match the same words in many ways ('(a|a)*'); list the words without repeating the group";
            }

            if (inner.Repeats && !HasSeparator(inner))
            {
                return $"the group at character {atom.At + 1} repeats something that itself repeats ('(a+)+'), which can take exponential time; end each round with a character the inner repeat cannot match, as in '(?:\\w+ ){{0,3}}'";
            }
        }

        if (atom.Broad && repeat.Max == int.MaxValue)
        {
            return $"the repeat at character {atom.At + 1} has no upper bound over nearly every character, so it runs to the end of a long answer from every start; give it one, such as {{0,80}}";
        }

        return null;
    }

    // A plain character, always present, that no repeated atom of the group can match.
    private static bool HasSeparator(Frame frame)
    {
        var repeated = frame.Atoms.Where(a => a.Quantified).ToList();
        if (repeated.Any(a => a.IsGroup || a.Set is null))
        {
            return false;
        }

        return frame.Atoms.Any(a => !a.Quantified && !a.IsGroup && a.Set is { } set && Literal(a) is { } ch && repeated.All(r => !r.Set!(ch)));

        static char? Literal(Atom atom)
        {
            char? only = null;
            for (var c = 0; c < 128; c++)
            {
                if (atom.Set!((char)c))
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = (char)c;
                }
            }

            return only;
        }
    }

    private static Repeat? Quantifier(string pattern, int i)
    {
        if (i >= pattern.Length)
        {
            return null;
        }

        Repeat? repeat = pattern[i] switch
        {
            '*' => new Repeat(int.MaxValue, i + 1),
            '+' => new Repeat(int.MaxValue, i + 1),
            '?' => new Repeat(1, i + 1),
            '{' => Braces(pattern, i),
            _ => null,
        };
        return repeat is { } r && r.End < pattern.Length && pattern[r.End] == '?' ? r with { End = r.End + 1 } : repeat;
    }

    private static Repeat? Braces(string pattern, int i)
    {
        var close = pattern.IndexOf('}', i);
        if (close < 0)
        {
            return null;
        }

        var body = pattern[(i + 1)..close];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return int.TryParse(body, out var exact) ? new Repeat(exact, close + 1) : null;
        }

        var upper = body[(comma + 1)..];
        return upper.Length == 0 ? new Repeat(int.MaxValue, close + 1) : int.TryParse(upper, out var max) ? new Repeat(max, close + 1) : null;
    }

    private static Func<char, bool> EscapeSet(char e) => e switch
    {
        'd' => c => c is >= '0' and <= '9',
        'D' => c => c is not (>= '0' and <= '9'),
        'w' => IsWord,
        'W' => c => !IsWord(c),
        's' => IsSpace,
        'S' => c => !IsSpace(c),
        'b' or 'B' => _ => false,
        'n' => c => c == '\n',
        't' => c => c == '\t',
        _ => c => c == e,
    };

    private static (Func<char, bool> Set, bool Broad, int End) ClassSet(string pattern, int i)
    {
        var negated = i + 1 < pattern.Length && pattern[i + 1] == '^';
        var j = negated ? i + 2 : i + 1;
        var parts = new List<Func<char, bool>>();
        while (j < pattern.Length && pattern[j] != ']')
        {
            char low;
            if (pattern[j] == '\\' && j + 1 < pattern.Length)
            {
                var e = pattern[j + 1];
                j += 2;
                if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
                {
                    parts.Add(EscapeSet(e));
                    continue;
                }

                low = e == 'n' ? '\n' : e == 't' ? '\t' : e;
            }
            else
            {
                low = pattern[j++];
            }

            if (j + 1 < pattern.Length && pattern[j] == '-' && pattern[j + 1] != ']')
            {
                var high = pattern[j + 1] == '\\' && j + 2 < pattern.Length ? pattern[j + 2] : pattern[j + 1];
                j += pattern[j + 1] == '\\' ? 3 : 2;
                var (from, to) = (low, high);
                parts.Add(c => c >= from && c <= to);
            }
            else
            {
                var only = low;
                parts.Add(c => c == only);
            }
        }

        bool Set(char c) => parts.Any(p => p(c)) != negated;
        return (Set, negated, Math.Min(j + 1, pattern.Length));
    }

    private static bool IsWord(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A')
        or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';

    private readonly record struct Repeat(int Max, int End);

    private sealed class Frame(int start)
    {
        public int Start { get; } = start;

        public List<Atom> Atoms { get; } = [];

        public bool Repeats { get; set; }

        public bool Branches { get; set; }
    }

    private sealed class Atom(int at, Func<char, bool>? set, bool broad, bool innerRepeats, bool isGroup)
    {
        public int At { get; } = at;

        public Func<char, bool>? Set { get; } = set;

        public bool Broad { get; } = broad;

        public bool InnerRepeats { get; } = innerRepeats;

        public bool IsGroup { get; } = isGroup;

        public Frame? Inner { get; init; }

        public bool Quantified { get; set; }

        public bool Repeated { get; set; }
    }
}
