using System.Collections.Concurrent;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>How tabular rows are read.</summary>
/// <param name="IndicatorsOf">The indicator ids of a sector, or null for a sector no plugin serves (its indicator
/// columns are then all read, and the row is rejected for its sector).</param>
/// <param name="DefaultSector">The sector of rows that name none.</param>
public sealed record IntakeOptions(Func<string, IReadOnlySet<string>?> IndicatorsOf, string? DefaultSector = null)
{
    /// <summary>
    /// An indicator of a sector (sector, indicator id), or null when unknown. It decides how an enterprise limit cell is
    /// read: a minimum grade for an ordinal indicator (<c>≥ 3-4</c>), accepted values for a categorical one
    /// (<c>pass</c>), else a numeric limit (<c>≤ 75</c>).
    /// </summary>
    public Func<string, string, Indicator?> IndicatorOf { get; init; } = (_, _) => null;

    /// <summary>The name of a sector, for messages; null when unknown (the id is shown).</summary>
    public Func<string, LocalizedText?> SectorName { get; init; } = _ => null;

    /// <summary>The names by which a sector's indicator columns are read from a header without a key; null when unknown.</summary>
    internal Func<string, NameIndex?> HeaderNamesOf { get; init; } = _ => null;

    /// <summary>The sector a cell names, by id or by name (<c>纺织服装</c>); the cell as written when it names none.</summary>
    internal Func<string, string> SectorOf { get; init; } = sector => sector;

    /// <summary>The sector a text names, by id or by the name of its catalog (<c>纺织服装</c>, <c>Textiles and apparel</c>);
    /// the text as written when it names none.</summary>
    public string SectorNamed(string text) => SectorOf(text);

    /// <summary>The product class a cell names in a sector (sector, cell), by id or by name; the cell as written when it names none.</summary>
    internal Func<string, string, string> ProductClassOf { get; init; } = (_, text) => text;

    /// <summary>The value of a categorical indicator a cell names (sector, indicator id, cell), by id or by name
    /// (<c>无异味</c>); the cell as written when it names none.</summary>
    internal Func<string, string, string, string> ValueOf { get; init; } = (_, _, text) => text;

    /// <summary>
    /// Options over the sectors' catalogs, each looked up once per sector and indexed by indicator id.
    /// </summary>
    /// <param name="catalogOf">The catalog of a sector, or null for a sector no plugin serves.</param>
    /// <param name="defaultSector">The sector of rows that name none.</param>
    /// <param name="sectors">The sectors that may be named in a cell by their names rather than their ids (those of the
    /// loaded plugins); looked up only when a cell names no sector by its id.</param>
    public static IntakeOptions ForCatalogs(Func<string, Catalog?> catalogOf, string? defaultSector = null, IReadOnlyList<string>? sectors = null)
    {
        ArgumentNullException.ThrowIfNull(catalogOf);
        var bySector = new ConcurrentDictionary<string, Lazy<SectorIndicators?>>(StringComparer.Ordinal);
        SectorIndicators? Of(string sector) => bySector.GetOrAdd(sector, s => new(() => catalogOf(s) is { } catalog ? new SectorIndicators(s, catalog) : null)).Value;
        var sectorNames = new Lazy<NameIndex>(() => NameIndex.Of((sectors ?? []).Select(s => (s, Of(s)?.Name)).Where(s => s.Name is not null).Select(s => (s.s, s.Name!))));
        return new IntakeOptions(sector => Of(sector)?.Ids, defaultSector)
        {
            IndicatorOf = (sector, id) => Of(sector)?.ById.GetValueOrDefault(id),
            SectorName = sector => Of(sector)?.Name,
            HeaderNamesOf = sector => Of(sector)?.Headers.Value,
            SectorOf = text => sectors is null ? text : IdAsWritten(sectors, text) ?? (Of(text) is not null ? text : sectorNames.Value.IdOf(text)),
            ProductClassOf = (sector, text) => Of(sector) is { } known ? known.ProductClasses.Value.IdOf(text) : text,
            ValueOf = (sector, id, text) => Of(sector) is { } known && known.Values.Value.TryGetValue(id, out var values) ? values.IdOf(text) : text,
        };
    }

    /// <summary>The sector id as its plugin writes it (<c>TEXTILES</c> → <c>textiles</c>), or null (a loop: asked for every row).</summary>
    private static string? IdAsWritten(IReadOnlyList<string> sectors, string text)
    {
        for (var i = 0; i < sectors.Count; i++)
        {
            if (string.Equals(sectors[i], text, StringComparison.OrdinalIgnoreCase))
            {
                return sectors[i];
            }
        }

        return null;
    }

    private sealed class SectorIndicators(string sector, Catalog catalog)
    {
        public Dictionary<string, Indicator> ById { get; } =
            catalog.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        public LocalizedText Name { get; } = catalog.Name;

        public IReadOnlySet<string> Ids { get; } = catalog.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

        public Lazy<NameIndex> Headers { get; } = new(() => NameIndex.Headers(sector, catalog));

        public Lazy<NameIndex> ProductClasses { get; } = new(() => NameIndex.Of(catalog.ProductClasses.Select(c => (c.Id, c.Name))));

        /// <summary>The names of each categorical indicator's values.</summary>
        public Lazy<Dictionary<string, NameIndex>> Values { get; } = new(() => catalog.Indicators
            .Where(i => i is { Kind: IndicatorKind.Categorical, Values.Count: > 0 })
            .GroupBy(i => i.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => NameIndex.Of(g.First().Values!.Select(v => (v.Id, v.Name))), StringComparer.Ordinal));
    }
}
