using Weinan.Benchmarking.Batch.Intake;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Batch.Generation;

/// <summary>An industrial cluster or park: where it is and which sectors it hosts (none listed: any).</summary>
/// <param name="Name">The name (illustrative).</param>
/// <param name="County">The county or district it lies in.</param>
/// <param name="Sectors">The sector ids it hosts; empty for a park open to every sector.</param>
internal sealed record Cluster(string Name, string County, IReadOnlyList<string> Sectors);

/// <summary>An enterprise of the generated population.</summary>
internal sealed record GeneratedEnterprise(string Sector, string Name, string CreditCode, County County, string? Cluster, int Products, string StandardPrefix);

/// <summary>
/// The enterprises of a generated batch, each drawn from the seed and its number alone: its sector, its county and
/// cluster, a registered-looking name, a unified social credit code registered in its county (valid: the check
/// character computed by <see cref="CreditCode"/>), and how many products it submits. The cluster and park names are
/// illustrative, not a register.
/// </summary>
internal static class Population
{
    private const ulong Stream = 1;

    /// <summary>Illustrative industrial clusters and parks of Weinan, by county, with the sectors they host.</summary>
    public static IReadOnlyList<Cluster> Clusters { get; } =
    [
        new("渭南高新技术产业开发区", "临渭区", []),
        new("渭南经济技术开发区", "临渭区", ["textiles", "metallurgy", "building-materials"]),
        new("华州区工业园", "华州区", ["chemicals", "metallurgy"]),
        new("潼关县工业园", "潼关县", ["metallurgy"]),
        new("大荔县农产品加工园", "大荔县", ["food", "textiles"]),
        new("合阳县工业园", "合阳县", ["textiles", "food"]),
        new("澄城县工业园", "澄城县", ["building-materials", "food"]),
        new("蒲城高新技术产业开发区", "蒲城县", ["chemicals", "building-materials", "textiles"]),
        new("白水苹果产业园", "白水县", ["food"]),
        new("富平县食品工业园", "富平县", ["food"]),
        new("富平县建材工业园", "富平县", ["building-materials"]),
        new("韩城经济技术开发区", "韩城市", ["metallurgy", "chemicals"]),
        new("华阴市罗敷工业园", "华阴市", ["metallurgy", "building-materials"]),
    ];

    private static readonly string[] First = ["秦", "华", "渭", "金", "长", "丰", "宏", "新", "瑞", "恒", "鑫", "东", "汇", "兴", "嘉", "永", "天", "荣", "博", "盛", "德", "利", "信", "和", "安", "泰", "裕", "通", "源", "达"];
    private static readonly string[] Second = ["源", "岳", "河", "石", "青", "泽", "达", "元", "丰", "信", "盛", "方", "通", "禾", "康", "宇", "川", "原", "辉", "隆", "远", "晟", "润", "昌", "邦", "华", "美", "越", "峰", "光"];

    private static readonly Dictionary<string, string[]> Trades = new(StringComparer.Ordinal)
    {
        ["textiles"] = ["服饰", "针织", "纺织", "家纺", "制衣"],
        ["food"] = ["食品", "乳业", "果业", "果汁", "饮品"],
        ["chemicals"] = ["化工", "煤化", "能源化工", "精细化工"],
        ["metallurgy"] = ["钢铁", "特钢", "轧钢", "金属材料"],
        ["building-materials"] = ["水泥", "建材", "新型建材"],
    };

    private static readonly (string Item, int Weight)[] Forms = [("有限公司", 7), ("有限责任公司", 2), ("股份有限公司", 1)];
    private static readonly (int Item, int Weight)[] ProductCounts = [(1, 40), (2, 30), (3, 20), (4, 10)];
    private const string Letters = "ABCDEFGHJKLMNPQRSTUWXYZ";

    private static readonly Dictionary<string, County> CountyOf = WeinanCounties.All.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Cluster>> Parks = new(StringComparer.Ordinal);

    /// <summary>The clusters and parks hosting a sector.</summary>
    private static IReadOnlyList<Cluster> ParksOf(string sector) =>
        Parks.GetOrAdd(sector, s => [.. Clusters.Where(c => c.Sectors.Count == 0 || c.Sectors.Contains(s, StringComparer.Ordinal))]);

    /// <summary>Enterprise number <paramref name="index"/> of the population of a seed, among <paramref name="sectors"/>.</summary>
    public static GeneratedEnterprise Enterprise(ulong seed, long index, IReadOnlyList<string> sectors)
    {
        var random = SampleRandom.For(seed, Stream, (ulong)index);
        var products = random.Pick(ProductCounts);
        var sector = random.Pick(sectors);
        var park = random.Chance(0.8m) ? random.Pick(ParksOf(sector)) : null;
        var county = park is null ? random.Pick(WeinanCounties.All) : CountyOf[park.County];
        var trade = Trades.TryGetValue(sector, out var words) ? random.Pick(words) : "实业";
        var name = $"渭南{county.Name[..^1]}{random.Pick(First)}{random.Pick(Second)}{trade}{random.Pick(Forms)}";
        var prefix = $"Q/WN{Letters[random.Below(Letters.Length)]}{Letters[random.Below(Letters.Length)]}";
        return new GeneratedEnterprise(sector, name, CreditCodeFor(seed, index, county), county, park?.Name, products, prefix);
    }

    /// <summary>
    /// A valid credit code for an enterprise registered in <paramref name="county"/>: <c>91</c> (a company registered
    /// with market regulation), the county's division code, <c>MA</c> and seven characters that number the enterprise
    /// (a bijection of its index, so no two enterprises of a population share one), then the check character.
    /// </summary>
    public static string CreditCodeFor(ulong seed, long index, County county)
    {
        const ulong Space = 27_512_614_111UL; // 31^7
        // index × 3^18 (prime to 31), plus an offset drawn from the seed, modulo 31^7: one number per index.
        var offset = SampleRandom.For(seed, Stream, ulong.MaxValue).Next() % Space;
        var number = (long)((((ulong)index % Space * 387_420_489UL % Space) + offset) % Space);
        Span<char> serial = stackalloc char[7];
        for (var i = 6; i >= 0; i--)
        {
            serial[i] = CreditCode.Alphabet[(int)(number % 31)];
            number /= 31;
        }

        var body = $"91{county.Division}MA{serial}";
        return body + CreditCode.ExpectedCheckCharacter(body);
    }
}
