using Weinan.Benchmarking.Abstractions;

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
        output.Line(output.T($"评价日期：{result.Rules.AssessmentDate:yyyy-MM-dd}；判定方法：{method}；判定规则：{rule}",
            $"Assessment date: {result.Rules.AssessmentDate:yyyy-MM-dd}; method: {method}; decision rule: {rule}"));
        output.Line(output.T($"总体水平：{output.T(result.Level.Name)}", $"Overall level: {output.T(result.Level.Name)}"),
            result.Level.Failing ? "bold red" : "bold green");
        if (result.Level.Reason is not null)
        {
            output.Line(output.T(result.Level.Reason));
        }

        var failing = result.Indicators
            .Where(i => i.Judgements.Any(j => j.Verdict is Verdict.Fail or Verdict.ConditionalFail))
            .ToList();
        if (failing.Count > 0)
        {
            output.Table(output.T("未达标指标", "Failing indicators"),
                [output.T("指标", "Indicator"), output.T("测得值", "Measured"), output.T("限值", "Limit"), output.T("标准", "Standard"), output.T("判定", "Verdict")],
                failing.SelectMany(i => i.Judgements
                    .Where(j => j.Verdict is Verdict.Fail or Verdict.ConditionalFail)
                    .Select(j => (IReadOnlyList<string>)[
                        output.T(i.Name), Join(i.Value, i.Unit), Join(j.Requirement.Limit.ToString(), j.Requirement.Unit),
                        j.Requirement.StandardCode + (j.Requirement.Grade is null ? "" : " " + j.Requirement.Grade.Label),
                        VerdictText(output, j.Verdict)])));
        }

        if (result.Gaps.Count > 0)
        {
            output.Table(output.T("主要差距", "Top gaps"),
                ["#", output.T("指标", "Indicator"), output.T("测得值", "Measured"), output.T("需达到", "Required"), output.T("目标", "Target"), output.T("差距", "Gap")],
                result.Gaps.OrderBy(g => g.Priority).Take(TopGaps).Select(g => (IReadOnlyList<string>)[
                    g.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture), output.T(g.Name), g.Measured, g.Required,
                    RungName(output, result, g.NextRung), g.AbsoluteGap is null ? "" : g.AbsoluteGap + (g.RelativeGapPercent is null ? "" : $" ({g.RelativeGapPercent}%)")]));
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

    private static string Join(string value, string unit) => string.IsNullOrEmpty(unit) ? value : $"{value} {unit}";

    private static string VerdictText(CliOutput output, Verdict verdict) => verdict switch
    {
        Verdict.Pass => output.T("符合", "pass"),
        Verdict.ConditionalPass => output.T("有条件符合", "conditional pass"),
        Verdict.ConditionalFail => output.T("有条件不符合", "conditional fail"),
        Verdict.Fail => output.T("不符合", "fail"),
        _ => output.T("无法判定", "indeterminate"),
    };
}
