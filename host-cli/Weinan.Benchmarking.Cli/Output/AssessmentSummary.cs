using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Assessment;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>Prints the console summary of a result: overall level, failing indicators, top gaps, and how to get the report.</summary>
public static class AssessmentSummary
{
    /// <summary>How many gaps the summary shows.</summary>
    public const int TopGaps = 5;

    /// <summary>Writes the summary.</summary>
    public static void Write(CliOutput output, AssessmentResult result, string submissionPath)
    {
        output.Line($"{output.T(result.Enterprise.Name, result.Enterprise.Name)} — {result.Product.Name}", "bold");
        var method = Words.Method(output, result.Rules.DefaultMethod);
        var rule = Words.Rule(output, result.Rules.DecisionRule);
        var date = result.Rules.AssessmentDate.ToString("yyyy-MM-dd");
        output.Line(output.T($"评价日期：{date}；判定方法：{method}；判定规则：{rule}",
            $"Assessment date: {date}; method: {method}; decision rule: {rule}"));
        var level = LevelLabel(output, result.Level);
        output.Line(output.T($"总体水平：{level}", $"Overall level: {level}"),
            result.Level.Failing ? "bold red" : result.Level.Determined ? "bold green" : "bold yellow");
        if (result.Level.Reason is not null)
        {
            output.Line(output.T(result.Level.Reason));
        }

        // Failures of what binds the product: mandatory requirements, the standard it declares, its label claims.
        var failing = new List<IReadOnlyList<string>>();
        foreach (var i in result.Indicators)
        {
            foreach (var j in i.Judgements.Where(j => j.Binding && j.Verdict is Verdict.Fail or Verdict.ConditionalFail))
            {
                failing.Add([
                    Name(output, i.Name, i.ComponentName), Join(j.Value, i.SubmittedUnit ?? i.Unit), output.T(Vocabulary.Limit(j.Requirement.Limit, j.Requirement.Unit)),
                    j.Requirement.StandardCode + (j.Requirement.Grade is null ? "" : " " + j.Requirement.Grade.For(output.Language)),
                    output.T(Vocabulary.Verdict(j.Verdict))]);
            }
        }

        if (failing.Count > 0)
        {
            output.Table(output.T("不符合强制性要求、明示标准或标示值的指标", "Failing a mandatory, declared-standard or label requirement"),
                [output.T("指标", "Indicator"), output.T("测得值", "Measured"), output.T("限值", "Limit"), output.T("标准", "Standard"), output.T("判定", "Verdict")],
                failing);
        }

        if (result.Gaps.Count > 0)
        {
            output.Table(output.T("主要差距", "Top gaps"),
                ["#", output.T("指标", "Indicator"), output.T("测得值", "Measured"), output.T("需达到", "Required"), output.T("目标", "Target"), output.T("差距", "Gap")],
                StableOrder.Sorted(result.Gaps, (a, b) => a.Priority.CompareTo(b.Priority)).Take(TopGaps).Select(g => (IReadOnlyList<string>)[
                    g.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Name(output, g.Name, result.Indicators.FirstOrDefault(i => i.IndicatorId == g.IndicatorId && i.Component == g.Component)?.ComponentName),
                    g.Measured,
                    g.Kind == GapKind.Evidence && g.RequiredEvidence is { } e ? output.T($"证据等级 ≥ {Vocabulary.Evidence(e).Zh}", $"evidence ≥ {Vocabulary.Evidence(e).En}")
                        : g.RequiredText is { } words ? output.T(words) : g.Required,
                    RungName(output, result, g.NextRung),
                    g.GradeSteps is { } steps ? output.T($"{steps} 级", $"{steps} grade(s)")
                        : g.AbsoluteGap is null ? "" : g.AbsoluteGap + (g.RelativeGapPercent is null ? "" : output.T($"（{g.RelativeGapPercent}%）", $" ({g.RelativeGapPercent}%)"))]));
        }

        output.Line();
        output.Line(new LocalizedText($"完整报告：wbench assess {submissionPath} --format html --out report.html（或 --format md / json）",
            $"Full report: wbench assess {submissionPath} --format html --out report.html (or --format md / json)"), "grey");
    }

    /// <summary>The rung's name in the output language, from the ladder the result carries; the id when it is not there.</summary>
    internal static string RungName(CliOutput output, AssessmentResult result, string rung) =>
        result.Rules.LadderRungs.FirstOrDefault(r => r.Id == rung) is { } found && !string.IsNullOrWhiteSpace(output.T(found.Name))
            ? output.T(found.Name)
            : rung;

    /// <summary>The level with its scope: 国际先进（核心指标）.</summary>
    internal static string LevelLabel(CliOutput output, LevelOutcome level)
    {
        var name = output.T(level.Name);
        var scope = output.T(Vocabulary.Scope(level.Scope));
        return scope.Length == 0 ? name : output.T($"{name}（{scope}）", $"{name} ({scope})");
    }

    private static string Name(CliOutput output, LocalizedText name, LocalizedText? component) =>
        component is null ? output.T(name) : output.T($"{name.Zh}（{component.Zh}）", $"{name.En} ({component.En})");

    private static string Join(string value, string? unit) => string.IsNullOrEmpty(unit) ? value : $"{value} {unit}";
}
