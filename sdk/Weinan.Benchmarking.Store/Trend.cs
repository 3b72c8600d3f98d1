using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Store;

/// <summary>How a value or a level moved from one period to the next.</summary>
public enum Change
{
    /// <summary>Better, by the indicator's direction (or a higher rung).</summary>
    Improved,
    /// <summary>Worse.</summary>
    Regressed,
    /// <summary>The same.</summary>
    Unchanged,
    /// <summary>Cannot be told honestly; the reason says why.</summary>
    NotComparable,
}

/// <summary>A change between two periods, with the reason when it cannot be told.</summary>
/// <param name="Change">The change.</param>
/// <param name="Reason">Why the periods cannot be compared, or a note on the comparison.</param>
public sealed record ChangeMark(Change Change, LocalizedText? Reason = null)
{
    /// <summary>The change's name, e.g. 改善 / improved.</summary>
    public static LocalizedText Name(Change change) => change switch
    {
        Change.Improved => new("改善", "improved"),
        Change.Regressed => new("退步", "regressed"),
        Change.Unchanged => new("持平", "unchanged"),
        _ => new("不可比较", "not comparable"),
    };

    /// <summary>The change with its reason, e.g. 不可比较（单位不同）.</summary>
    public LocalizedText Text => Reason is { } reason
        ? new($"{Name(Change).Zh}（{reason.Zh}）", $"{Name(Change).En} ({reason.En})")
        : Name(Change);
}

/// <summary>
/// Whether an indicator or a level improved between two results. Values are compared as decimals in the indicator's
/// unit, by the indicator's direction in the catalogs the results were assessed against; ordinal grades by their place on
/// the scale; categorical and target-range indicators by the rung they reached. When the two catalogs disagree on the
/// unit, the direction, the kind or the scale, or when the values cannot be ordered (a value below a detection limit
/// against a value above it, two different detection limits), the change is "not comparable" with the reason.
/// </summary>
internal static class Trend
{
    private static readonly LocalizedText UnitsDiffer = new("两期单位不同", "units differ");
    private static readonly LocalizedText DefinitionDiffers = new("两期目录中指标的定义不同", "the catalogs define the indicator differently");
    private static readonly LocalizedText NotInCatalog = new("目录中没有该指标", "not in the catalog");
    private static readonly LocalizedText LaddersDiffer = new("两期等级阶梯不同", "the ladders differ");
    private static readonly LocalizedText NotOrdered = new("数值无法排序", "the values cannot be ordered");
    private static readonly LocalizedText NotDetermined = new("等级未能判定", "a level was not determined");

    /// <summary>How an indicator moved from <paramref name="before"/> (assessed against <paramref name="catalogBefore"/>) to <paramref name="after"/>.</summary>
    public static ChangeMark Indicator(LineIndicator before, StoredCatalog catalogBefore, LineIndicator after, StoredCatalog catalogAfter)
    {
        if (catalogBefore.Indicator(before.Id) is not { } was || catalogAfter.Indicator(after.Id) is not { } now)
        {
            return new(Change.NotComparable, NotInCatalog);
        }

        if (was.Kind != now.Kind || was.Direction != now.Direction || !was.Scale.SequenceEqual(now.Scale, StringComparer.Ordinal))
        {
            return new(Change.NotComparable, DefinitionDiffers);
        }

        if (now.Kind == IndicatorKind.Categorical || now.Direction == Direction.TargetRange)
        {
            return Rungs(before.Rung, catalogBefore, after.Rung, catalogAfter, level: false);
        }

        if (now.Kind == IndicatorKind.Ordinal)
        {
            var (a, b) = (ScaleIndex(now.Scale, before.Value), ScaleIndex(now.Scale, after.Value));
            return a < 0 || b < 0 ? new(Change.NotComparable, NotOrdered) : Directed(b.CompareTo(a), now.Direction);
        }

        if (!string.Equals(before.Unit, after.Unit, StringComparison.Ordinal))
        {
            return new(Change.NotComparable, UnitsDiffer);
        }

        return Quantities(before.ValueInUnit ?? before.Value, after.ValueInUnit ?? after.Value, now.Direction);
    }

    /// <summary>How a level (or an indicator's rung) moved: up the ladder is improved.</summary>
    public static ChangeMark Rungs(string before, StoredCatalog catalogBefore, string after, StoredCatalog catalogAfter, bool level = true)
    {
        if (!catalogBefore.SameLadder(catalogAfter))
        {
            return new(Change.NotComparable, LaddersDiffer);
        }

        if (level && (before.Length == 0 || after.Length == 0))
        {
            return new(Change.NotComparable, NotDetermined);
        }

        // A higher rung has a lower rank.
        return Directed(catalogBefore.Rank(before).CompareTo(catalogAfter.Rank(after)), Direction.HigherIsBetter);
    }

    /// <summary>Two written values in the same unit: decimals, or "below" a detection limit (<c>&lt;0.01</c>).</summary>
    private static ChangeMark Quantities(string before, string after, Direction direction)
    {
        var (a, b) = (Bound.Parse(before), Bound.Parse(after));
        if (a is null || b is null)
        {
            return string.Equals(before.Trim(), after.Trim(), StringComparison.Ordinal) ? new(Change.Unchanged) : new(Change.NotComparable, NotOrdered);
        }

        int order;
        if (!a.Below && !b.Below)
        {
            order = b.Value.CompareTo(a.Value);
        }
        else if (a.Below && b.Below)
        {
            if (a.Value != b.Value)
            {
                return new(Change.NotComparable, NotOrdered);
            }

            order = 0;
        }
        else if (b.Below && b.Value <= a.Value)
        {
            // Now below a limit that the earlier value reached: lower.
            order = -1;
        }
        else if (a.Below && b.Value >= a.Value)
        {
            order = 1;
        }
        else
        {
            return new(Change.NotComparable, NotOrdered);
        }

        return Directed(order, direction);
    }

    /// <summary>The change for <paramref name="order"/> (the later value against the earlier: &lt; 0 lower, &gt; 0 higher).</summary>
    private static ChangeMark Directed(int order, Direction direction) => order == 0
        ? new(Change.Unchanged)
        : new((order < 0) == (direction == Direction.LowerIsBetter) ? Change.Improved : Change.Regressed);

    private static int ScaleIndex(IReadOnlyList<string> scale, string value)
    {
        var written = value.Trim().Replace('–', '-').Replace('/', '-');
        for (var n = 0; n < scale.Count; n++)
        {
            if (string.Equals(scale[n], written, StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>A written value: a decimal, or below a detection limit.</summary>
    private sealed record Bound(decimal Value, bool Below)
    {
        public static Bound? Parse(string text)
        {
            var t = text.Trim();
            var below = t.StartsWith('<') || t.StartsWith('＜');
            return WrittenNumber.TryParse(below ? t[1..] : t, out var number) ? new Bound(number.Value, below) : null;
        }
    }
}
