using System.Globalization;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch.Intake;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Batch.Generation;

/// <summary>A sector to generate for: its catalog and the sample submissions to vary.</summary>
/// <param name="Sector">The sector id.</param>
/// <param name="Catalog">The sector's catalog.</param>
/// <param name="Samples">The sample submissions of the sector, in a fixed order.</param>
public sealed record SectorSamples(string Sector, Catalog Catalog, IReadOnlyList<Submission> Samples);

/// <summary>What to generate.</summary>
/// <param name="Count">The number of rows.</param>
/// <param name="Seed">The seed: the same seed, samples and catalogs give the same rows.</param>
/// <param name="BadShare">The share of rows made unassessable on purpose (0 to 1).</param>
/// <param name="Periods">The reporting periods; every product is submitted once in each.</param>
public sealed record GeneratorOptions(long Count, ulong Seed, decimal BadShare, IReadOnlyList<string> Periods);

/// <summary>What makes a generated row unassessable.</summary>
public enum RowDefect
{
    /// <summary>The credit code's check character is wrong.</summary>
    CreditCodeCheck,

    /// <summary>The credit code lacks a character.</summary>
    CreditCodeLength,

    /// <summary>A value is not a written decimal (<c>12,5</c>, <c>约12</c>).</summary>
    ValueNotANumber,

    /// <summary>The product class is not one of the catalog's.</summary>
    UnknownProductClass,

    /// <summary>The enterprise name is missing.</summary>
    MissingEnterpriseName,

    /// <summary>The period is not written as 2026, 2026-H1, 2026-Q3 or 2026-07.</summary>
    PeriodFormat,

    /// <summary>A categorical value is written as a remark (<c>见检测报告</c>, see the test report) instead of one of its values.</summary>
    CategoricalRemark,
}

/// <summary>The names of the defects.</summary>
public static class RowDefects
{
    /// <summary>A defect's name in both languages.</summary>
    public static LocalizedText Name(RowDefect defect) => defect switch
    {
        RowDefect.CreditCodeCheck => new("信用代码校验码错误", "credit code check character wrong"),
        RowDefect.CreditCodeLength => new("信用代码缺位", "credit code too short"),
        RowDefect.ValueNotANumber => new("数值写法错误", "value not a number"),
        RowDefect.UnknownProductClass => new("产品类别未知", "unknown product class"),
        RowDefect.MissingEnterpriseName => new("缺少企业名称", "enterprise name missing"),
        RowDefect.PeriodFormat => new("报告期写法错误", "period not in a known form"),
        _ => new("分类值写成了备注", "categorical value written as a remark"),
    };
}

/// <summary>A generated row: its number (from 0), the submission, and the defect put in it on purpose, if any.</summary>
public sealed record GeneratedRow(long Number, Submission Submission, RowDefect? Defect);

/// <summary>
/// Generates realistic batches from the shipped samples (see <c>docs/batch.md</c>, "Generated batches"): enterprises
/// of Weinan's eleven counties and districts, in illustrative industrial clusters, with valid credit codes; each submits
/// one to four products varied from its sector's samples — about eight results each, values drawn around the sample's
/// and the catalog's bounds, an enterprise standard for some — once per period; a chosen share of rows carries one
/// defect that makes it unassessable. Every row is drawn from the seed and its position alone: the rows are streamed in bounded
/// memory, and the same seed gives the same rows.
/// </summary>
public sealed class SampleGenerator
{
    private const ulong ProductStream = 2;
    private const ulong ValueStream = 3;
    private const ulong DefectStream = 4;

    private static readonly (EvidenceGrade Item, int Weight)[] Evidence =
        [(EvidenceGrade.AccreditedLab, 55), (EvidenceGrade.SelfTested, 25), (EvidenceGrade.Declared, 12), (EvidenceGrade.IndependentlyVerified, 8)];

    private readonly GeneratorOptions _options;
    private readonly IReadOnlyList<string> _sectors;
    private readonly Dictionary<string, IReadOnlyList<ProductTemplate>> _templates;
    private readonly Dictionary<string, (ProductTemplate Item, int Weight)[]> _weighted;
    private readonly IReadOnlyList<(string Sector, Catalog Catalog)> _catalogs;
    private readonly HashSet<string> _declaredKeys;

    /// <summary>A generator over the sectors' samples.</summary>
    /// <exception cref="ArgumentException">No sector has a sample that fits its catalog, or an option is out of range.</exception>
    public SampleGenerator(IReadOnlyList<SectorSamples> sectors, GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count < 0 || options.BadShare is < 0m or > 1m || options.Periods.Count == 0 || !options.Periods.All(Periods.IsValid))
        {
            throw new ArgumentException("Count ≥ 0, a bad share from 0 to 1 and at least one valid period are required.", nameof(options));
        }

        _options = options;
        _templates = sectors.ToDictionary(s => s.Sector, s => (IReadOnlyList<ProductTemplate>)[.. s.Samples.Select(x => ProductTemplate.From(x, s.Catalog)).OfType<ProductTemplate>()],
            StringComparer.Ordinal);
        _weighted = _templates.ToDictionary(t => t.Key, t => t.Value.Select(x => (x, x.Weight)).ToArray(), StringComparer.Ordinal);
        _sectors = [.. sectors.Select(s => s.Sector).Where(s => _templates[s].Count > 0)];
        if (_sectors.Count == 0)
        {
            throw new ArgumentException("No sector has a sample to vary.", nameof(sectors));
        }

        _catalogs = [.. sectors.Where(s => _sectors.Contains(s.Sector)).Select(s => (s.Sector, s.Catalog))];
        _declaredKeys = IntakeColumns.For(_catalogs, "zh-CN").Where(c => c.Role == IntakeColumnRole.Declared).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The sectors generated for (those with a sample that fits their catalog).</summary>
    public IReadOnlyList<string> Sectors => _sectors;

    /// <summary>
    /// The intake columns the rows can fill: the fields, and the value, declared and limit columns of the indicators the
    /// samples measure — the header of a CSV or XLSX file of the rows.
    /// </summary>
    public IReadOnlyList<IntakeColumn> Columns(string language)
    {
        var results = _templates.Values.SelectMany(t => t).SelectMany(t => t.Units).SelectMany(u => u).ToList();
        var keys = results.Select(r => IntakeCells.Key(r.Indicator.Id, r.Component))
            .Concat(results.Where(r => r.Component is null).Select(r => r.Indicator.Id + ".limit"))
            .Concat(results.Where(r => r.Unit is not null).Select(r => IntakeCells.Key(r.Indicator.Id, r.Component) + ".unit"))
            .Concat(_templates.Values.SelectMany(t => t).SelectMany(t => t.Declared).Select(d => IntakeCells.Key(d.IndicatorId, d.Component) + ".declared"))
            .ToHashSet(StringComparer.Ordinal);
        var details = results.Where(r => r.Method is not null).Select(r => (Key: IntakeCells.Key(r.Indicator.Id, r.Component), Suffix: "method"))
            .Concat(results.Where(r => r.Basis is not null).Select(r => (Key: IntakeCells.Key(r.Indicator.Id, r.Component), Suffix: "basis")))
            .ToHashSet();
        var columns = new List<IntakeColumn>();
        foreach (var column in IntakeColumns.For(_catalogs, language))
        {
            if (column.Role != IntakeColumnRole.Field && !keys.Contains(column.Key))
            {
                continue;
            }

            columns.Add(column);
            columns.AddRange(new[] { "method", "basis" }.Where(suffix => column.Role == IntakeColumnRole.Value && details.Contains((column.Key, suffix)))
                .Select(suffix => IntakeColumns.Detail(column, suffix)));
        }

        return columns;
    }

    /// <summary>
    /// The rows, period by period: in each, the products of enterprise 0, 1, 2 … until the count is reached (the last
    /// period may stop part-way).
    /// </summary>
    public IEnumerable<GeneratedRow> Rows() => Positions().Select(Row);

    /// <summary>
    /// The rows in the same order, each drawn and then projected (e.g. written as a line) in parallel; memory depends on
    /// the degree of parallelism, not on the count.
    /// </summary>
    /// <param name="project">What to make of a row.</param>
    /// <param name="parallelism">Rows drawn at once (default: the number of processors).</param>
    public IEnumerable<T> Rows<T>(Func<GeneratedRow, T> project, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Positions()
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, parallelism ?? Environment.ProcessorCount))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(position => project(Row(position)));
    }

    /// <summary>Where each row is: its number, its enterprise, the enterprise's product and the period.</summary>
    private readonly record struct Position(long Row, GeneratedEnterprise Enterprise, long EnterpriseIndex, int Product, int Period);

    private IEnumerable<Position> Positions()
    {
        var periods = _options.Periods;
        var perPeriod = (_options.Count + periods.Count - 1) / periods.Count;
        long enterprises = 0;
        for (long products = 0; products < perPeriod; enterprises++)
        {
            products += Population.Enterprise(_options.Seed, enterprises, _sectors).Products;
        }

        long row = 0;
        for (var period = 0; period < periods.Count; period++)
        {
            for (long e = 0; e < enterprises; e++)
            {
                var enterprise = Population.Enterprise(_options.Seed, e, _sectors);
                for (var p = 0; p < enterprise.Products; p++)
                {
                    if (row == _options.Count)
                    {
                        yield break;
                    }

                    yield return new Position(row++, enterprise, e, p, period);
                }
            }
        }
    }

    private GeneratedRow Row(Position position)
    {
        var (row, enterprise, e, p, periodIndex) = position;
        var period = _options.Periods[periodIndex];
        var product = SampleRandom.For(_options.Seed, ProductStream, (ulong)e, (ulong)p);
        var template = product.Pick(_weighted[enterprise.Sector]);
        var kept = Keep(template, ref product);
        var standard = product.Chance(0.3m);
        var limits = new List<EnterpriseLimit>();
        var wanted = 1 + product.Below(4);
        foreach (var result in template.Units.Where((_, i) => kept[i]).SelectMany(u => u))
        {
            if (standard && limits.Count < wanted && result.Component is null && ValueDraw.EnterpriseLimit(result, ref product) is { } limit)
            {
                limits.Add(new EnterpriseLimit { IndicatorId = result.Indicator.Id, Limit = limit, Unit = result.Unit });
            }
        }

        var values = SampleRandom.For(_options.Seed, ValueStream, (ulong)e, (ulong)p, (ulong)periodIndex);
        var evidence = values.Pick(Evidence);
        var reference = evidence == EvidenceGrade.Declared ? null : string.Create(CultureInfo.InvariantCulture, $"WNJC-{period[..4]}-{values.Below(100_000):D5}");
        var results = new List<MeasuredResult>();
        var indicators = new List<Indicator>();
        var measured = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Units.Count; i++)
        {
            if (!kept[i])
            {
                continue;
            }

            decimal? shared = template.Units[i].Count > 1 ? values.Jitter(0.08m) : null;
            foreach (var result in template.Units[i])
            {
                results.Add(new MeasuredResult
                {
                    IndicatorId = result.Indicator.Id,
                    Component = result.Component,
                    Value = ValueDraw.Value(result, ref values, shared),
                    Unit = result.Unit,
                    Basis = result.Basis,
                    TestMethod = result.Method,
                    Evidence = evidence,
                    Reference = reference,
                });
                indicators.Add(result.Indicator);
                measured.Add(IntakeCells.Key(result.Indicator.Id, result.Component));
            }
        }

        var sample = template.Sample;
        var productId = string.Create(CultureInfo.InvariantCulture, $"WN{e + 1:D6}-{p + 1:D2}");
        var submission = new Submission
        {
            Id = $"{productId}-{period}",
            Sector = enterprise.Sector,
            Period = period,
            Enterprise = new Enterprise { Name = enterprise.Name, CreditCode = enterprise.CreditCode, County = enterprise.County.Name, Cluster = enterprise.Cluster },
            Product = new Product
            {
                Id = productId,
                Name = sample.Product.Name,
                Category = sample.Product.Category,
                ProductClass = sample.Product.ProductClass,
                DeclaredStandards = sample.Product.DeclaredStandards,
                DeclaredValues = [.. template.Declared.Where(d => measured.Contains(IntakeCells.Key(d.IndicatorId, d.Component)) &&
                                                              _declaredKeys.Contains(IntakeCells.Key(d.IndicatorId, d.Component) + ".declared"))],
            },
            Results = results,
            EnterpriseStandard = limits.Count == 0
                ? null
                : new EnterpriseStandard
                {
                    Code = string.Create(CultureInfo.InvariantCulture, $"{enterprise.StandardPrefix} {p + 1:D4}-{2023 + product.Below(3)}"),
                    Title = sample.Product.Name,
                    Limits = limits,
                },
        };

        var defects = SampleRandom.For(_options.Seed, DefectStream, (ulong)row);
        return defects.Chance(_options.BadShare) ? Spoil(row, submission, indicators, ref defects) : new GeneratedRow(row, submission, null);
    }

    /// <summary>
    /// Which units of the template the product measures, the same in every period: half the products submit every result
    /// of their sample, the others four to eight of them — about eight results a submission over the shipped samples. A
    /// submission that leaves out a binding indicator has a level that cannot be determined, as in real intake.
    /// </summary>
    private static bool[] Keep(ProductTemplate template, ref SampleRandom random)
    {
        var kept = new bool[template.Units.Count];
        if (random.Chance(0.5m))
        {
            Array.Fill(kept, true);
            return kept;
        }

        var order = Enumerable.Range(0, template.Units.Count).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Below(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var target = 4 + random.Below(5);
        var count = 0;
        foreach (var unit in order)
        {
            if (count >= target)
            {
                break;
            }

            kept[unit] = true;
            count += template.Units[unit].Count;
        }

        return kept;
    }

    /// <summary>Puts one defect into a row, chosen among those the row can carry.</summary>
    /// <param name="row">The row number.</param>
    /// <param name="submission">The row.</param>
    /// <param name="indicators">The indicator of each of its results.</param>
    /// <param name="random">The row's draws.</param>
    private static GeneratedRow Spoil(long row, Submission submission, IReadOnlyList<Indicator> indicators, ref SampleRandom random)
    {
        var numbers = Enumerable.Range(0, indicators.Count)
            .Where(i => indicators[i].Kind == IndicatorKind.Quantitative && Sdk.Numbers.WrittenNumber.TryParse(submission.Results[i].Value, out _)).ToList();
        var named = Enumerable.Range(0, indicators.Count)
            .Where(i => indicators[i].Kind == IndicatorKind.Categorical && (indicators[i].Values ?? []).Count > 0).ToList();
        var kinds = new List<RowDefect> { RowDefect.CreditCodeCheck, RowDefect.CreditCodeLength, RowDefect.MissingEnterpriseName, RowDefect.PeriodFormat, RowDefect.UnknownProductClass };
        if (numbers.Count > 0)
        {
            kinds.Add(RowDefect.ValueNotANumber);
        }

        if (named.Count > 0)
        {
            kinds.Add(RowDefect.CategoricalRemark);
        }

        var kind = random.Pick(kinds);
        var at = kind switch
        {
            RowDefect.ValueNotANumber => random.Pick(numbers),
            RowDefect.CategoricalRemark => random.Pick(named),
            _ => -1,
        };
        var code = submission.Enterprise.CreditCode!;
        var spoiled = kind switch
        {
            RowDefect.CreditCodeCheck => submission with
            {
                Enterprise = submission.Enterprise with
                {
                    CreditCode = code[..^1] + CreditCode.Alphabet[(CreditCode.Alphabet.IndexOf(code[^1], StringComparison.Ordinal) + 1 + random.Below(30)) % 31],
                },
            },
            RowDefect.CreditCodeLength => submission with { Enterprise = submission.Enterprise with { CreditCode = code.Remove(8 + random.Below(9), 1) } },
            RowDefect.MissingEnterpriseName => submission with { Enterprise = submission.Enterprise with { Name = "" } },
            RowDefect.PeriodFormat => submission with { Period = PeriodInWords(submission.Period!) },
            RowDefect.UnknownProductClass => submission with { Product = submission.Product with { ProductClass = "普通类" } },
            RowDefect.ValueNotANumber => Replace(submission, at, v => v.Contains('.', StringComparison.Ordinal) ? v.Replace('.', ',') : "约" + v),
            _ => Replace(submission, at, _ => "见检测报告"),
        };
        return new GeneratedRow(row, spoiled, kind);
    }

    private static Submission Replace(Submission submission, int index, Func<string, string> value) =>
        submission with { Results = [.. submission.Results.Select((r, i) => i == index ? r with { Value = value(r.Value) } : r)] };

    /// <summary>A period as people write it in words: 2026年上半年, 2026年第3季度, 2026年7月.</summary>
    private static string PeriodInWords(string period) => period.Length switch
    {
        4 => period + "年度",
        _ when period[5] == 'H' => period[..4] + (period[6] == '1' ? "年上半年" : "年下半年"),
        _ when period[5] == 'Q' => $"{period[..4]}年第{period[6]}季度",
        _ => $"{period[..4]}年{int.Parse(period[5..], CultureInfo.InvariantCulture)}月",
    };
}
