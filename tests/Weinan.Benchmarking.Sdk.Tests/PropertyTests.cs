using FsCheck;
using FsCheck.Xunit;
using Weinan.Benchmarking.Sdk.Assessment;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Tests;

public class PropertyTests
{
    private static readonly decimal[] Intervals = [0.001m, 0.01m, 0.1m, 0.2m, 0.5m, 1m, 2m, 5m, 10m, 20m, 100m];

    private static int Goodness(Verdict v) => v switch
    {
        Verdict.Pass => 3,
        Verdict.ConditionalPass => 2,
        Verdict.ConditionalFail => 1,
        _ => 0,
    };

    private static string Milli(int n) => (n / 1000m).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Property(MaxTest = 500)]
    public void A_Better_Value_Never_Gets_A_Worse_Verdict(int a, int b, PositiveInt limit, PositiveInt u, bool upper, bool rounded, byte ruleIndex)
    {
        var (better, worse) = upper ? (Math.Min(a, b), Math.Max(a, b)) : (Math.Max(a, b), Math.Min(a, b));
        var l = upper ? Limit.AtMost(Milli(limit.Get)) : Limit.AtLeast(Milli(limit.Get));
        var rule = new DecisionRule { Kind = (DecisionRuleKind)(ruleIndex % 3) };
        var method = rounded ? JudgementMethod.Rounded : JudgementMethod.Absolute;

        var vb = LimitJudge.Judge(Milli(better), l, method, rule, Milli(u.Get)).Verdict;
        var vw = LimitJudge.Judge(Milli(worse), l, method, rule, Milli(u.Get)).Verdict;

        Goodness(vb).ShouldBeGreaterThanOrEqualTo(Goodness(vw));
    }

    [Property(MaxTest = 200)]
    public void A_Better_Value_Never_Gets_A_Worse_Level(NonNegativeInt a, NonNegativeInt b)
    {
        // Formaldehyde (lower is better) of the test shirt, in 0.1 mg/kg steps across all limits (16, 20, 75).
        int Level(int tenths)
        {
            var submission = Some.Shirt() with
            {
                Results = [.. Some.Shirt().Results.Select(r => r.IndicatorId == "formaldehyde" ? r with { Value = (tenths % 1200 / 10m).ToString(System.Globalization.CultureInfo.InvariantCulture), Uncertainty = null } : r)],
            };
            var rung = Assessor.Assess(submission, Some.Catalog(), Some.Options()).Level.Rung;
            return DefaultLadder.Instance.Rungs.ToList().FindIndex(r => r.Id == rung);
        }

        var (x, y) = (a.Get % 1200, b.Get % 1200);
        var (better, worse) = (Math.Min(x, y), Math.Max(x, y));
        Level(better).ShouldBeLessThanOrEqualTo(Level(worse));
    }

    [Property(MaxTest = 1000)]
    public void Rounding_Is_Idempotent_And_Lands_On_The_Nearest_Multiple(int n, byte scale, byte intervalIndex, bool plus)
    {
        var value = new WrittenNumber(n / Rounding.PowerOfTen(scale % 6), plus ? SignSuffix.Plus : SignSuffix.None);
        var interval = Intervals[intervalIndex % Intervals.Length];

        var once = Rounding.ToInterval(value, interval);

        Rounding.ToInterval(new WrittenNumber(once), interval).ShouldBe(once);
        (once % interval).ShouldBe(0m);
        Math.Abs(value.Value - once).ShouldBeLessThanOrEqualTo(interval / 2m);
    }

    [Property(MaxTest = 1000)]
    public void Rounding_Once_Is_Never_Worse_Than_Rounding_In_Steps(int n)
    {
        // Chained rounding (0.001 → 0.01 → 0.1 → 1) can move a value by more than half an interval; one rounding never does.
        var value = new WrittenNumber(n / 10000m);
        var once = Rounding.ToInterval(value, 1m);
        Math.Abs(value.Value - once).ShouldBeLessThanOrEqualTo(0.5m);
        var chained = value.Value;
        foreach (var step in new[] { 0.001m, 0.01m, 0.1m, 1m })
        {
            chained = Rounding.ToInterval(new WrittenNumber(chained), step);
        }

        Math.Abs(value.Value - once).ShouldBeLessThanOrEqualTo(Math.Abs(value.Value - chained));
    }

    [Property(MaxTest = 1000)]
    public void The_Absolute_Method_Never_Passes_What_The_Rounded_Method_Fails(int value, int limit, byte shape)
    {
        // Limits written "≤", "≥" or as a range (inclusive bounds, as GB/T 8170 limits are normally written).
        var l = (shape % 3) switch
        {
            0 => Limit.AtMost(Milli(limit)),
            1 => Limit.AtLeast(Milli(limit)),
            _ => Limit.Between(Milli(Math.Min(limit, value)), Milli(Math.Max(limit, value) + 500)),
        };

        var absolute = LimitJudge.Judge(Milli(value), l, JudgementMethod.Absolute).Verdict;
        var rounded = LimitJudge.Judge(Milli(value), l, JudgementMethod.Rounded).Verdict;

        if (absolute == Verdict.Pass)
        {
            rounded.ShouldBe(Verdict.Pass);
        }
    }
}
