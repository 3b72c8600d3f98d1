using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>What keeps a rung from holding, as records and as the bilingual reason the result carries.</summary>
internal static class Obstacles
{
    public static LevelObstacle Of(LevelRung rung, IndicatorWork w, RungAnswer answer) => new()
    {
        Rung = rung.Id,
        Kind = answer.Check switch
        {
            RungCheck.Fails => ObstacleKind.Fails,
            RungCheck.NotEvaluated => ObstacleKind.NotEvaluated,
            RungCheck.EvidenceTooWeak => ObstacleKind.EvidenceTooWeak,
            _ => ObstacleKind.Indeterminate,
        },
        IndicatorId = w.Indicator.Id,
        Component = w.Component?.Id,
        Requirement = answer.Decisive is { } d
            ? d.Candidate.Source
            : answer.Candidates.Count > 0 ? answer.Candidates[0].Source : null,
    };

    /// <summary>What an answer that does not hold says, e.g. "fails GB 18401-2010 B".</summary>
    public static LocalizedText Describe(RungAnswer answer)
    {
        return answer.Check switch
        {
            // Worded once per requirement: a catalog requirement's candidate is shared by every submission of a plan.
            RungCheck.Fails when answer.Decisive is { Outcome.Meets: true } d => d.Candidate.Wording(FailureWording.NotByMargin, Word),
            // Only an obligation is failed (不符合); a reference or a grade that does not bind is not reached (未达到).
            RungCheck.Fails when answer.Decisive is { } d && (d.Role == JudgementRole.Reference || !d.Candidate.Binding) =>
                d.Candidate.Wording(FailureWording.NotReached, Word),
            RungCheck.Fails when answer.Decisive is { } d => d.Candidate.Wording(FailureWording.Fails, Word),
            RungCheck.Fails => FailsNothing,
            RungCheck.NotEvaluated => NotEvaluated,
            RungCheck.EvidenceTooWeak => EvidenceTooWeak,
            // A dash, not brackets: the answer is often put in brackets itself, after the indicator's name.
            RungCheck.Indeterminate => answer.Decisive?.Outcome.Note is { } note
                ? new($"无法判定——{note.Zh}", $"cannot be decided — {note.En}")
                : CannotDecide,
            _ => answer.Reason ?? NoText,
        };
    }

    /// <summary>Whether <see cref="Describe"/> gives the answer a wording shared by every submission: not one that names the
    /// enterprise's own standard (new in every submission) or a value.</summary>
    internal static bool SharedDescription(RungAnswer answer) =>
        answer.Decisive is not { Candidate.Own: true } && !(answer.Check == RungCheck.Indeterminate && answer.Decisive?.Outcome.Note is not null);

    /// <summary>No text in either language (an answer with no reason).</summary>
    internal static readonly LocalizedText NoText = new("", "");
    private static readonly LocalizedText FailsNothing = Wording(FailureWording.Fails, NoText);
    private static readonly LocalizedText NotEvaluated = new("未评价", "not evaluated");
    private static readonly LocalizedText EvidenceTooWeak = new("证据等级不足", "evidence too weak");
    private static readonly LocalizedText CannotDecide = new("无法判定", "cannot be decided");

    private static LocalizedText Word(FailureWording wording, Candidate candidate)
    {
        var text = Wording(wording, Name(candidate.Standard.Code, candidate.Requirement.Grade));
        // A reason must not read firmer than the limit it stands on: the report badges an unconfirmed limit in its rows,
        // and the reason above them says so too.
        return candidate.Source.Provenance?.Confidence == Confidence.Unconfirmed
            ? new($"{text.Zh}，其限值未确认", $"{text.En}, whose limit is unconfirmed")
            : text;
    }

    private static LocalizedText Wording(FailureWording wording, LocalizedText source) => wording switch
    {
        FailureWording.NotByMargin => new($"未以超过不确定度的余量满足 {source.Zh}", $"does not meet {source.En} by more than its uncertainty"),
        FailureWording.NotReached => new($"未达到 {source.Zh}", $"does not reach {source.En}"),
        _ => new($"不符合 {source.Zh}", $"fails {source.En}"),
    };

    /// <summary>The reason a rung was not reached, naming each indicator and what it lacks.</summary>
    public static LocalizedText Reason(LevelLadder ladder, LevelRung rung, IReadOnlyList<LevelObstacle> obstacles, IReadOnlyList<IndicatorWork> work)
    {
        var parts = obstacles.Select(o =>
        {
            if (o.Kind == ObstacleKind.RequiresRung)
            {
                var required = LadderPositioning.NameOf(ladder, o.RequiredRung ?? "");
                return new LocalizedText($"需先达到“{required.Zh}”", $"requires '{required.En}'");
            }

            var w = work.First(x => x.Indicator.Id == o.IndicatorId && x.Component?.Id == o.Component);
            var answer = w.Answer(rung);
            var what = Describe(answer);
            // The indicator's name and a catalog's wording: put together once for every submission.
            return w.Component is null && SharedDescription(answer)
                ? SharedWording.Of(SharedWording.Form.NameAndReason, [w.Indicator.Name, what], static p => NameAndReason(p[0], p[1]))
                : NameAndReason(Name(w), what);
        }).ToList();

        var failing = obstacles.Where(o => o.Kind == ObstacleKind.Fails).ToList();
        var declared = failing.Count(o => work.First(x => x.Indicator.Id == o.IndicatorId && x.Component?.Id == o.Component)
            .Answer(rung).Decisive?.Candidate.Declared == true);
        var lead = rung.Test != RungTest.MeetsMandatory || failing.Count == 0
            ? new LocalizedText($"未达到“{rung.Name.Zh}”：", $"'{rung.Name.En}' not reached: ")
            : declared == failing.Count ? new LocalizedText("不符合明示标准或标示值：", "fails the standard or values the product declares: ")
            : declared == 0 ? new LocalizedText("不符合强制性要求：", "fails a mandatory requirement: ")
            : new LocalizedText("不符合强制性要求或明示要求：", "fails mandatory or declared requirements: ");
        return new(lead.Zh + string.Join("、", parts.Select(p => p.Zh)), lead.En + string.Join(", ", parts.Select(p => p.En)));
    }

    private static LocalizedText NameAndReason(LocalizedText name, LocalizedText what) => new($"{name.Zh}（{what.Zh}）", $"{name.En} ({what.En})");

    /// <summary>Name of an indicator, with its component.</summary>
    public static LocalizedText Name(IndicatorWork w) => w.Component is null
        ? w.Indicator.Name
        : new($"{w.Indicator.Name.Zh}（{w.Component.Name.Zh}）", $"{w.Indicator.Name.En} ({w.Component.Name.En})");

    private static LocalizedText Name(string code, Grade? grade) =>
        grade is null ? new(code, code) : new($"{code} {grade.For("zh")}", $"{code} {grade.For("en")}");

}
