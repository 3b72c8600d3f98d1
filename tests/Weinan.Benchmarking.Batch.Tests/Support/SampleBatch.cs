using System.Text.Json.Nodes;

namespace Weinan.Benchmarking.Batch.Tests.Support;

/// <summary>Batches made from the textile and chemical samples, each row with its own id, county and cluster.</summary>
internal static class SampleBatch
{
    public static readonly string[] Counties = ["临渭区", "华州区", "潼关县", "大荔县", "合阳县", "澄城县", "蒲城县", "白水县", "富平县", "韩城市", "华阴市"];

    private static readonly Lazy<IReadOnlyList<string>> Samples = new(() =>
        new[] { "textiles", "chemicals" }.SelectMany(s => Directory.GetFiles(Catalogs.Samples(s), "*.json").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText).ToList());

    /// <summary>
    /// <paramref name="count"/> JSONL lines: the samples in turn, row <c>n</c> with id <c>row-n</c>, a county of Weinan by
    /// turn and its sector's cluster; <paramref name="edit"/> changes a row's enterprise (name, county, cluster, credit code).
    /// </summary>
    public static IEnumerable<string> Lines(int count, Action<int, JsonObject>? edit = null)
    {
        for (var n = 0; n < count; n++)
        {
            var node = JsonNode.Parse(Samples.Value[n % Samples.Value.Count])!.AsObject();
            node["id"] = $"row-{n}";
            var enterprise = node["enterprise"]!.AsObject();
            enterprise["county"] = Counties[n % Counties.Length];
            edit?.Invoke(n, enterprise);
            yield return node.ToJsonString();
        }
    }

    /// <summary>Writes lines into a JSONL file.</summary>
    public static string Write(TempDirectory temp, IEnumerable<string> lines, string name = "batch.jsonl") =>
        temp.File(name, string.Join("\n", lines) + "\n");
}
