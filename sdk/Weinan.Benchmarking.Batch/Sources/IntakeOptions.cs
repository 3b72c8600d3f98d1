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
    internal Func<string, HeaderNames?> HeaderNamesOf { get; init; } = _ => null;

    /// <summary>
    /// Options over the sectors' catalogs, each looked up once per sector and indexed by indicator id.
    /// </summary>
    /// <param name="catalogOf">The catalog of a sector, or null for a sector no plugin serves.</param>
    /// <param name="defaultSector">The sector of rows that name none.</param>
    public static IntakeOptions ForCatalogs(Func<string, Catalog?> catalogOf, string? defaultSector = null)
    {
        ArgumentNullException.ThrowIfNull(catalogOf);
        var sectors = new ConcurrentDictionary<string, Lazy<SectorIndicators?>>(StringComparer.Ordinal);
        SectorIndicators? Of(string sector) => sectors.GetOrAdd(sector, s => new(() => catalogOf(s) is { } catalog
            ? new SectorIndicators(catalog.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal), catalog.Name,
                new Lazy<HeaderNames>(() => HeaderNames.For(s, catalog)))
            : null)).Value;
        return new IntakeOptions(sector => Of(sector)?.Ids, defaultSector)
        {
            IndicatorOf = (sector, id) => Of(sector)?.ById.GetValueOrDefault(id),
            SectorName = sector => Of(sector)?.Name,
            HeaderNamesOf = sector => Of(sector)?.HeaderNames.Value,
        };
    }

    private sealed class SectorIndicators(Dictionary<string, Indicator> byId, LocalizedText name, Lazy<HeaderNames> headerNames)
    {
        public Lazy<HeaderNames> HeaderNames { get; } = headerNames;

        public Dictionary<string, Indicator> ById { get; } = byId;

        public LocalizedText Name { get; } = name;

        public IReadOnlySet<string> Ids { get; } = byId.Keys.ToHashSet(StringComparer.Ordinal);
    }
}
