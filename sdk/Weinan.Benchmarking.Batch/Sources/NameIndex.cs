using System.Text;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch.Intake;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// Names by which a spreadsheet cell may stand for an id (<c>docs/batch.md</c> §1.1): the names the intake template gives
/// its columns, read from a header without a key in square brackets (<c>甲醛含量</c>, <c>Formaldehyde content</c>,
/// <c>甲醛含量 企业标准限值</c>), and the catalog's names of its sectors, product classes and categorical values, read
/// from a cell (<c>纺织服装</c>, <c>无异味</c>). Names are compared in Chinese or English (or both, as the template writes
/// a header) without spaces, letter case or the difference between full-width and half-width forms, with or without a
/// unit in brackets after them (<c>甲醛含量（mg/kg）</c>) and with or without the bracketed qualifier a name may carry
/// (<c>铅</c> for <c>铅（以Pb计）</c>) where that leaves one id. A name that fits two ids is ambiguous and stands for
/// neither. An id stands for itself, in any letter case.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, string?> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _loose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _candidates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    private NameIndex(IEnumerable<(string Key, LocalizedText Name)> named)
    {
        foreach (var (key, name) in named)
        {
            // The key itself, in any letter case (pH for ph), as a name.
            _keys.Add(key);
            Add(_exact, Normalise(key), key);
            foreach (var text in Names(name))
            {
                Add(_exact, Normalise(text), key);
                Add(_loose, Normalise(WithoutBrackets(text)), key);
            }
        }
    }

    /// <summary>The names of the submission's own fields (<c>企业名称</c> for <c>enterprise.name</c>, …).</summary>
    public static NameIndex Fields { get; } = new(IntakeColumns.For([], "zh-CN").Where(c => c.Role == IntakeColumnRole.Field).Select(c => (c.Key, c.Name)));

    /// <summary>The names of a sector's indicator columns: the template's, and the details a file may add to a value column.</summary>
    public static NameIndex Headers(string sector, Catalog catalog)
    {
        var columns = IntakeColumns.For([(sector, catalog)], "zh-CN").Where(c => c.Role != IntakeColumnRole.Field).ToList();
        var details = columns.Where(c => c.Role == IntakeColumnRole.Value)
            .SelectMany(v => new[] { "method", "basis", "evidence", "reference", "uncertainty", "k" }.Select(s => IntakeColumns.Detail(v, s)));
        return new NameIndex(columns.Concat(details).Select(c => (c.Key, c.Name)));
    }

    /// <summary>Ids with their names: sectors, product classes, the values of a categorical indicator.</summary>
    public static NameIndex Of(IEnumerable<(string Id, LocalizedText Name)> named) => new(named);

    /// <summary>The key a header or cell names, or null; <paramref name="ambiguous"/> lists the keys when it names several.</summary>
    public string? Match(string? header, out IReadOnlyList<string> ambiguous)
    {
        ambiguous = [];
        var text = (header ?? "").Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var whole = Normalise(text);
        var unitless = Normalise(WithoutLastBrackets(text));
        foreach (var (names, key) in new[] { (_exact, whole), (_loose, whole), (_exact, unitless), (_loose, unitless) })
        {
            if (key.Length == 0 || !names.TryGetValue(key, out var found))
            {
                continue;
            }

            if (found is null)
            {
                ambiguous = [.. _candidates[Tagged(names, key)].Order(StringComparer.Ordinal)];
                return null;
            }

            return found;
        }

        return null;
    }

    /// <summary>A name as compared: full-width forms folded to half-width, lower case, without white space.</summary>
    internal static string Normalise(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Full-width ASCII forms (<c>（</c>, <c>：</c>, <c>Ａ</c>, U+FF01–U+FF5E) as their half-width letters. Written out rather
    /// than left to Unicode normalisation, which the command line's invariant globalisation does not do.
    /// </summary>
    private static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\uFF01' and <= '\uFF5E')
            {
                chars[i] = (char)(chars[i] - 0xFEE0);
            }
        }

        return new string(chars);
    }

    /// <summary>The id a cell names, or the cell as written when it names none or several.</summary>
    /// <remarks>An id as written, what most cells hold, is answered without normalising the text.</remarks>
    public string IdOf(string text) => _keys.Contains(text) ? text : Match(text, out _) ?? text;

    private static IEnumerable<string> Names(LocalizedText name) =>
        name.Zh == name.En ? [name.Zh] : [name.Zh, name.En, $"{name.Zh} {name.En}"];

    /// <summary>The text without any bracketed part: <c>铅（以Pb计）</c> → <c>铅</c>.</summary>
    private static string WithoutBrackets(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var depth = 0;
        foreach (var c in folded)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return depth == 0 ? builder.ToString() : folded;
    }

    /// <summary>The text without a bracketed part at its end (a unit, as in <c>甲醛含量（mg/kg）</c>).</summary>
    private static string WithoutLastBrackets(string text)
    {
        var folded = Fold(text).TrimEnd();
        if (!folded.EndsWith(')'))
        {
            return "";
        }

        var depth = 0;
        for (var i = folded.Length - 1; i >= 0; i--)
        {
            depth += folded[i] switch { ')' => 1, '(' => -1, _ => 0 };
            if (depth == 0)
            {
                return folded[..i];
            }
        }

        return "";
    }

    private void Add(Dictionary<string, string?> names, string name, string key)
    {
        if (name.Length == 0)
        {
            return;
        }

        var tag = Tagged(names, name);
        if (!_candidates.TryGetValue(tag, out var keys))
        {
            _candidates[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
        }

        keys.Add(key);
        names[name] = keys.Count == 1 ? key : null;
    }

    private string Tagged(Dictionary<string, string?> names, string name) => (ReferenceEquals(names, _exact) ? "=" : "~") + name;
}
