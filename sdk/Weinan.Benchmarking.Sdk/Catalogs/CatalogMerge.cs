using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Catalogs;

/// <summary>
/// Merges a data-only catalog (same JSON format, e.g. from <c>--catalog FILE</c>) into a sector's catalog:
/// the union of standards, indicators, requirements, product classes and conversions. A repeated id is
/// <see cref="IssueCodes.CatalogMergeDuplicate"/>, a second ladder <see cref="IssueCodes.CatalogMergeLadderConflict"/>.
/// </summary>
public static class CatalogMerge
{
    /// <summary>
    /// Merges <paramref name="addition"/> into <paramref name="target"/>. A duplicate id (standard code, indicator id,
    /// requirement id, product-class id, or the same conversion) is an error issue naming <paramref name="file"/>, and the
    /// target's entry is kept. Product-class ids clash regardless of case, as validation compares them. A <c>null</c> entry
    /// of the addition is not merged (validating the addition reports it, <c>WB3004</c>). Sectors are united; the target's
    /// id, version and name are kept.
    /// </summary>
    public static CatalogMergeResult Merge(Catalog target, Catalog addition, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(addition);
        var issues = new List<Issue>();

        var merged = target with
        {
            Sectors = Union(target.Sectors, addition.Sectors),
            Standards = Add(target.Standards, addition.Standards, s => s.Code, "standards", file, issues),
            Indicators = Add(target.Indicators, addition.Indicators, i => i.Id, "indicators", file, issues),
            Requirements = Add(target.Requirements, addition.Requirements, r => r.Id, "requirements", file, issues),
            ProductClasses = Add(target.ProductClasses, addition.ProductClasses, p => p.Id, "productClasses", file, issues, StringComparer.OrdinalIgnoreCase),
            Conversions = Add(target.Conversions, addition.Conversions, ConversionKey, "conversions", file, issues),
            TestMethods = Add(target.TestMethods, addition.TestMethods, m => m.Code, "testMethods", file, issues),
            Units = Add(target.Units, addition.Units, u => u.Symbol, "units", file, issues),
            Ladder = target.Ladder ?? addition.Ladder,
        };

        if (target.Ladder is not null && addition.Ladder is not null)
        {
            issues.Add(new Issue
            {
                Code = IssueCodes.CatalogMergeLadderConflict,
                Severity = Severity.Warning,
                File = file,
                Path = "ladder",
                Message = new($"两个目录都定义了等级阶梯；保留“{target.Id}”的阶梯“{target.Ladder.Id}”。",
                    $"Both catalogs define a level ladder; the ladder '{target.Ladder.Id}' of '{target.Id}' is kept."),
            });
        }

        return new CatalogMergeResult(merged, issues);
    }

    private static string ConversionKey(Conversion c) =>
        $"{c.FromUnit}|{c.FromBasis}→{c.ToUnit}|{c.ToBasis}@{c.IndicatorId}";

    private static List<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        first.Concat(second).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<T> Add<T>(IReadOnlyList<T> target, IReadOnlyList<T> addition, Func<T, string?> key, string section,
        string? file, List<Issue> issues, StringComparer? comparer = null)
        where T : class
    {
        var result = new List<T>(target);
        var seen = target.Where(t => t is not null).Select(t => key(t) ?? "").ToHashSet(comparer ?? StringComparer.Ordinal);
        for (var i = 0; i < addition.Count; i++)
        {
            if (addition[i] is null)
            {
                continue;
            }

            var id = key(addition[i]) ?? "";
            if (seen.Add(id))
            {
                result.Add(addition[i]);
                continue;
            }

            issues.Add(new Issue
            {
                Code = IssueCodes.CatalogMergeDuplicate,
                File = file,
                Path = $"{section}[{i}]",
                Message = new($"重复的标识“{id}”：目录中已有同一标识的条目，附加目录中的这一条未合并。",
                    $"Duplicate id '{id}': the catalog already has an entry with this id; this entry of the added catalog was not merged."),
            });
        }

        return result;
    }
}
