using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Summary;

/// <summary>One kind of gap, counted over the batch.</summary>
/// <param name="Sector">The sector's name.</param>
/// <param name="Indicator">The indicator's name (with its component's).</param>
/// <param name="Requirement">What the next rung asks: the limit with its unit, or an evidence grade.</param>
/// <param name="Standard">The standard of the limit (with its grade), or "enterprise standard".</param>
/// <param name="NextRung">The rung the gap stands in front of.</param>
public sealed record GapCount(LocalizedText Sector, LocalizedText Indicator, LocalizedText Requirement, LocalizedText Standard, LocalizedText NextRung)
{
    /// <summary>Gaps of this kind in the batch (one per result that has it).</summary>
    public long Count { get; internal set; }
}

/// <summary>A set of rules the batch was assessed by, with the rows assessed by it.</summary>
/// <param name="Text">The ladder, target, method and decision rule, in words.</param>
public sealed record RulesCount(LocalizedText Text)
{
    /// <summary>Rows assessed by these rules.</summary>
    public long Count { get; internal set; }
}

/// <summary>
/// What the summary workbook and the dashboard show, counted one item at a time as the batch runs (on the sinks' thread):
/// levels overall and by sector, county and industry cluster; periods, dates, catalogs and rules; the most common gaps;
/// a bounded sample of each key indicator's values per cluster. Every table has a limit, so memory stays bounded
/// whatever the number of rows: values beyond it are counted together and the outputs say so.
/// </summary>
public sealed class BatchSummary
{
    /// <summary>The most distinct counties, clusters, periods, catalogs and rule sets kept apart.</summary>
    public const int GroupLimit = 1_000;

    /// <summary>The most distinct gaps kept apart.</summary>
    public const int GapLimit = 10_000;

    /// <summary>The most clusters whose key indicators are sampled.</summary>
    public const int SampledClusterLimit = 100;

    private readonly int _groupLimit;
    private readonly int _gapLimit;
    private readonly int _sampleSize;
    private readonly List<SummaryLevel> _levels = [];
    private readonly Dictionary<(string Ladder, string Rung), int> _levelIndex = [];
    private readonly HashSet<string> _ladders = new(StringComparer.Ordinal);
    private readonly GroupTable _sectors;
    private readonly GroupTable _counties;
    private readonly GroupTable _clusters;
    private readonly GroupTable _periods;
    private readonly GroupTable _catalogs;
    private readonly Dictionary<(string Id, string Version), SummaryGroup> _catalogKeys = [];
    private readonly SortedDictionary<DateOnly, long> _dates = [];
    private readonly Dictionary<(string, string, JudgementMethod, DecisionRuleKind, string), RulesCount> _rules = [];
    private readonly Dictionary<GapKey, GapCount> _gaps = [];
    private readonly Dictionary<(SummaryGroup Cluster, string Sector, string Indicator, string? Component), IndicatorSample> _samples = [];
    private readonly HashSet<SummaryGroup> _sampledClusters = [];

    /// <summary>An empty summary.</summary>
    public BatchSummary()
        : this(GroupLimit, GapLimit, ValueSample.DefaultCapacity)
    {
    }

    /// <summary>An empty summary keeping <paramref name="groupLimit"/> counties, clusters, … and <paramref name="gapLimit"/>
    /// gaps apart and sampling <paramref name="sampleSize"/> values per key indicator and cluster.</summary>
    internal BatchSummary(int groupLimit, int gapLimit, int sampleSize)
    {
        _groupLimit = groupLimit;
        _gapLimit = gapLimit;
        _sampleSize = sampleSize;
        _sectors = new(groupLimit, SummaryText.Missing);
        _counties = new(groupLimit, SummaryText.Missing);
        _clusters = new(groupLimit, SummaryText.Missing);
        _periods = new(groupLimit, SummaryText.Missing);
        _catalogs = new(groupLimit, SummaryText.Missing);
    }

    private readonly record struct GapKey(string Sector, string Indicator, string? Component, GapKind Kind, string Standard,
        string? Requirement, string Next, EvidenceGrade? Evidence);

    /// <summary>The most distinct values kept apart per table, and gaps.</summary>
    public (int Groups, int Gaps) Limits => (_groupLimit, _gapLimit);

    /// <summary>Every assessed row by level.</summary>
    public LevelCounts Levels { get; } = new();

    /// <summary>The batch's totals, once complete.</summary>
    public BatchTotals? Totals { get; private set; }

    /// <summary>Gaps not listed because the most distinct gaps (<see cref="Limits"/>) were already counted.</summary>
    public long GapsNotListed { get; private set; }

    /// <summary>Assessed rows of clusters beyond <see cref="SampledClusterLimit"/>, whose values are not sampled.</summary>
    public long RowsNotSampled { get; private set; }

    /// <summary>The levels seen: ladder by ladder from the top rung down, the undetermined level last.</summary>
    public IReadOnlyList<SummaryLevel> LevelsSeen => [.. _levels.OrderBy(l => l.Undetermined).ThenBy(l => l.Index)];

    /// <summary>Rows by sector, most first.</summary>
    public IReadOnlyList<SummaryGroup> Sectors => _sectors.Ordered();

    /// <summary>Rows by county or district, most first.</summary>
    public IReadOnlyList<SummaryGroup> Counties => _counties.Ordered();

    /// <summary>Rows by industry cluster, most first.</summary>
    public IReadOnlyList<SummaryGroup> Clusters => _clusters.Ordered();

    /// <summary>Rows by reporting period, most first.</summary>
    public IReadOnlyList<SummaryGroup> Periods => _periods.Ordered();

    /// <summary>Rows by catalog and version (<c>id version</c>), most first.</summary>
    public IReadOnlyList<SummaryGroup> Catalogs => _catalogs.Ordered();

    /// <summary>Assessment dates with their rows.</summary>
    public IReadOnlyDictionary<DateOnly, long> Dates => _dates;

    /// <summary>The rule sets used, most rows first.</summary>
    public IReadOnlyList<RulesCount> Rules => [.. _rules.Values.OrderByDescending(r => r.Count)];

    /// <summary>The gaps, most common first (then in the order first seen).</summary>
    public IReadOnlyList<GapCount> Gaps => [.. _gaps.Values.OrderByDescending(g => g.Count)];

    /// <summary>Which of the tables had more distinct values than their limit.</summary>
    public (bool Counties, bool Clusters, bool Periods, bool Catalogs) Overflowed =>
        (_counties.Overflowed, _clusters.Overflowed, _periods.Overflowed, _catalogs.Overflowed);

    /// <summary>The key indicators' samples, cluster by cluster (most rows first), indicators in the order first seen.</summary>
    public IReadOnlyList<IndicatorSample> Samples => [.. _samples.Values
        .OrderByDescending(s => s.Cluster.Levels.Assessed).ThenBy(s => s.Cluster.Key, StringComparer.Ordinal).ThenBy(s => s.Order)];

    /// <summary>Counts an item; rejected items are counted by the totals only.</summary>
    public void Add(BatchItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Result is not { } r)
        {
            return;
        }

        var level = LevelOf(r);
        Levels.Add(level);
        _sectors.For(r.Sector, r.SectorName).Levels.Add(level);
        _counties.For(r.Enterprise.County).Levels.Add(level);
        var cluster = _clusters.For(r.Enterprise.Cluster);
        cluster.Levels.Add(level);
        _periods.For(r.Period).Levels.Add(level);
        _dates[r.Rules.AssessmentDate] = _dates.GetValueOrDefault(r.Rules.AssessmentDate) + 1;
        for (var n = 0; n < r.Catalogs.Count; n++)
        {
            var c = r.Catalogs[n];
            if (!_catalogKeys.TryGetValue((c.Id, c.Version), out var catalog))
            {
                // The first is the catalog the sector's name comes from (the plugin's, or the added one serving the
                // sector alone): named by it, as the rest of the summary names the sector. An added catalog has no name.
                catalog = _catalogs.For(c.Id + " " + c.Version,
                    n == 0 && r.SectorName is { } name ? new LocalizedText($"{name.Zh} {c.Version}", $"{name.En} {c.Version}") : null);
                if (!catalog.Other)
                {
                    _catalogKeys.Add((c.Id, c.Version), catalog);
                }
            }

            catalog.Levels.Add(level);
        }

        CountRules(r);
        CountGaps(r);
        Sample(r, cluster);
    }

    /// <summary>Records the totals when the batch is complete.</summary>
    public void Complete(BatchTotals totals) => Totals = totals;

    private int LevelOf(AssessmentResult r)
    {
        var rung = r.Level.Rung;
        var ladder = rung.Length == 0 ? "" : r.Rules.Ladder;
        if (_levelIndex.TryGetValue((ladder, rung), out var index))
        {
            return index;
        }

        if (ladder.Length > 0 && _ladders.Add(ladder))
        {
            for (var k = 0; k < r.Rules.LadderRungs.Count; k++)
            {
                var step = r.Rules.LadderRungs[k];
                AddLevel(ladder, r.Rules.LadderName, step.Id, step.Name, step.Failing, k);
            }

            if (_levelIndex.TryGetValue((ladder, rung), out index))
            {
                return index;
            }
        }

        var name = rung.Length == 0 && string.IsNullOrEmpty(r.Level.Name.Zh) ? Vocabulary.NotDetermined : r.Level.Name;
        return AddLevel(ladder, r.Rules.LadderName, rung, name, r.Level.Failing, rung.Length == 0 ? int.MaxValue : r.Rules.LadderRungs.Count);
    }

    private int AddLevel(string ladder, LocalizedText? ladderName, string rung, LocalizedText name, bool failing, int position)
    {
        if (_levelIndex.TryGetValue((ladder, rung), out var existing))
        {
            return existing;
        }

        var index = _levels.Count;
        _levels.Add(new SummaryLevel(index, ladder, rung.Length == 0 ? null : ladderName, rung, name, failing, position));
        _levelIndex.Add((ladder, rung), index);
        return index;
    }

    private static LocalizedText RungName(AssessmentResult r, string rung)
    {
        foreach (var step in r.Rules.LadderRungs)
        {
            if (string.Equals(step.Id, rung, StringComparison.Ordinal))
            {
                return step.Name;
            }
        }

        return new LocalizedText(rung, rung);
    }

    private void CountRules(AssessmentResult r)
    {
        var rules = r.Rules;
        var key = (rules.Ladder, rules.TargetRung, rules.DefaultMethod, rules.DecisionRule.Kind, rules.DecisionRule.GuardBandFactor);
        if (!_rules.TryGetValue(key, out var count))
        {
            if (_rules.Count >= _groupLimit)
            {
                return;
            }

            var ladder = rules.LadderName ?? new LocalizedText(rules.Ladder, rules.Ladder);
            count = new RulesCount(SummaryText.RulesText(ladder, RungName(r, rules.TargetRung), rules));
            _rules.Add(key, count);
        }

        count.Count++;
    }

    private void CountGaps(AssessmentResult r)
    {
        foreach (var g in r.Gaps)
        {
            var enterprise = g.Limit.Tier == StandardTier.Enterprise;
            var key = new GapKey(r.Sector, g.IndicatorId, g.Component, g.Kind, enterprise ? "" : g.Limit.StandardCode,
                enterprise ? null : g.Limit.RequirementId ?? g.Limit.Limit.ToString(), g.NextRung, g.RequiredEvidence);
            if (!_gaps.TryGetValue(key, out var count))
            {
                if (_gaps.Count >= _gapLimit)
                {
                    GapsNotListed++;
                    continue;
                }

                count = NewGap(r, g, enterprise);
                _gaps.Add(key, count);
            }

            count.Count++;
        }
    }

    private static GapCount NewGap(AssessmentResult r, Gap g, bool enterprise)
    {
        var indicator = r.Indicators.FirstOrDefault(i => i.IndicatorId == g.IndicatorId && i.Component == g.Component);
        var name = IndicatorName(g.Name, indicator?.ComponentName);
        var requirement = g.Kind == GapKind.Evidence && g.RequiredEvidence is { } grade
            ? SummaryText.EvidenceAtLeast(grade)
            : enterprise ? SummaryText.EnterpriseLimit : Vocabulary.Limit(g.Limit.Limit, g.Limit.Unit, indicator?.Values);
        var standard = enterprise
            ? SummaryText.EnterpriseStandard
            : g.Limit.Grade is { } limitGrade
                ? new LocalizedText($"{g.Limit.StandardCode} · {limitGrade.For("zh-CN")}", $"{g.Limit.StandardCode} · {limitGrade.For("en")}")
                : new LocalizedText(g.Limit.StandardCode, g.Limit.StandardCode);
        return new GapCount(r.SectorName ?? new LocalizedText(r.Sector, r.Sector), name, requirement, standard, RungName(r, g.NextRung));
    }

    private static LocalizedText IndicatorName(LocalizedText name, LocalizedText? component) =>
        component is null ? name : new LocalizedText($"{name.Zh}（{component.Zh}）", $"{name.En} ({component.En})");

    private void Sample(AssessmentResult r, SummaryGroup cluster)
    {
        if (cluster.Other || (!_sampledClusters.Contains(cluster) && _sampledClusters.Count >= SampledClusterLimit))
        {
            RowsNotSampled++;
            return;
        }

        _sampledClusters.Add(cluster);
        foreach (var i in r.Indicators)
        {
            if (!i.Key)
            {
                continue;
            }

            var key = (cluster, r.Sector, i.IndicatorId, i.Component);
            if (!_samples.TryGetValue(key, out var sample))
            {
                if (!IndicatorSample.IsQuantitative(i))
                {
                    continue;
                }

                sample = new IndicatorSample(cluster, r.SectorName ?? new LocalizedText(r.Sector, r.Sector), IndicatorName(i.Name, i.ComponentName),
                    i.Unit, _samples.Count, _sampleSize);
                _samples.Add(key, sample);
            }

            sample.Add(i);
        }
    }
}
