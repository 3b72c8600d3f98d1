using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Compares a subject limit (an enterprise's or a national one) with a reference limit, direction-aware:
/// upper limit → smaller is stricter; lower limit → larger is stricter; range → nested is stricter, partial overlap
/// is not comparable; ordinal grades by rank; categorical by accepted set; not permitted is stricter than any upper
/// limit above 0. Units and bases are converted first;
/// equal values written at different precision are equal with a note.
/// </summary>
public static class LimitComparer
{
    /// <summary>Compares two limits.</summary>
    /// <param name="subject">The limit compared.</param>
    /// <param name="subjectUnit">Its unit.</param>
    /// <param name="reference">The limit compared with.</param>
    /// <param name="referenceUnit">Its unit.</param>
    /// <param name="scale">The indicator's ordinal scale, for ordinal limits.</param>
    /// <param name="converter">Unit and basis conversions (default: the built-in units).</param>
    /// <param name="indicatorId">The indicator, for conversions that name one.</param>
    /// <param name="indicatorBasis">The indicator's reporting basis, named in a note for a subject limit that states none.</param>
    public static ComparisonResult Compare(Limit subject, string? subjectUnit, Limit reference, string? referenceUnit,
        IReadOnlyList<string>? scale = null, UnitConverter? converter = null, string? indicatorId = null, string? indicatorBasis = null)
    {
        if (subject.Kind == LimitKind.Categorical || reference.Kind == LimitKind.Categorical)
        {
            return CompareCategorical(subject, reference);
        }

        if (subject.Kind == LimitKind.Ordinal || reference.Kind == LimitKind.Ordinal)
        {
            return CompareOrdinal(subject, reference, scale ?? []);
        }

        if (subject.Kind == LimitKind.NotPermitted || reference.Kind == LimitKind.NotPermitted)
        {
            return CompareNotPermitted(subject, reference);
        }

        if (!NumericBounds.TryCreate(subject, out var s))
        {
            return NotComparable(new("对比方限值缺失或不是数值", "the subject limit has no numeric value"));
        }

        if (!NumericBounds.TryCreate(reference, out var r))
        {
            return NotComparable(new("参照限值缺失或不是数值", "the reference limit has no numeric value"));
        }

        converter ??= UnitConverter.BuiltIn;
        if (!converter.TryGetFactor(subjectUnit, subject.Basis, referenceUnit, reference.Basis, indicatorId, out var factor, out var how))
        {
            return NotComparable(NoConversion(subjectUnit, subject.Basis ?? indicatorBasis, referenceUnit, reference.Basis));
        }

        var converted = factor != 1m || how.Length > 0;
        if (!s.TryScale(factor, out s))
        {
            var to = Units.WithBasis(referenceUnit, reference.Basis);
            return NotComparable(new($"换算后的限值超出数值范围：→ {to.Zh}", $"the limit converted to {to.En} is beyond the range of computation"));
        }

        LocalizedText? note = converted
            ? new($"已换算（{how}）：{s.Describe()} 对 {r.Describe()}", $"converted ({how}): {s.Describe()} vs {r.Describe()}")
            : null;

        var sUpperOnly = s.Min is null && s.Max is not null;
        var sLowerOnly = s.Max is null && s.Min is not null;
        var rUpperOnly = r.Min is null && r.Max is not null;
        var rLowerOnly = r.Max is null && r.Min is not null;

        ComparisonOutcome outcome;
        if (sUpperOnly && rUpperOnly)
        {
            outcome = Side(s.Max!.Value, s.MaxInclusive, r.Max!.Value, r.MaxInclusive, smallerIsStricter: true);
        }
        else if (sLowerOnly && rLowerOnly)
        {
            outcome = Side(s.Min!.Value, s.MinInclusive, r.Min!.Value, r.MinInclusive, smallerIsStricter: false);
        }
        else if (s.Min is not null && s.Max is not null && r.Min is not null && r.Max is not null)
        {
            var low = Side(s.Min.Value, s.MinInclusive, r.Min.Value, r.MinInclusive, smallerIsStricter: false);
            var high = Side(s.Max.Value, s.MaxInclusive, r.Max.Value, r.MaxInclusive, smallerIsStricter: true);
            outcome = (low, high) switch
            {
                (ComparisonOutcome.Equal, ComparisonOutcome.Equal) => ComparisonOutcome.Equal,
                (ComparisonOutcome.Stricter or ComparisonOutcome.Equal, ComparisonOutcome.Stricter or ComparisonOutcome.Equal) => ComparisonOutcome.Stricter,
                (ComparisonOutcome.Looser or ComparisonOutcome.Equal, ComparisonOutcome.Looser or ComparisonOutcome.Equal) => ComparisonOutcome.Looser,
                _ => ComparisonOutcome.NotComparable,
            };
            if (outcome == ComparisonOutcome.NotComparable)
            {
                return NotComparable(new("两个范围部分重叠，不能直接比较", "the ranges overlap partially and cannot be compared directly"));
            }
        }
        else
        {
            var shared = SharedBoundNote(s, r);
            return NotComparable(new(
                $"限值形式不同（{Shape(s, true)} 对 {Shape(r, true)}），不能直接比较{shared.Zh}",
                $"different limit shapes ({Shape(s, false)} vs {Shape(r, false)}) cannot be compared directly{shared.En}"));
        }

        if (outcome == ComparisonOutcome.Equal && !converted && PrecisionDiffers(subject, reference))
        {
            note = new("数值相等，但书写精度不同（修约值比较时的修约间隔不同）",
                "equal in value, but written to different precision (the rounded method would round to different intervals)");
        }

        return new(outcome, note);
    }

    private static ComparisonOutcome Side(decimal s, bool sInclusive, decimal r, bool rInclusive, bool smallerIsStricter)
    {
        if (s == r)
        {
            return sInclusive == rInclusive ? ComparisonOutcome.Equal
                : !sInclusive ? ComparisonOutcome.Stricter : ComparisonOutcome.Looser;
        }

        return (s < r) == smallerIsStricter ? ComparisonOutcome.Stricter : ComparisonOutcome.Looser;
    }

    private static ComparisonResult CompareOrdinal(Limit subject, Limit reference, IReadOnlyList<string> scale)
    {
        if (subject.Kind != LimitKind.Ordinal || reference.Kind != LimitKind.Ordinal)
        {
            return NotComparable(new("等级限值与非等级限值不能比较", "an ordinal grade cannot be compared with a non-ordinal limit"));
        }

        var a = MeasuredValue.IndexOf(scale, subject.Min);
        var b = MeasuredValue.IndexOf(scale, reference.Min);
        if (a < 0 || b < 0)
        {
            return NotComparable(new("等级不在等级表中", "a grade is not on the indicator's scale"));
        }

        return new(a == b ? ComparisonOutcome.Equal : a > b ? ComparisonOutcome.Stricter : ComparisonOutcome.Looser, null);
    }

    private static ComparisonResult CompareCategorical(Limit subject, Limit reference)
    {
        if (subject.Kind != LimitKind.Categorical || reference.Kind != LimitKind.Categorical)
        {
            return NotComparable(new("分类限值与其他限值不能比较", "a categorical limit cannot be compared with another kind"));
        }

        var s = subject.Accepted.Select(x => x.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var r = reference.Accepted.Select(x => x.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (s.SetEquals(r))
        {
            return new(ComparisonOutcome.Equal, null);
        }

        if (s.IsProperSubsetOf(r))
        {
            return new(ComparisonOutcome.Stricter, null);
        }

        return s.IsProperSupersetOf(r)
            ? new(ComparisonOutcome.Looser, null)
            : NotComparable(new("可接受的类别不同", "the accepted categories differ"));
    }

    /// <summary>
    /// Not permitted is as strict as a limit gets: only another "not permitted" (or an upper limit of 0, which admits no
    /// quantified amount either) equals it; every upper limit above 0 is looser. Units do not matter: 0 is 0 in any.
    /// </summary>
    private static ComparisonResult CompareNotPermitted(Limit subject, Limit reference)
    {
        if (subject.Kind == reference.Kind)
        {
            return new(ComparisonOutcome.Equal, null);
        }

        var other = subject.Kind == LimitKind.NotPermitted ? reference : subject;
        if (other.Kind != LimitKind.Upper || !WrittenNumber.TryParse(other.Max, out var max))
        {
            return NotComparable(new("“不得使用”只能与上限或另一“不得使用”比较", "'not permitted' compares only with an upper limit or another 'not permitted'"));
        }

        if (max.Value <= 0m)
        {
            return new(ComparisonOutcome.Equal, new("上限为 0，与“不得使用”一样不允许任何定量检出", "an upper limit of 0 admits no quantified amount, as 'not permitted' does"));
        }

        return new(subject.Kind == LimitKind.NotPermitted ? ComparisonOutcome.Stricter : ComparisonOutcome.Looser, null);
    }

    private static bool PrecisionDiffers(Limit a, Limit b)
    {
        static int Digits(string? x) => WrittenNumber.TryParse(x, out var n) ? n.Decimals : -1;
        return Digits(a.Max) != Digits(b.Max) || Digits(a.Min) != Digits(b.Min) ||
               Digits(a.Nominal) != Digits(b.Nominal) || Digits(a.Tolerance) != Digits(b.Tolerance);
    }

    private static LocalizedText SharedBoundNote(NumericBounds s, NumericBounds r)
    {
        if (s.Min is { } a && r.Min is { } b && a == b)
        {
            return new("；下限相等", "; the lower bounds are equal");
        }

        return s.Max is { } c && r.Max is { } d && c == d ? new("；上限相等", "; the upper bounds are equal") : new("", "");
    }

    private static string Shape(NumericBounds b, bool zh) => (b.Min, b.Max) switch
    {
        (null, not null) => zh ? "上限" : "upper limit",
        (not null, null) => zh ? "下限" : "lower limit",
        _ => zh ? "范围" : "range",
    };

    /// <summary>Why a value or limit in one unit and basis cannot be expressed in another: only the parts given are named.</summary>
    internal static LocalizedText NoConversion(string? fromUnit, string? fromBasis, string? toUnit, string? toBasis)
    {
        var from = Units.WithBasis(fromUnit, fromBasis);
        var to = Units.WithBasis(toUnit, toBasis);
        return new($"无法换算：{from.Zh} → {to.Zh}", $"no conversion from {from.En} to {to.En}");
    }

    private static ComparisonResult NotComparable(LocalizedText reason) => new(ComparisonOutcome.NotComparable, reason);
}

/// <summary>Outcome and note of a limit comparison.</summary>
/// <param name="Outcome">Stricter, equal, looser or not comparable.</param>
/// <param name="Note">Conversion applied, precision difference, or why not comparable.</param>
public sealed record ComparisonResult(ComparisonOutcome Outcome, LocalizedText? Note);
