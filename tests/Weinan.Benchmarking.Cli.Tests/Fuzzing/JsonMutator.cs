using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Weinan.Benchmarking.Cli.Tests.Fuzzing;

/// <summary>
/// Structure-aware mutations of a JSON document: delete fields, set nulls, swap types, write extreme, signed, exponent
/// and unicode numbers and text, duplicate items (and so their ids), empty arrays, put nulls inside arrays, nest deeply,
/// rename fields; now and then the text itself is cut or spliced. Driven by one <see cref="Random"/>, so a seed
/// reproduces a case exactly.
/// </summary>
internal sealed class JsonMutator(Random random)
{
    /// <summary>Fields whose strings are written decimals; they get numeric text more often.</summary>
    private static readonly HashSet<string> NumberFields =
        ["value", "max", "min", "nominal", "tolerance", "uncertainty", "coverageFactor", "detectionLimit", "roundingInterval", "factor", "editionYear"];

    private static readonly string[] Numbers =
    [
        "99999999999999999999", "-99999999999999999999", "100000000000000000000", "1e19", "1e20", "1e-28", "1E+19",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "79228162514264337593543950335", "0", "-0", "-5", "+7",
        "−3", "1.5e3", "16.50(+)", "15.5(−)", "<0.01", "＜0", "<", "ND", "未检出", "NaN", "Infinity", "1,2.3", "0.1 %", "60.05/46.03",
        "1/0", "0/1", "99999999999999999999/0.0000000000000000000000000001", "0.0000000000000000000000000001/99999999999999999999",
        "3-4", "1-2", "5", "none",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "甲醛", "\u001b[31mred\u001b[0m", "\u001b]0;title\u0007", "nul\u0000byte", "\u202eevil\u202c", "\u2066iso\u2069", "line\nbreak",
        "😀🧵", "e\u0301", "\uFEFF", "ｆｕｌｌ", "null", "true", "[]", "{}", "{{ report }}", "<script>x</script>", "a|b*c_", "../../etc/passwd",
        "textiles", "infant", "formaldehyde", "international-leading", "accreditedLab", "upper", "range", "ordinal", "categorical",
        "lowerIsBetter", "foreignAdvanced", "mandatory", "GB 18401-2010", "1.0", "2.0", "1", "mg/kg", "%", "g/kg", "HCOOH",
    ];

    private static readonly string[] Literals = ["0", "-1", "1e400", "-1e400", "1.7976931348623157E+308", "12.50", "true", "false", "[]", "{}", "[null]", "\"\""];

    private static readonly string[] Documents = ["", "[]", "null", "{}", "\"text\"", "42", "{\"schemaVersion\": null}", "\uFEFF{}"];

    private static readonly JsonSerializerOptions Write = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 512 };
    private static readonly JsonDocumentOptions Read = new() { MaxDepth = 512 };

    /// <summary>One to four structural mutations, and in one case of ten a textual one; returns the text and what was done.</summary>
    public (string Text, string Description) Mutate(string json)
    {
        var root = JsonNode.Parse(json, documentOptions: Read)!;
        var done = new List<string>();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            done.Add(MutateOnce(root));
        }

        var text = root.ToJsonString(Write);
        if (random.Next(10) == 0)
        {
            (text, var what) = MutateText(text);
            done.Add(what);
        }

        return (text, string.Join("; ", done));
    }

    private string MutateOnce(JsonNode root)
    {
        var places = Places(root, "$").ToList();
        if (places.Count == 0)
        {
            return "nothing to mutate";
        }

        var (parent, key, index, path) = places[random.Next(places.Count)];
        var current = key is not null ? parent.AsObject()[key] : parent.AsArray()[index];
        switch (random.Next(12))
        {
            case 0:
                Remove(parent, key, index);
                return $"delete {path}";
            case 1:
                Set(parent, key, index, null);
                return $"null {path}";
            case 2 when current is JsonArray array:
                array.Clear();
                return $"empty {path}";
            case 3 when current is JsonArray array:
                array.Insert(random.Next(array.Count + 1), null);
                return $"null item in {path}";
            case 4 when current is JsonArray { Count: > 0 } array:
                var copy = array[random.Next(array.Count)]?.DeepClone();
                array.Insert(random.Next(array.Count + 1), copy);
                return $"duplicate item in {path}";
            case 5 when key is not null:
                var obj = parent.AsObject();
                var renamed = random.Next(2) == 0 ? key + "x" : key.ToUpperInvariant();
                obj.Remove(key);
                obj[renamed] = current;
                return $"rename {path} to {renamed}";
            case 6:
                Set(parent, key, index, Nest(random.Next(2) == 0 ? 70 : 8));
                return $"nest {path}";
            case 7:
                var literal = Literals[random.Next(Literals.Length)];
                Set(parent, key, index, JsonNode.Parse(literal, documentOptions: Read));
                return $"{path} = {literal}";
            case 8:
                var other = places[random.Next(places.Count)];
                var value = (other.Key is not null ? other.Parent.AsObject()[other.Key] : other.Parent.AsArray()[other.Index])?.DeepClone();
                Set(parent, key, index, value);
                return $"{path} = copy of {other.Path}";
            default:
                var numeric = key is not null && NumberFields.Contains(key) ? random.Next(5) > 0 : random.Next(4) == 0;
                var pool = numeric ? Numbers : Texts;
                var s = random.Next(30) == 0 ? new string('9', random.Next(30, 5000)) : pool[random.Next(pool.Length)];
                Set(parent, key, index, JsonValue.Create(s));
                return $"{path} = \"{s[..Math.Min(s.Length, 40)]}\"";
        }
    }

    private (string Text, string Description) MutateText(string text) => random.Next(4) switch
    {
        0 => (text[..random.Next(text.Length + 1)], "truncate"),
        1 => (text.Insert(random.Next(text.Length + 1), "\",}]{[:\u0000"[random.Next(8)].ToString()), "splice a character"),
        2 => (Documents[random.Next(Documents.Length)], "replace the document"),
        _ => (new string('[', 200) + text + new string(']', 200), "wrap in 200 arrays"),
    };

    private static JsonNode Nest(int depth)
    {
        JsonNode node = JsonValue.Create("deep")!;
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        }

        return node;
    }

    private static void Remove(JsonNode parent, string? key, int index)
    {
        if (key is not null)
        {
            parent.AsObject().Remove(key);
        }
        else
        {
            parent.AsArray().RemoveAt(index);
        }
    }

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (key is not null)
        {
            parent.AsObject()[key] = value;
        }
        else
        {
            parent.AsArray()[index] = value;
        }
    }

    /// <summary>Every member and item of the document, with its container.</summary>
    private static IEnumerable<(JsonNode Parent, string? Key, int Index, string Path)> Places(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, -1, $"{path}.{key}");
                    if (child is not null)
                    {
                        foreach (var place in Places(child, $"{path}.{key}"))
                        {
                            yield return place;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i, $"{path}[{i}]");
                    if (array[i] is { } child)
                    {
                        foreach (var place in Places(child, $"{path}[{i}]"))
                        {
                            yield return place;
                        }
                    }
                }

                break;
        }
    }
}
