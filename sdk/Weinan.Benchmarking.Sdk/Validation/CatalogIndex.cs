using System.Runtime.CompilerServices;
using FluentValidation;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Look-ups over a catalog, built once per catalog instance and shared by every validation against it.</summary>
internal sealed class CatalogIndex
{
    private const string ContextKey = "Weinan.Benchmarking.CatalogIndex";
    private static readonly ConditionalWeakTable<Catalog, CatalogIndex> Cache = new();

    private CatalogIndex(Catalog catalog)
    {
        Catalog = catalog;
        foreach (var indicator in catalog.Indicators ?? [])
        {
            if (!string.IsNullOrWhiteSpace(indicator?.Id))
            {
                Indicators.TryAdd(indicator.Id, indicator);
            }
        }

        foreach (var standard in catalog.Standards ?? [])
        {
            if (!string.IsNullOrWhiteSpace(standard?.Code))
            {
                StandardCodes.Add(standard.Code);
                StandardFamilies.Add(Assessment.EditionSelector.Family(standard.Code));
            }
        }

        var classes = new List<ProductClass>();
        foreach (var productClass in catalog.ProductClasses ?? [])
        {
            if (!string.IsNullOrWhiteSpace(productClass?.Id) && ProductClasses.Add(productClass.Id))
            {
                classes.Add(productClass);
            }
        }

        classes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        KnownProductClasses = new LocalizedText(string.Join("；", classes.Select(c => string.IsNullOrEmpty(c.Name?.Zh) ? c.Id : $"{c.Id}：{c.Name.Zh}")),
            string.Join(", ", classes.Select(c => c.Id)));

        var categories = new List<string>();
        foreach (var requirement in catalog.Requirements ?? [])
        {
            foreach (var category in requirement?.AppliesTo?.Categories ?? [])
            {
                if (!string.IsNullOrWhiteSpace(category) && Categories.Add(category))
                {
                    categories.Add(category);
                }
            }
        }

        KnownCategories = new LocalizedText(string.Join("、", categories), string.Join(", ", categories));

        foreach (var unit in catalog.Units ?? [])
        {
            if (!string.IsNullOrWhiteSpace(unit?.Symbol))
            {
                DeclaredUnits.Add(Units.Canonical(unit.Symbol));
            }
        }

        Converter = new UnitConverter((catalog.Conversions ?? []).Where(c => c is not null).ToList());
    }

    /// <summary>Units the catalog declares beyond the built-in ones (canonical spellings).</summary>
    public HashSet<string> DeclaredUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a unit is known: empty, built in, or declared by the catalog. Case matters (<c>mPa</c> is not <c>MPa</c>).</summary>
    public bool KnownUnit(string? unit) =>
        string.IsNullOrWhiteSpace(unit) || Units.Find(unit) is not null || DeclaredUnits.Contains(Units.Canonical(unit));

    public Catalog Catalog { get; }

    /// <summary>Indicators by id (the first of duplicates wins).</summary>
    public Dictionary<string, Indicator> Indicators { get; } = new(StringComparer.Ordinal);

    /// <summary>Standard codes.</summary>
    public HashSet<string> StandardCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>The families (code without year) of the catalog's standards, for the standards a product declares.</summary>
    public HashSet<string> StandardFamilies { get; } = new(StringComparer.Ordinal);

    /// <summary>Product class ids (case-insensitive, as requirement applicability matches them).</summary>
    public HashSet<string> ProductClasses { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The product classes, listed for a message: zh each id with its name (<c>skin-contact：直接接触皮肤的产品</c>), en the ids.</summary>
    public LocalizedText KnownProductClasses { get; }

    /// <summary>
    /// The product categories some requirement applies to (<c>appliesTo.categories</c>; case-insensitive, as requirement
    /// applicability matches them); empty when no requirement is limited to categories.
    /// </summary>
    public HashSet<string> Categories { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <see cref="Categories"/> in the order the catalog first names them, listed for a message (zh with 、, en with commas).</summary>
    public LocalizedText KnownCategories { get; }

    /// <summary>Converter with the catalog's conversions.</summary>
    public UnitConverter Converter { get; }

    public static CatalogIndex For(Catalog catalog) => Cache.GetValue(catalog, static c => new CatalogIndex(c));

    public static void Attach(IValidationContext context, CatalogIndex index) => context.RootContextData[ContextKey] = index;

    public static CatalogIndex? Of(IValidationContext context) =>
        context.RootContextData.TryGetValue(ContextKey, out var value) ? value as CatalogIndex : null;

    public Indicator? Indicator(string? id) => id is not null && Indicators.TryGetValue(id, out var indicator) ? indicator : null;

    /// <summary>Whether a value in <paramref name="unit"/> (empty = the indicator's unit) can be expressed in the indicator's unit.</summary>
    public bool UnitFits(string? unit, string? basis, Indicator indicator)
    {
        if (string.IsNullOrWhiteSpace(unit) || UnitConverter.SameUnit(unit, indicator.Unit))
        {
            return true;
        }

        if (Converter.TryGetFactor(unit, null, indicator.Unit, null, indicator.Id, out _, out _))
        {
            return true;
        }

        // A basis conversion that names both units also links them (e.g. mg/kg as CH3COOH ↔ % as HCOOH).
        return basis is not null && (Catalog.Conversions ?? []).Any(c => c is not null &&
            (c.IndicatorId is null || c.IndicatorId == indicator.Id) &&
            ((UnitConverter.SameUnit(c.FromUnit, unit) && UnitConverter.SameUnit(c.ToUnit, indicator.Unit)) ||
             (UnitConverter.SameUnit(c.ToUnit, unit) && UnitConverter.SameUnit(c.FromUnit, indicator.Unit))));
    }
}
