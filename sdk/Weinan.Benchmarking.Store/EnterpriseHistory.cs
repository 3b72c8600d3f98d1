using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Store;

/// <summary>
/// An enterprise's products across periods, from the current result of each product and period in the store (the last
/// one stored): the level per period and, indicator by indicator, the value and rung per period with the change from the
/// period before (<see cref="ChangeMark"/>). Names come from the catalogs stored with the results.
/// </summary>
/// <param name="CreditCode">The credit code.</param>
/// <param name="Enterprise">The enterprise's name in its latest submission.</param>
/// <param name="Products">Its products, by product key.</param>
public sealed record EnterpriseHistory(string CreditCode, string Enterprise, IReadOnlyList<ProductHistory> Products)
{
    /// <summary>The history of <paramref name="creditCode"/>; null when the store has no result for it.</summary>
    public static EnterpriseHistory? Read(BenchmarkStore store, string creditCode)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(creditCode);
        var catalogs = new StoredCatalog.Cache(store.Connection);
        using var dictionaries = new StoreDictionary.Cache(store.Connection);
        var current = new List<Current>();
        using (var command = store.Connection.CreateCommand())
        {
            command.CommandText = """
                SELECT s.product, s.period, s.product_name, s.enterprise, r.catalog, r.rung, r.line
                FROM submissions s JOIN results r ON r.submission = s.id
                WHERE s.credit_code = $code
                ORDER BY s.product, s.period, r.id
                """;
            command.Parameters.AddWithValue("$code", creditCode);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new Current(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    catalogs[reader.GetInt64(4)], reader.GetString(5), LineIndicator.Read(reader.GetFieldValue<byte[]>(6), dictionaries));
                // Rows of a product and period come in the order stored: the last one is current.
                if (current.Count > 0 && current[^1].Product == row.Product && current[^1].Period == row.Period)
                {
                    current[^1] = row;
                }
                else
                {
                    current.Add(row);
                }
            }
        }

        if (current.Count == 0)
        {
            return null;
        }

        var products = current.GroupBy(c => c.Product, StringComparer.Ordinal)
            .Select(g => ProductHistory.From(g.OrderBy(c => c.Period, PeriodOrder.Instance).ToList()))
            .ToList();
        return new EnterpriseHistory(creditCode, current[^1].Enterprise, products);
    }

    /// <summary>A product's result in a period, with the indicators of its line.</summary>
    internal sealed record Current(string Product, string Period, string ProductName, string Enterprise, StoredCatalog Catalog, string Rung, List<LineIndicator> Indicators);
}

/// <summary>One product of an enterprise across periods.</summary>
/// <param name="Product">The product key (product id, else name).</param>
/// <param name="ProductName">The product's name in its latest period.</param>
/// <param name="Sector">The sector's name, from the latest catalog.</param>
/// <param name="Periods">The periods in time order, each with its level and catalog versions.</param>
/// <param name="Indicators">Indicator by indicator, in the latest catalog's order.</param>
public sealed record ProductHistory(string Product, string ProductName, LocalizedText Sector, IReadOnlyList<PeriodLevel> Periods, IReadOnlyList<IndicatorHistory> Indicators)
{
    internal static ProductHistory From(IReadOnlyList<EnterpriseHistory.Current> periods)
    {
        var levels = new List<PeriodLevel>();
        var lines = new List<Dictionary<(string, string?), LineIndicator>>();
        for (var n = 0; n < periods.Count; n++)
        {
            var p = periods[n];
            var change = n == 0 ? null : Trend.Rungs(periods[n - 1].Rung, periods[n - 1].Catalog, p.Rung, p.Catalog);
            if (change is not null && periods[n - 1].Catalog.Versions != p.Catalog.Versions)
            {
                change = change with
                {
                    Reason = new($"目录版本 {periods[n - 1].Catalog.Versions} → {p.Catalog.Versions}，等级变化可能来自限值修订",
                        $"catalog {periods[n - 1].Catalog.Versions} → {p.Catalog.Versions}; the level may have moved with the limits"),
                };
            }

            levels.Add(new PeriodLevel(p.Period, p.Rung, p.Catalog.RungName(p.Rung), p.Catalog.Failing(p.Rung), p.Catalog.Versions, change));
            lines.Add(p.Indicators.GroupBy(i => (i.Id, i.Component)).ToDictionary(g => g.Key, g => g.First()));
        }

        var latest = periods[^1].Catalog;
        var order = latest.Catalog.Indicators.Select((indicator, index) => (indicator.Id, index)).GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        var keys = lines.SelectMany(l => l.Keys).Distinct()
            .OrderBy(k => order.GetValueOrDefault(k.Item1, int.MaxValue)).ThenBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .ToList();
        var indicators = keys.Select(key =>
        {
            var cells = new List<IndicatorCell?>();
            var changes = new List<ChangeMark?>();
            for (var n = 0; n < periods.Count; n++)
            {
                var catalog = periods[n].Catalog;
                var entry = lines[n].GetValueOrDefault(key);
                cells.Add(entry is null ? null : new IndicatorCell(Vocabulary.Value(entry.ValueInUnit ?? entry.Value, catalog.Indicator(entry.Id)?.Values), entry.Unit, entry.Rung, catalog.RungName(entry.Rung, indicator: true)));
                var before = n == 0 ? null : lines[n - 1].GetValueOrDefault(key);
                changes.Add(entry is null || before is null ? null : Trend.Indicator(before, periods[n - 1].Catalog, entry, catalog));
            }

            var named = periods.LastOrDefault(p => p.Catalog.Indicator(key.Item1) is not null)?.Catalog ?? latest;
            var definition = named.Indicator(key.Item1);
            return new IndicatorHistory(key.Item1, key.Item2, named.IndicatorName(key.Item1, key.Item2), cells.LastOrDefault(c => c is not null)?.Unit ?? "", definition?.Direction, cells, changes);
        }).ToList();
        return new ProductHistory(periods[0].Product, periods[^1].ProductName, latest.Catalog.Name, levels, indicators);
    }
}

/// <summary>A product's level in one period.</summary>
/// <param name="Period">The period (empty when the submission gave none).</param>
/// <param name="Rung">The rung id; empty when not determined.</param>
/// <param name="Name">The rung's name.</param>
/// <param name="Failing">Whether the rung is a failing one.</param>
/// <param name="CatalogVersions">The versions of the catalogs the result was assessed against.</param>
/// <param name="Change">The change from the period before; null for the first.</param>
public sealed record PeriodLevel(string Period, string Rung, LocalizedText Name, bool Failing, string CatalogVersions, ChangeMark? Change);

/// <summary>One indicator (or component) of a product across periods.</summary>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="Component">The component, if any.</param>
/// <param name="Name">The name, from the catalog.</param>
/// <param name="Unit">The unit values are shown in (the indicator's).</param>
/// <param name="Direction">Which way is better, from the latest catalog that has the indicator.</param>
/// <param name="Cells">The value and rung per period (null when the period has no value).</param>
/// <param name="Changes">The change from the period before, per period (null for the first, or when either has no value).</param>
public sealed record IndicatorHistory(string IndicatorId, string? Component, LocalizedText Name, string Unit, Direction? Direction,
    IReadOnlyList<IndicatorCell?> Cells, IReadOnlyList<ChangeMark?> Changes);

/// <summary>An indicator's value and rung in one period.</summary>
/// <param name="Value">The value as submitted (converted to the indicator's unit when it was submitted in another); a
/// categorical value by its name in the catalog.</param>
/// <param name="Unit">The indicator's unit.</param>
/// <param name="Rung">The rung reached; empty when none.</param>
/// <param name="RungName">The rung's name.</param>
public sealed record IndicatorCell(LocalizedText Value, string Unit, string Rung, LocalizedText RungName);
