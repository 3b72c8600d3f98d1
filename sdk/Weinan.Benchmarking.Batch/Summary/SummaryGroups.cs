using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Summary;

/// <summary>A level the summary counts: a rung of a ladder, or no rung when the level could not be determined.</summary>
/// <param name="Index">Position in <see cref="LevelCounts"/>.</param>
/// <param name="Ladder">Ladder id; empty for the undetermined level.</param>
/// <param name="LadderName">Ladder name, when the ladder has one.</param>
/// <param name="Rung">Rung id; empty when the level could not be determined.</param>
/// <param name="Name">The rung's name in both languages.</param>
/// <param name="Failing">Whether the rung is a failing one.</param>
/// <param name="Position">The rung's place on its ladder, from 0 at the top.</param>
public sealed record SummaryLevel(int Index, string Ladder, LocalizedText? LadderName, string Rung, LocalizedText Name, bool Failing, int Position)
{
    /// <summary>Whether this is the level of results whose level could not be determined.</summary>
    public bool Undetermined => Rung.Length == 0;
}

/// <summary>Assessed rows counted by level.</summary>
public sealed class LevelCounts
{
    private long[] _levels = new long[8];

    /// <summary>Rows counted.</summary>
    public long Assessed { get; private set; }

    /// <summary>Rows on a level (<see cref="SummaryLevel.Index"/>).</summary>
    public long this[int level] => level < _levels.Length ? _levels[level] : 0;

    /// <summary>The share of rows on a level in percent, to one decimal; 0 when no rows were counted.</summary>
    public decimal Share(int level) => Assessed == 0 ? 0m : decimal.Round(this[level] * 100m / Assessed, 1, MidpointRounding.AwayFromZero);

    internal void Add(int level)
    {
        if (level >= _levels.Length)
        {
            Array.Resize(ref _levels, Math.Max(level + 1, _levels.Length * 2));
        }

        _levels[level]++;
        Assessed++;
    }
}

/// <summary>Rows of one sector, county or cluster, counted by level.</summary>
/// <param name="key">The value as submitted (trimmed); empty when not given.</param>
/// <param name="name">What to call the group.</param>
/// <param name="other">Whether the group holds every value beyond the table's limit.</param>
public sealed class SummaryGroup(string key, LocalizedText name, bool other = false)
{
    /// <summary>The value as submitted (trimmed); empty when not given or for <see cref="Other"/>.</summary>
    public string Key => key;

    /// <summary>What to call the group.</summary>
    public LocalizedText Name => name;

    /// <summary>Whether the group holds every value beyond the table's limit.</summary>
    public bool Other => other;

    /// <summary>The rows by level.</summary>
    public LevelCounts Levels { get; } = new();
}

/// <summary>
/// Groups keyed by submitted text, at most <see cref="Limit"/> of them; rows of further values go to one group "other", so
/// memory stays bounded whatever the input.
/// </summary>
internal sealed class GroupTable(int limit, LocalizedText missing)
{
    private readonly Dictionary<string, SummaryGroup> _groups = new(StringComparer.Ordinal);
    private SummaryGroup? _other;

    public int Limit => limit;

    /// <summary>Whether values beyond the limit were seen.</summary>
    public bool Overflowed => _other is not null;

    /// <summary>The group of a value; <paramref name="name"/> names a new group (default: the value itself).</summary>
    public SummaryGroup For(string? value, LocalizedText? name = null)
    {
        var key = value?.Trim() ?? "";
        if (_groups.TryGetValue(key, out var group))
        {
            return group;
        }

        if (_groups.Count >= limit)
        {
            return _other ??= new SummaryGroup("", SummaryText.Other(limit), other: true);
        }

        group = new SummaryGroup(key, key.Length == 0 ? missing : name ?? new LocalizedText(key, key));
        _groups.Add(key, group);
        return group;
    }

    /// <summary>The groups, most rows first (then by value), the group "other" last.</summary>
    public IReadOnlyList<SummaryGroup> Ordered()
    {
        var ordered = _groups.Values.OrderByDescending(g => g.Levels.Assessed).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (_other is not null)
        {
            ordered.Add(_other);
        }

        return ordered;
    }
}
