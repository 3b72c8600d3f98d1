using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Cli.Settings;

/// <summary>Options of the commands that assess: judgement method, decision rule, target, date and extra catalogs.</summary>
public class JudgementSettings : PluginSettings
{
    /// <summary>Default judgement method.</summary>
    [CommandOption("--method <METHOD>")]
    [Description("标准未规定时的判定方法：absolute（全数值比较法，默认）或 rounded（修约值比较法）/ Judgement method where a requirement states none: absolute (default) or rounded")]
    public string? Method { get; init; }

    /// <summary>Decision rule for values with uncertainty.</summary>
    [CommandOption("--decision-rule <RULE>")]
    [Description("ILAC-G8 判定规则：simple（默认）、guard-band 或 non-binary / ILAC-G8 decision rule: simple (default), guard-band or non-binary")]
    public string? DecisionRule { get; init; }

    /// <summary>Guard band as a multiple of U.</summary>
    [CommandOption("--guard-band <FACTOR>")]
    [Description("保护带 w = 系数 × U（默认 1）/ Guard band w = FACTOR × U (default 1)")]
    public string? GuardBand { get; init; }

    /// <summary>Target rung of the gap analysis.</summary>
    [CommandOption("--target-tier <RUNG>")]
    [Description("差距分析的目标等级（等级标识，默认最高级）/ Target rung id of the gap analysis (default the top rung)")]
    public string? TargetTier { get; init; }

    /// <summary>Assessment date.</summary>
    [CommandOption("--date <yyyy-MM-dd>")]
    [Description("评价日期，决定现行标准版本（默认今天）/ Assessment date; selects editions in force (default today)")]
    public string? Date { get; init; }

    /// <summary>Data-only catalogs merged into the sector's catalog.</summary>
    [CommandOption("--catalog <FILE>")]
    [Description("合并的数据目录文件（可重复）/ Data-only catalog file to merge (repeatable)")]
    public string[] Catalogs { get; init; } = [];

    /// <summary>The assessment options, with the date defaulting to <paramref name="today"/>.</summary>
    public AssessmentOptions ToOptions(DateOnly today) => new()
    {
        AssessmentDate = ParseDate(Date) ?? today,
        DefaultMethod = Method?.ToLowerInvariant() == "rounded" ? JudgementMethod.Rounded : JudgementMethod.Absolute,
        DecisionRule = new DecisionRule
        {
            Kind = ParseRule(DecisionRule) ?? DecisionRuleKind.SimpleAcceptance,
            GuardBandFactor = GuardBand ?? "1",
        },
        TargetRung = string.IsNullOrWhiteSpace(TargetTier) ? null : TargetTier,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        result = Paths("--catalog", Catalogs);
        if (!result.Successful)
        {
            return result;
        }

        if (Method is not null && Method.ToLowerInvariant() is not ("absolute" or "rounded"))
        {
            return Invalid("--method", Method, "absolute, rounded");
        }

        if (DecisionRule is not null && ParseRule(DecisionRule) is null)
        {
            return Invalid("--decision-rule", DecisionRule, "simple, guard-band, non-binary");
        }

        // The engine refuses any other factor (WB2906); refusing it here stops the run before it starts.
        if (GuardBand is not null && (!WrittenNumber.TryParse(GuardBand, out var factor) || factor.Suffix != SignSuffix.None || factor.Value < 0m))
        {
            return Invalid("--guard-band", GuardBand, Language == CliLanguage.English ? "0, 1, 1.5 … (below 1e20)" : "0、1、1.5 …（小于 1e20）");
        }

        if (Date is not null && ParseDate(Date) is null)
        {
            return Invalid("--date", Date, "yyyy-MM-dd");
        }

        return ValidationResult.Success();
    }

    private static DecisionRuleKind? ParseRule(string? value) => value?.ToLowerInvariant() switch
    {
        "simple" => DecisionRuleKind.SimpleAcceptance,
        "guard-band" => DecisionRuleKind.GuardBand,
        "non-binary" => DecisionRuleKind.NonBinary,
        _ => null,
    };

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
