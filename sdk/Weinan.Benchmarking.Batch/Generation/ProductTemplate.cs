using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Batch.Generation;

/// <summary>
/// A shipped sample submission made ready to vary: its product, and for each of its results (the first per indicator and
/// component, in the catalog's order) what values the catalog's requirements make realistic. Results a plugin derives an
/// indicator from (energy total and output, mass per metre and theoretical mass) are kept or left out together.
/// </summary>
internal sealed class ProductTemplate
{
    private ProductTemplate(Submission sample, IReadOnlyList<IReadOnlyList<ResultTemplate>> units, IReadOnlyList<DeclaredValue> declared)
    {
        Sample = sample;
        Units = units;
        Declared = declared;
    }

    /// <summary>The sample.</summary>
    public Submission Sample { get; }

    /// <summary>The results, grouped into units kept or left out together, in the sample's order.</summary>
    public IReadOnlyList<IReadOnlyList<ResultTemplate>> Units { get; }

    /// <summary>The sample's label claims, in the indicator's unit.</summary>
    public IReadOnlyList<DeclaredValue> Declared { get; }

    /// <summary>
    /// How often the sample is varied: a sample made to show a failure (a value outside what binds the product, or more
    /// than a tenth off its label) a third as often as one that meets its requirements.
    /// </summary>
    public int Weight => Units.SelectMany(u => u).Any(r => r.Number is { } n && (!r.Bounds.Passes(n) || (r.Label is { } l && Math.Abs(n - l) > Math.Abs(l) / 10m))) ? 1 : 3;

    /// <summary>The template of a sample against its sector's catalog; null when none of its results fits the catalog.</summary>
    public static ProductTemplate? From(Submission sample, Catalog catalog)
    {
        var indicators = catalog.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var results = new List<ResultTemplate>();
        foreach (var result in sample.Results)
        {
            if (!indicators.TryGetValue(result.IndicatorId, out var indicator) || results.Exists(r => r.Indicator.Id == indicator.Id && r.Component == result.Component))
            {
                continue;
            }

            // The indicator's own unit and basis are left implicit; another is kept, and the bounds are read in it.
            var unit = string.IsNullOrEmpty(result.Unit) || result.Unit == indicator.Unit ? null : result.Unit;
            var basis = string.IsNullOrEmpty(result.Basis) || result.Basis == indicator.Basis ? null : result.Basis;
            var method = string.IsNullOrWhiteSpace(result.TestMethod) ? null : result.TestMethod;
            results.Add(ResultTemplate.From(result with { Unit = unit, Basis = basis, TestMethod = method }, indicator,
                Bounds(catalog, indicator, sample.Product, unit ?? indicator.Unit, basis ?? indicator.Basis)));
        }

        if (results.Count == 0)
        {
            return null;
        }

        // In the catalog's order, as the columns of an intake file are.
        var order = catalog.Indicators.Select((indicator, i) => (indicator.Id, i)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        results = [.. results.OrderBy(r => order[r.Indicator.Id]).ThenBy(r => r.Component is null ? -1 : IndexOf(r.Indicator.Components, r.Component))];

        // Inputs of a derived indicator computed from at most three results travel together.
        var bundles = catalog.Indicators.Where(i => i.DerivedFrom.Count is > 1 and <= 3 && i.DerivedFrom.All(d => results.Exists(r => r.Indicator.Id == d)))
            .Select(i => i.DerivedFrom.ToHashSet(StringComparer.Ordinal)).ToList();
        var units = new List<List<ResultTemplate>>();
        foreach (var result in results)
        {
            var bundle = bundles.FirstOrDefault(b => b.Contains(result.Indicator.Id));
            var unit = bundle is null ? null : units.FirstOrDefault(u => u.Exists(r => bundle.Contains(r.Indicator.Id)));
            if (unit is null)
            {
                units.Add([result]);
            }
            else
            {
                unit.Add(result);
            }
        }

        var declared = sample.Product.DeclaredValues
            .Where(d => indicators.TryGetValue(d.IndicatorId, out var i) && (string.IsNullOrEmpty(d.Unit) || d.Unit == i.Unit))
            .OrderBy(d => order[d.IndicatorId]).ThenBy(d => d.Component is null ? -1 : IndexOf(indicators[d.IndicatorId].Components, d.Component))
            .Select(d => d with { Unit = null }).ToList();
        foreach (var unit in units)
        {
            for (var i = 0; i < unit.Count; i++)
            {
                var label = declared.Find(d => d.IndicatorId == unit[i].Indicator.Id && d.Component == unit[i].Component);
                if (unit[i].Unit is null && label is not null && WrittenNumber.TryParse(label.Value, out var value))
                {
                    unit[i] = unit[i] with { Label = value.Value };
                }
            }
        }

        return new ProductTemplate(sample, units, declared);
    }

    private static int IndexOf(IReadOnlyList<IndicatorComponent> components, string component)
    {
        for (var i = 0; i < components.Count; i++)
        {
            if (components[i].Id == component)
            {
                return i;
            }
        }

        return components.Count;
    }

    /// <summary>The numeric bounds and minimum grades of the requirements that apply to the product, in a unit and basis.</summary>
    private static RequirementBounds Bounds(Catalog catalog, Indicator indicator, Product product, string unit, string? basis)
    {
        var standards = catalog.Standards.GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var declared = product.DeclaredStandards.Select(StandardEditions.Family).ToHashSet(StringComparer.Ordinal);
        decimal? passLow = null, passHigh = null;
        int? passGrade = null;
        var bounds = new List<decimal>();
        var maxima = new List<decimal>();
        var minima = new List<decimal>();
        var ranges = new List<(decimal Low, decimal High, int Scale)>();
        var grades = new List<int>();
        foreach (var requirement in catalog.Requirements)
        {
            if (requirement.IndicatorId != indicator.Id || !requirement.AppliesTo.Matches(product.Category, product.ProductClass) ||
                requirement.Unit != unit || (requirement.Limit.Basis ?? indicator.Basis) != basis)
            {
                continue;
            }

            // A requirement of a current edition binds when it is mandatory or its standard is declared.
            var binding = standards.TryGetValue(requirement.StandardCode, out var standard) && standard.Withdrawn is null &&
                          ((requirement.Force ?? standard.Force) == StandardForce.Mandatory || declared.Contains(StandardEditions.Family(standard.Code)));
            var limit = requirement.Limit;
            var (low, high) = NumericBounds(limit);
            if (low is { } lower)
            {
                minima.Add(lower);
                passLow = binding ? Math.Max(passLow ?? lower, lower) : passLow;
            }

            if (high is { } upper)
            {
                maxima.Add(upper);
                passHigh = binding ? Math.Min(passHigh ?? upper, upper) : passHigh;
            }

            if (limit.Kind is LimitKind.Range or LimitKind.Tolerance && low is { } from && high is { } to)
            {
                ranges.Add((from, to, Math.Max(from.Scale, to.Scale)));
            }

            if (limit.Kind == LimitKind.Ordinal && limit.Min is { } grade && ValueDraw.Position(indicator, grade) is var at and >= 0)
            {
                grades.Add(at);
                passGrade = binding ? Math.Max(passGrade ?? at, at) : passGrade;
            }
        }

        if (passLow is null && passHigh is null)
        {
            // Nothing binds: the strictest of the references stands in as the line products keep to.
            passLow = minima.Count > 0 ? minima.Max() : null;
            passHigh = maxima.Count > 0 ? maxima.Min() : null;
        }

        passGrade ??= grades.Count > 0 ? grades.Max() : null;

        bounds.AddRange(maxima);
        bounds.AddRange(minima);
        return new RequirementBounds(bounds, maxima, minima, ranges, grades, passLow, passHigh, passGrade);
    }

    /// <summary>The lower and upper bound a numeric limit sets, each null when it sets none.</summary>
    private static (decimal? Low, decimal? High) NumericBounds(Limit limit) => limit.Kind switch
    {
        LimitKind.Upper => (null, Number(limit.Max)),
        LimitKind.Lower => (Number(limit.Min), null),
        LimitKind.Range => (Number(limit.Min), Number(limit.Max)),
        LimitKind.Tolerance when Number(limit.Nominal) is { } n && Number(limit.Tolerance) is { } t => (n - t, n + t),
        _ => (null, null),
    };

    private static decimal? Number(string? written) => WrittenNumber.TryParse(written, out var n) && n.Suffix == SignSuffix.None ? n.Value : null;
}

/// <summary>The bounds of the requirements that apply to one product's indicator.</summary>
/// <param name="All">Every numeric bound.</param>
/// <param name="Maxima">Upper bounds (of upper limits and ranges).</param>
/// <param name="Minima">Lower bounds (of lower limits and ranges).</param>
/// <param name="Ranges">Ranges (and nominal ± tolerance) with the decimals they are written with.</param>
/// <param name="Grades">Minimum grades, as positions on the scale.</param>
/// <param name="PassLow">The lowest value every binding requirement accepts (mandatory, or of a declared standard), if any
/// sets one; where nothing binds, the strictest reference's.</param>
/// <param name="PassHigh">The highest value every binding requirement accepts, likewise.</param>
/// <param name="PassGrade">The lowest grade every binding requirement accepts, likewise.</param>
internal sealed record RequirementBounds(IReadOnlyList<decimal> All, IReadOnlyList<decimal> Maxima, IReadOnlyList<decimal> Minima,
    IReadOnlyList<(decimal Low, decimal High, int Scale)> Ranges, IReadOnlyList<int> Grades, decimal? PassLow, decimal? PassHigh, int? PassGrade)
{
    /// <summary>Whether a value meets every binding requirement.</summary>
    public bool Passes(decimal value) => (PassLow is not { } low || value >= low) && (PassHigh is not { } high || value <= high);

    /// <summary>The bounds that meet every binding requirement.</summary>
    public IReadOnlyList<decimal> Passing { get; } = [.. All.Where(b => (PassLow is not { } low || b >= low) && (PassHigh is not { } high || b <= high))];
}

/// <summary>One result of a sample, with what the catalog says around it.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Component">The component, if the indicator is measured per component.</param>
/// <param name="Unit">The unit, when not the indicator's.</param>
/// <param name="Basis">The reporting basis, when not the indicator's.</param>
/// <param name="Method">The test method, as the sample names it.</param>
/// <param name="Written">The sample's value as written.</param>
/// <param name="Number">The value, when it is a number (not "ND" or "&lt;0.01", which stay as written).</param>
/// <param name="Bounds">The bounds of the requirements on it, in its unit and basis.</param>
internal sealed record ResultTemplate(Indicator Indicator, string? Component, string? Unit, string? Basis, string? Method, string Written, decimal? Number,
    RequirementBounds Bounds)
{
    /// <summary>The value the sample's label declares for it, if any.</summary>
    public decimal? Label { get; init; }

    public static ResultTemplate From(MeasuredResult result, Indicator indicator, RequirementBounds bounds)
    {
        var text = result.Value.Trim();
        decimal? number = indicator.Kind == IndicatorKind.Quantitative && WrittenNumber.TryParse(text, out var n) ? n.Value : null;
        return new ResultTemplate(indicator, result.Component, result.Unit, result.Basis, result.TestMethod, text, number, bounds);
    }
}
