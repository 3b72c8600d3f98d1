using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Store;

/// <summary>How <c>wbench compare</c> groups products.</summary>
public enum ComparisonGrouping
{
    /// <summary>By sector.</summary>
    Sector,
    /// <summary>By county or district.</summary>
    County,
    /// <summary>By industrial cluster.</summary>
    Cluster,
}

/// <summary>
/// The city-level change between two periods, from the current result of each product (credit code and product key) in
/// each period: products per level per group in both periods; for the products assessed in both, how many moved up or
/// down the ladder; and per indicator how many products improved or regressed (<see cref="ChangeMark"/>).
/// </summary>
/// <param name="Before">The earlier period asked for.</param>
/// <param name="After">The later period asked for.</param>
/// <param name="By">The grouping.</param>
/// <param name="ProductsBefore">Products with a result in <paramref name="Before"/>.</param>
/// <param name="ProductsAfter">Products with a result in <paramref name="After"/>.</param>
/// <param name="Levels">Products per group and level, groups in name order, levels from the highest.</param>
/// <param name="Movements">Per group, the products assessed in both periods and how their level moved.</param>
/// <param name="Indicators">Per sector and indicator, how the products assessed in both periods moved.</param>
public sealed record PeriodComparison(string Before, string After, ComparisonGrouping By, long ProductsBefore, long ProductsAfter,
    IReadOnlyList<LevelCount> Levels, IReadOnlyList<LevelMovement> Movements, IReadOnlyList<IndicatorMovement> Indicators)
{
    private const string Current = """
        SELECT max(r.id) AS id FROM submissions s JOIN results r ON r.submission = s.id
        WHERE s.period = $period GROUP BY s.credit_code, s.product
        """;

    private const string Pairs = """
        WITH a AS (SELECT s.credit_code, s.product, max(r.id) AS id FROM submissions s JOIN results r ON r.submission = s.id
                   WHERE s.period = $before GROUP BY s.credit_code, s.product),
             b AS (SELECT s.credit_code, s.product, max(r.id) AS id FROM submissions s JOIN results r ON r.submission = s.id
                   WHERE s.period = $after GROUP BY s.credit_code, s.product)
        SELECT ra.catalog, ra.rung, ra.line, rb.catalog, rb.rung, rb.line, sb.sector, sb.county, sb.cluster
        FROM a JOIN b ON a.credit_code = b.credit_code AND a.product = b.product
        JOIN results ra ON ra.id = a.id JOIN results rb ON rb.id = b.id JOIN submissions sb ON sb.id = rb.submission
        """;

    /// <summary>The name of a group that the submissions left empty.</summary>
    public static LocalizedText NotGiven { get; } = new("（未填写）", "(not given)");

    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/>, grouped <paramref name="by"/>.</summary>
    public static PeriodComparison Read(BenchmarkStore store, string before, string after, ComparisonGrouping by)
    {
        ArgumentNullException.ThrowIfNull(store);
        var catalogs = new StoredCatalog.Cache(store.Connection);
        using var dictionaries = new StoreDictionary.Cache(store.Connection);
        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var levels = new Dictionary<(string Group, string Ladder, string Rung), LevelTally>();
        var totals = new long[2];
        foreach (var (period, side) in new[] { (before, 0), (after, 1) })
        {
            using var command = store.Connection.CreateCommand();
            command.CommandText = $"""
                WITH cur AS ({Current})
                SELECT s.sector, s.county, s.cluster, r.catalog, r.rung, count(*)
                FROM cur JOIN results r ON r.id = cur.id JOIN submissions s ON s.id = r.submission
                GROUP BY 1, 2, 3, 4, 5
                """;
            command.Parameters.AddWithValue("$period", period);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var catalog = catalogs[reader.GetInt64(3)];
                var group = Group(by, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), catalog, names);
                var rung = reader.GetString(4);
                var key = (group, catalog.Ladder.Id, rung);
                if (!levels.TryGetValue(key, out var tally))
                {
                    levels[key] = tally = new LevelTally(catalog.RungName(rung), catalog.Rank(rung), catalog.Failing(rung));
                }

                var count = reader.GetInt64(5);
                tally.Counts[side] += count;
                totals[side] += count;
            }
        }

        var movements = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var indicators = new Dictionary<(string Sector, string Id, string? Component), IndicatorTally>();
        using (var command = store.Connection.CreateCommand())
        {
            command.CommandText = Pairs;
            command.Parameters.AddWithValue("$before", before);
            command.Parameters.AddWithValue("$after", after);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var (catalogA, catalogB) = (catalogs[reader.GetInt64(0)], catalogs[reader.GetInt64(3)]);
                var group = Group(by, reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8), catalogB, names);
                if (!movements.TryGetValue(group, out var moved))
                {
                    movements[group] = moved = new long[5];
                }

                moved[0]++;
                moved[1 + (int)Trend.Rungs(reader.GetString(1), catalogA, reader.GetString(4), catalogB).Change]++;

                var earlier = LineIndicator.Read(reader.GetFieldValue<byte[]>(2), dictionaries).GroupBy(i => (i.Id, i.Component)).ToDictionary(g => g.Key, g => g.First());
                foreach (var now in LineIndicator.Read(reader.GetFieldValue<byte[]>(5), dictionaries))
                {
                    if (!earlier.TryGetValue((now.Id, now.Component), out var was))
                    {
                        continue;
                    }

                    var key = (catalogB.Sector, now.Id, now.Component);
                    if (!indicators.TryGetValue(key, out var tally))
                    {
                        indicators[key] = tally = new IndicatorTally(catalogB.Catalog.Name, catalogB.IndicatorName(now.Id, now.Component));
                    }

                    tally.Counts[(int)Trend.Indicator(was, catalogA, now, catalogB).Change]++;
                }
            }
        }

        return new PeriodComparison(before, after, by, totals[0], totals[1],
            levels.OrderBy(l => names[l.Key.Group].Zh, StringComparer.Ordinal).ThenBy(l => l.Key.Group, StringComparer.Ordinal)
                .ThenBy(l => l.Key.Ladder, StringComparer.Ordinal).ThenBy(l => l.Value.Rank)
                .Select(l => new LevelCount(l.Key.Group, names[l.Key.Group], l.Key.Rung, l.Value.Name, l.Value.Failing, l.Value.Counts[0], l.Value.Counts[1]))
                .ToList(),
            movements.OrderBy(m => names[m.Key].Zh, StringComparer.Ordinal).ThenBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new LevelMovement(m.Key, names[m.Key], m.Value[0], m.Value[1], m.Value[2], m.Value[3], m.Value[4]))
                .ToList(),
            indicators.OrderBy(i => i.Key.Sector, StringComparer.Ordinal).ThenBy(i => i.Key.Id, StringComparer.Ordinal).ThenBy(i => i.Key.Component, StringComparer.Ordinal)
                .Select(i => new IndicatorMovement(i.Key.Sector, i.Value.Sector, i.Key.Id, i.Key.Component, i.Value.Name,
                    i.Value.Counts[(int)Change.Improved], i.Value.Counts[(int)Change.Regressed], i.Value.Counts[(int)Change.Unchanged], i.Value.Counts[(int)Change.NotComparable]))
                .ToList());
    }

    /// <summary>The periods the store holds results for, in time order.</summary>
    public static IReadOnlyList<string> Periods(BenchmarkStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT s.period FROM submissions s WHERE EXISTS (SELECT 1 FROM results r WHERE r.submission = s.id)";
        using var reader = command.ExecuteReader();
        var periods = new List<string>();
        while (reader.Read())
        {
            periods.Add(reader.GetString(0));
        }

        periods.Sort(PeriodOrder.Instance);
        return periods;
    }

    private static string Group(ComparisonGrouping by, string sector, string? county, string? cluster, StoredCatalog catalog, Dictionary<string, LocalizedText> names)
    {
        var group = by switch
        {
            ComparisonGrouping.County => county ?? "",
            ComparisonGrouping.Cluster => cluster ?? "",
            _ => sector,
        };
        if (!names.ContainsKey(group))
        {
            names[group] = by == ComparisonGrouping.Sector ? catalog.Catalog.Name : group.Length == 0 ? NotGiven : new LocalizedText(group, group);
        }

        return group;
    }

    private sealed class LevelTally(LocalizedText name, int rank, bool failing)
    {
        public LocalizedText Name { get; } = name;

        public int Rank { get; } = rank;

        public bool Failing { get; } = failing;

        public long[] Counts { get; } = new long[2];
    }

    private sealed class IndicatorTally(LocalizedText sector, LocalizedText name)
    {
        public LocalizedText Sector { get; } = sector;

        public LocalizedText Name { get; } = name;

        public long[] Counts { get; } = new long[4];
    }
}

/// <summary>Products on one level of one group in the two periods.</summary>
/// <param name="Group">The group: a sector id, a county or a cluster (empty when not given).</param>
/// <param name="GroupName">Its name.</param>
/// <param name="Rung">The rung id (empty: not determined).</param>
/// <param name="Level">The level's name.</param>
/// <param name="Failing">Whether the level is a failing one.</param>
/// <param name="Before">Products in the earlier period.</param>
/// <param name="After">Products in the later period.</param>
public sealed record LevelCount(string Group, LocalizedText GroupName, string Rung, LocalizedText Level, bool Failing, long Before, long After);

/// <summary>How the level of the products of one group assessed in both periods moved.</summary>
/// <param name="Group">The group (in the later period).</param>
/// <param name="GroupName">Its name.</param>
/// <param name="Both">Products assessed in both periods.</param>
/// <param name="Up">Moved up the ladder.</param>
/// <param name="Down">Moved down.</param>
/// <param name="Same">Stayed on the same rung.</param>
/// <param name="NotComparable">Not comparable (different ladders, a level not determined).</param>
public sealed record LevelMovement(string Group, LocalizedText GroupName, long Both, long Up, long Down, long Same, long NotComparable);

/// <summary>How one indicator moved over the products of a sector assessed in both periods.</summary>
/// <param name="Sector">The sector id.</param>
/// <param name="SectorName">The sector's name.</param>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="Component">The component, if any.</param>
/// <param name="Name">The indicator's name.</param>
/// <param name="Improved">Products whose value improved.</param>
/// <param name="Regressed">Products whose value regressed.</param>
/// <param name="Unchanged">Products whose value stayed the same.</param>
/// <param name="NotComparable">Products whose values cannot be compared.</param>
public sealed record IndicatorMovement(string Sector, LocalizedText SectorName, string IndicatorId, string? Component, LocalizedText Name,
    long Improved, long Regressed, long Unchanged, long NotComparable)
{
    /// <summary>Improved less regressed.</summary>
    public long Net => Improved - Regressed;
}
