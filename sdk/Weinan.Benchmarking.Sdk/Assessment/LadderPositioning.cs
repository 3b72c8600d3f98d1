using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>Positions indicators and the product on a level ladder (<c>docs/rules.md</c> §8).</summary>
/// <remarks>
/// The rungs are tried from the bottom up. A rung with no requirement for the product is skipped: it is neither reached
/// nor failed, and never stood on. A rung that holds is reached; the first rung that does not hold stops the climb, so a
/// level is true of every rung below it. A rung that requires another holds only when that one was reached.
/// Per indicator the same, with two differences: a skipped mandatory rung is not "met" (an indicator with no binding
/// requirement stands on no rung unless it reaches a higher one), and an indicator failing the lowest rung stands on the
/// failing bottom rung.
/// Overall: a rung holds when every in-scope indicator (key indicators only, for rungs so marked) with requirements on it
/// meets it, was evaluated and decided, with the evidence the rung asks; for a rung testing every applicable
/// requirement, no evaluated indicator (key or not) may fail one. The mandatory rung with nothing binding holds.
/// When a binding requirement is neither failed nor confirmed (not evaluated, undecided), the level is not determined.
/// </remarks>
internal static class LadderPositioning
{
    /// <summary>Where one indicator stands: the rung index (-1 = none), the rung it was capped at by evidence, and why.</summary>
    internal sealed record Placement(int Index, string Rung, string? CappedBy, LocalizedText? Note);

    internal sealed record Outcome(LevelOutcome Overall, IReadOnlyDictionary<string, Placement> PerIndicator);

    private enum Status
    {
        Holds,
        NotApplicable,
        Fails,
        Unconfirmed,
    }

    public static Outcome Position(LevelLadder ladder, IReadOnlyList<IndicatorWork> work)
    {
        var per = new Dictionary<string, Placement>(work.Count, StringComparer.Ordinal);
        foreach (var w in work)
        {
            if (w.Evaluated)
            {
                per[w.Key] = PositionOf(ladder, w);
            }
        }

        return new Outcome(Overall(ladder, work), per);
    }

    private static Placement PositionOf(LevelLadder ladder, IndicatorWork w)
    {
        var rungs = ladder.Rungs;
        var bottom = rungs.Count - 1;
        var held = -1;
        // A few rungs: lists made when first needed cost less than sets made for every indicator.
        List<string>? reached = null;
        List<LocalizedText>? skipped = null;
        for (var i = bottom - 1; i >= 0; i--)
        {
            var rung = rungs[i];
            var answer = w.Answer(rung);
            if (answer.Check == RungCheck.NotRelevant)
            {
                (skipped ??= []).Add(RungText(rung, answer.Reason ?? Obstacles.NoText));
                continue;
            }

            var missing = FirstMissing(rung, reached);
            if (answer.Check == RungCheck.Holds && missing is null)
            {
                held = i;
                (reached ??= []).Add(rung.Id);
                continue;
            }

            var capped = answer.Check == RungCheck.EvidenceTooWeak ? rung.Id : null;
            var why = missing is not null && answer.Check == RungCheck.Holds
                ? new LocalizedText($"需先达到“{NameOf(ladder, missing).Zh}”", $"requires '{NameOf(ladder, missing).En}'")
                : Obstacles.Describe(answer);
            // Worded once per rung and reason, unless the reason names the enterprise's own standard or a value.
            var note = Obstacles.SharedDescription(answer)
                ? Join(skipped, RungText(rung, why), shared: true)
                : Join(skipped, new($"{rung.Name.Zh}：{why.Zh}", $"{rung.Name.En}: {why.En}"), shared: false);
            if (held >= 0)
            {
                return new Placement(held, rungs[held].Id, capped, note);
            }

            // Nothing reached: failing the lowest rung is non-compliance; anything else stands on no rung.
            return answer.Check == RungCheck.Fails && i == bottom - 1
                ? new Placement(bottom, rungs[bottom].Id, null, note)
                : new Placement(-1, "", capped, note);
        }

        return held >= 0 ? new Placement(held, rungs[held].Id, null, Join(skipped, null, shared: true)) : new Placement(-1, "", null, Join(skipped, null, shared: true));
    }

    private static LevelOutcome Overall(LevelLadder ladder, IReadOnlyList<IndicatorWork> work)
    {
        var rungs = ladder.Rungs;
        var bottom = rungs.Count - 1;
        var anyKey = work.Any(w => w.Indicator.Key);
        var held = -1;
        var heldScope = LevelScope.AllIndicators;
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<SkippedRung>();
        for (var i = bottom - 1; i >= 0; i--)
        {
            var rung = rungs[i];
            var (status, obstacles, narrow, reason) = Evaluate(rung, work, anyKey);
            if (status == Status.NotApplicable && rung.Test == RungTest.MeetsMandatory)
            {
                status = Status.Holds;
            }

            if (status == Status.NotApplicable)
            {
                skipped.Add(new SkippedRung(rung.Id, reason));
                continue;
            }

            if (status == Status.Holds && rung.Requires is { Count: > 0 } requires && requires.Where(r => !reached.Contains(r)).ToList() is { Count: > 0 } missing)
            {
                status = Status.Fails;
                obstacles = missing.Select(m => new LevelObstacle { Rung = rung.Id, Kind = ObstacleKind.RequiresRung, RequiredRung = m }).ToList();
            }

            if (status == Status.Holds)
            {
                held = i;
                heldScope = narrow ? LevelScope.KeyIndicators : LevelScope.AllIndicators;
                reached.Add(rung.Id);
                continue;
            }

            var text = Obstacles.Reason(ladder, rung, obstacles, work);
            if (held >= 0)
            {
                return Level(rungs[held], heldScope, text, obstacles, skipped);
            }

            if (status == Status.Fails)
            {
                return Level(rungs[bottom], LevelScope.AllIndicators, text, obstacles, skipped);
            }

            return new LevelOutcome
            {
                Rung = "",
                Name = Vocabulary.NotDetermined,
                Determined = false,
                Reason = text,
                Obstacles = obstacles,
                SkippedRungs = skipped,
            };
        }

        return held >= 0
            ? Level(rungs[held], heldScope, null, [], skipped)
            : Level(rungs[bottom], LevelScope.AllIndicators, null, [], skipped);
    }

    private static LevelOutcome Level(LevelRung rung, LevelScope scope, LocalizedText? reason, IReadOnlyList<LevelObstacle> obstacles,
        IReadOnlyList<SkippedRung> skipped) => new()
        {
            Rung = rung.Id,
            Name = rung.Name,
            Failing = rung.Failing,
            Scope = rung.Failing ? LevelScope.AllIndicators : scope,
            Reason = reason,
            Obstacles = obstacles,
            SkippedRungs = skipped,
        };

    /// <summary>How a rung came out over every indicator.</summary>
    /// <remarks>A class, not a tuple: keeps start-up free of JIT work (docs/performance.md, Cold start).</remarks>
    private sealed record RungEvaluation(Status Status, List<LevelObstacle> Obstacles, bool Narrow, LocalizedText Reason);

    private static RungEvaluation Evaluate(LevelRung rung,
        IReadOnlyList<IndicatorWork> work, bool anyKey)
    {
        var keyOnly = rung.KeyIndicatorsOnly && anyKey;
        var obstacles = new List<LevelObstacle>();
        var relevant = 0;
        var narrow = false;
        LocalizedText? reason = null;
        var reasons = 0;
        List<LevelObstacle>? outside = null;
        foreach (var w in work)
        {
            var answer = w.Answer(rung);
            if (keyOnly && !w.Indicator.Key)
            {
                // 国际先进 fails when any evaluated indicator fails an applicable international requirement, key or not.
                if (rung.Test == RungTest.MeetsAll && w.Evaluated && answer.Check == RungCheck.Fails)
                {
                    (outside ??= []).Add(Obstacles.Of(rung, w, answer));
                }

                narrow |= answer.Check is not (RungCheck.Holds or RungCheck.NotRelevant);
                continue;
            }

            if (answer.Reason is { } r && (reason is null || (reasons == 1 && !reason.Equals(r))))
            {
                reasons = reason is null ? 1 : 2;
                reason ??= r;
            }

            if (answer.Check == RungCheck.NotRelevant)
            {
                continue;
            }

            relevant++;
            if (answer.Check != RungCheck.Holds)
            {
                obstacles.Add(Obstacles.Of(rung, w, answer));
            }
        }

        if (outside is not null)
        {
            obstacles.AddRange(outside);
        }

        var text = reasons == 1 ? reason! : NoRequirement;
        if (relevant == 0 && obstacles.Count == 0)
        {
            return new RungEvaluation(Status.NotApplicable, obstacles, false, text);
        }

        var status = obstacles.Exists(o => o.Kind == ObstacleKind.Fails) ? Status.Fails : obstacles.Count > 0 ? Status.Unconfirmed : Status.Holds;
        return new RungEvaluation(status, obstacles, narrow, text);
    }

    private static readonly LocalizedText NoRequirement = new("没有适用于该产品的要求", "no requirement applies to this product");

    private static string? FirstMissing(LevelRung rung, List<string>? reached)
    {
        foreach (var r in rung.Requires ?? [])
        {
            if (reached is null || !reached.Contains(r))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The skipped rungs' texts and the last one, joined; <paramref name="shared"/> when every text is a catalog's
    /// wording (<see cref="RungText"/>), whose joins are made once.</summary>
    private static LocalizedText? Join(List<LocalizedText>? skipped, LocalizedText? last, bool shared)
    {
        if (skipped is null || skipped.Count == 0)
        {
            return last;
        }

        if (!shared)
        {
            return JoinNow(skipped, last);
        }

        var texts = new LocalizedText[skipped.Count + (last is null ? 0 : 1)];
        skipped.CopyTo(texts);
        if (last is not null)
        {
            texts[^1] = last;
        }

        return SharedWording.Of(SharedWording.Form.Joined, texts, static parts => JoinNow(parts, null));
    }

    private static LocalizedText JoinNow(IReadOnlyList<LocalizedText> skipped, LocalizedText? last)
    {
        var count = skipped.Count + (last is null ? 0 : 1);
        var zh = new string[count];
        var en = new string[count];
        for (var i = 0; i < count; i++)
        {
            var text = i < skipped.Count ? skipped[i] : last!;
            zh[i] = text.Zh;
            en[i] = text.En;
        }

        return new LocalizedText(string.Join("；", zh), string.Join("; ", en));
    }

    // "rung: why it was skipped or not reached" is the same for every submission of a catalog when the reason comes from the
    // catalog alone: worded once per rung and reason.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LevelRung, System.Collections.Concurrent.ConcurrentDictionary<LocalizedText, LocalizedText>> RungTexts = [];

    private static LocalizedText RungText(LevelRung rung, LocalizedText reason) =>
        RungTexts.GetValue(rung, static _ => new()).GetOrAdd(reason, static (r, rung) => new($"{rung.Name.Zh}：{r.Zh}", $"{rung.Name.En}: {r.En}"), rung);

    internal static LocalizedText NameOf(LevelLadder ladder, string rungId)
    {
        // By index: a lambda, or a foreach over the list's interface, would be made on every call.
        var rungs = ladder.Rungs;
        for (var i = 0; i < rungs.Count; i++)
        {
            if (rungs[i].Id == rungId)
            {
                return rungs[i].Name;
            }
        }

        return new LocalizedText(rungId, rungId);
    }
}
