using System.Globalization;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Content;

/// <summary>
/// Reads typed fields from one YAML mapping, reporting missing, mistyped and unknown fields at their positions.
/// Every getter marks its key as known, so <see cref="ReportUnknown"/> can name typos afterwards.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;

    public YamlFields(YamlMappingNode node, string path, int firstLine, DiagnosticBag diagnostics, string what)
    {
        _path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        _what = what;
        Start = YamlText.At(path, node.Start, firstLine);
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
            {
                if (!_entries.TryAdd(name, (scalar, value)))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateKey, $"the field '{name}' appears twice; remove one of them", SpanOf(scalar));
                }
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.WrongType, "a field name must be plain text", SpanOf(key));
            }
        }
    }

    /// <summary>Where the mapping starts.</summary>
    public SourceSpan Start { get; }

    /// <summary>Turns a node's mark into a file position.</summary>
    public SourceSpan SpanOf(YamlNode node) => YamlText.At(_path, node.Start, _firstLine);

    /// <summary>The position of a field's value, or of the mapping when the field is absent.</summary>
    public SourceSpan SpanOfField(string key) => _entries.TryGetValue(key, out var e) ? SpanOf(e.Value) : Start;

    /// <summary>Every field name, in file order (all of them then count as known).</summary>
    public IReadOnlyList<string> Keys()
    {
        var keys = _entries.Keys.ToList();
        _known.UnionWith(keys);
        return keys;
    }

    /// <summary>Reads a mapping nested in this one (an item of a <see cref="MappingList"/>) with the same file and diagnostics.</summary>
    public YamlFields Nested(YamlMappingNode node, string what) => new(node, _path, _firstLine, _diagnostics, what);

    /// <summary>Whether the field is present.</summary>
    public bool Has(string key)
    {
        _known.Add(key);
        return _entries.ContainsKey(key);
    }

    /// <summary>The longest title or name; they are repeated on every page.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest other text field (a summary, a probe, a signal).</summary>
    public const int MaxTextLength = 5_000;

    // Spaces and invisible format characters (zero-width space, joiners, the byte-order mark) leave a title blank.
    private static bool IsVisible(char c) => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format;

    /// <summary>A required, non-empty text value.</summary>
    public string? RequiredString(string key)
    {
        var value = OptionalString(key);
        if (value is null && !_entries.ContainsKey(key))
        {
            _diagnostics.Error(DiagnosticCodes.MissingField, $"{_what} is missing the required field '{key}'", Start);
        }
        else if (value is not null && !value.Any(IsVisible))
        {
            _diagnostics.Error(DiagnosticCodes.InvalidValue, $"the field '{key}' is empty; give it a value", SpanOfField(key));
            return null;
        }

        return value;
    }

    /// <summary>An optional text value (null when absent or reported as mistyped).</summary>
    public string? OptionalString(string key)
    {
        _known.Add(key);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YamlScalarNode scalar)
        {
            var text = scalar.Value ?? string.Empty;
            var limit = key is "title" or "name" ? MaxTitleLength : MaxTextLength;
            if (text.Length > limit)
            {
                // Titles appear on every page (navigation, search), so one huge title would multiply into a huge site.
                _diagnostics.Error(DiagnosticCodes.FieldTooLong,
                    $"the field '{key}' is {text.Length:N0} characters long; it may have at most {limit:N0}", SpanOf(entry.Value));
                return null;
            }

            return text;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType,
            $"the field '{key}' must be a single piece of text, not a {Describe(entry.Value)}", SpanOf(entry.Value));
        return null;
    }

    /// <summary>An optional nested set of fields (null when absent, or after reporting that it is not a set of fields).</summary>
    public YamlFields? OptionalMapping(string key, string what)
    {
        _known.Add(key);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, _path, _firstLine, _diagnostics, what);
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, $"the field '{key}' must be a set of fields (one 'name: value' per line, indented), not a {Describe(entry.Value)}",
            SpanOf(entry.Value));
        return null;
    }

    /// <summary>A required whole number.</summary>
    public int? RequiredInt(string key)
    {
        var text = RequiredString(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, $"the field '{key}' must be a whole number, not '{text}'", SpanOfField(key));
        return null;
    }

    /// <summary>An optional true/false value.</summary>
    public bool OptionalBool(string key, bool fallback)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return fallback;
        }

        switch (text)
        {
            case "true" or "True" or "yes":
                return true;
            case "false" or "False" or "no":
                return false;
            default:
                _diagnostics.Error(DiagnosticCodes.WrongType, $"the field '{key}' must be true or false, not '{text}'", SpanOfField(key));
                return fallback;
        }
    }

    /// <summary>A required value from a fixed set, with a hint for near misses.</summary>
    public string? RequiredChoice(string key, IReadOnlyCollection<string> allowed)
    {
        var text = RequiredString(key);
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidValue,
            $"'{text}' is not a valid {key}; use one of: {string.Join(", ", allowed)}{Suggest.Hint(text, allowed)}", SpanOfField(key));
        return null;
    }

    /// <summary>A list of text items (a lone string is accepted as a one-item list only when <paramref name="allowScalar"/>).</summary>
    public IReadOnlyList<Located<string>> StringList(string key, bool required, int minCount = 0, bool allowScalar = false)
    {
        _known.Add(key);
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.MissingField, $"{_what} is missing the required list '{key}'", Start);
            }

            return [];
        }

        var items = new List<Located<string>>();
        switch (entry.Value)
        {
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                    {
                        items.Add(new Located<string>(text, SpanOf(child)));
                    }
                    else
                    {
                        _diagnostics.Error(DiagnosticCodes.WrongType,
                            $"each item of '{key}' must be a non-empty piece of text, not a {Describe(child)}", SpanOf(child));
                    }
                }

                break;
            case YamlScalarNode { Value: { } single } when allowScalar && single.Length > 0:
                items.Add(new Located<string>(single, SpanOf(entry.Value)));
                break;
            case YamlScalarNode { Value: null or "" } when !required:
                break;
            default:
                _diagnostics.Error(DiagnosticCodes.WrongType,
                    $"the field '{key}' must be a list (lines starting with '- '), not a {Describe(entry.Value)}", SpanOf(entry.Value));
                return items;
        }

        if (items.Count < minCount)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidValue,
                $"'{key}' needs at least {minCount} item{(minCount == 1 ? string.Empty : "s")}; it has {items.Count}", SpanOf(entry.Value));
        }

        return items;
    }

    /// <summary>A required list of mappings (for example the questions of a bank).</summary>
    public IReadOnlyList<YamlMappingNode> MappingList(string key)
    {
        _known.Add(key);
        if (!_entries.TryGetValue(key, out var entry))
        {
            _diagnostics.Error(DiagnosticCodes.MissingField, $"{_what} is missing the required list '{key}'", Start);
            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, $"the field '{key}' must be a list, not a {Describe(entry.Value)}", SpanOf(entry.Value));
            return [];
        }

        var result = new List<YamlMappingNode>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode mapping)
            {
                result.Add(mapping);
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, $"each item of '{key}' must be a set of fields (id, text, …), not a {Describe(child)}", SpanOf(child));
            }
        }

        return result;
    }

    /// <summary>Reports every field no getter asked for, naming the closest known field.</summary>
    public void ReportUnknown()
    {
        foreach (var (name, entry) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!_known.Contains(name))
            {
                _diagnostics.Error(DiagnosticCodes.UnknownField,
                    $"{_what} has an unknown field '{name}'{Suggest.Hint(name, _known)}; known fields: {string.Join(", ", _known.Order(StringComparer.Ordinal))}",
                    SpanOf(entry.Key));
            }
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of fields",
        YamlScalarNode { Value: null or "" } => "empty value",
        _ => "single value",
    };
}

/// <summary>A value with the position it was read from.</summary>
internal readonly record struct Located<T>(T Value, SourceSpan Span);
