using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Positions indicators and the product on a level ladder.
/// </summary>
/// <remarks>
/// Per indicator: the rungs whose requirements apply to it are tried from the bottom up; the indicator stands on the
/// rung directly below the first one it fails, or on the highest applicable rung when it fails none.
/// Overall: a rung holds when every in-scope indicator (key indicators only, for rungs so marked) with requirements on
/// that rung meets it and was evaluated; the product stands directly below the lowest rung that does not hold.
/// A rung with no applicable requirement at all does not hold, except the mandatory rung (nothing mandatory to fail).
/// </remarks>
internal static class LadderPositioning
{
    internal sealed record Outcome(LevelOutcome Overall, IReadOnlyDictionary<string, (string Rung, string? CappedBy, int Index)> PerIndicator);

    public static Outcome Position(LevelLadder ladder, IReadOnlyList<IndicatorWork> work)
    {
        var rungs = ladder.Rungs;
        var bottom = rungs.Count - 1;
        var per = new Dictionary<string, (string, string?, int)>(StringComparer.Ordinal);
        foreach (var w in work.Where(w => w.Evaluated))
        {
            int? highest = null;
            var stand = -1;
            string? capped = null;
            for (var i = bottom; i >= 0; i--)
            {
                var check = w.Check(rungs[i]);
                if (check == RungCheck.NotRelevant || rungs[i].Test == RungTest.Always)
                {
                    continue;
                }

                if (check != RungCheck.Holds)
                {
                    stand = i + 1;
                    capped = check == RungCheck.EvidenceTooWeak ? rungs[i].Id : null;
                    break;
                }

                highest = i;
            }

            var index = stand >= 0 ? Math.Min(stand, bottom) : highest ?? bottom;
            per[w.Indicator.Id] = (rungs[index].Id, capped, index);
        }

        return new Outcome(Overall(ladder, work), per);
    }

    private static LevelOutcome Overall(LevelLadder ladder, IReadOnlyList<IndicatorWork> work)
    {
        var rungs = ladder.Rungs;
        var anyKey = work.Any(w => w.Indicator.Key);
        var standIndex = 0;
        LocalizedText? reason = null;
        for (var i = rungs.Count - 1; i >= 0; i--)
        {
            var rung = rungs[i];
            if (rung.Test == RungTest.Always)
            {
                continue;
            }

            var scope = work.Where(w => !rung.KeyIndicatorsOnly || !anyKey || w.Indicator.Key).ToList();
            var checks = scope.Select(w => (w, Check: w.Check(rung))).Where(c => c.Check != RungCheck.NotRelevant).ToList();
            var failing = checks.Where(c => c.Check != RungCheck.Holds).ToList();
            var holds = failing.Count == 0 && (checks.Count > 0 || rung.Test == RungTest.MeetsMandatory);
            if (!holds)
            {
                standIndex = Math.Min(i + 1, rungs.Count - 1);
                reason = Reason(rung, failing);
                break;
            }
        }

        var stand = rungs[standIndex];
        return new LevelOutcome { Rung = stand.Id, Name = stand.Name, Failing = stand.Failing, Reason = reason };
    }

    private static LocalizedText Reason(LevelRung rung, List<(IndicatorWork w, RungCheck Check)> failing)
    {
        if (failing.Count == 0)
        {
            return new($"没有适用于“{rung.Name.Zh}”的要求", $"no requirement applies to '{rung.Name.En}'");
        }

        string Zh(RungCheck c) => c switch
        {
            RungCheck.NotEvaluated => "未评价",
            RungCheck.EvidenceTooWeak => "证据等级不足",
            RungCheck.Indeterminate => "无法判定",
            _ => "未满足",
        };
        string En(RungCheck c) => c switch
        {
            RungCheck.NotEvaluated => "not evaluated",
            RungCheck.EvidenceTooWeak => "evidence too weak",
            RungCheck.Indeterminate => "cannot be decided",
            _ => "not met",
        };
        return new(
            $"未达到“{rung.Name.Zh}”：" + string.Join("、", failing.Select(f => $"{f.w.Indicator.Name.Zh}（{Zh(f.Check)}）")),
            $"'{rung.Name.En}' not reached: " + string.Join(", ", failing.Select(f => $"{f.w.Indicator.Name.En} ({En(f.Check)})")));
    }
}
