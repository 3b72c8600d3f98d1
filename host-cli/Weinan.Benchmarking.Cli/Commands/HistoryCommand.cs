using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// <c>wbench history CREDIT_CODE [--db FILE]</c>: an enterprise's products across periods from the store — per product the
/// level per period, then indicator by indicator the value and rung per period and whether it improved, regressed or
/// stayed the same (see <c>docs/batch.md</c> §7).
/// </summary>
public sealed class HistoryCommand(CliEnvironment env) : Command<HistorySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, HistorySettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var store = StoreFiles.Open(output, settings.DbPath, readOnly: true, out var exit);
        if (store is null)
        {
            return exit;
        }

        if (!StoreFiles.TryRead(output, store, s => EnterpriseHistory.Read(s, settings.CreditCode), out var history))
        {
            return ExitCodes.InputError;
        }

        if (history is null)
        {
            output.Issues([new Issue
            {
                Code = IssueCodes.StoreNoHistory,
                File = store.Path,
                Message = new($"评价结果库中没有统一社会信用代码 {settings.CreditCode} 的评价结果。",
                    $"The store holds no result for the credit code {settings.CreditCode}."),
            }]);
            return ExitCodes.InputError;
        }

        output.Line(new LocalizedText($"企业：{history.Enterprise}（{history.CreditCode}）", $"Enterprise: {history.Enterprise} ({history.CreditCode})"), "bold");
        foreach (var product in history.Products)
        {
            output.Line();
            var headers = new List<string> { output.T("指标", "Indicator"), output.T("单位", "Unit"), output.T("较优方向", "Better") };
            for (var n = 0; n < product.Periods.Count; n++)
            {
                var period = Period(output, product.Periods[n].Period);
                headers.Add(period);
                headers.Add(output.T($"{period} 等级", $"{period} level"));
                if (n > 0)
                {
                    headers.Add($"{Period(output, product.Periods[n - 1].Period)}→{period}");
                }
            }

            var level = new List<string> { output.T("总体等级", "Overall level"), "", "" };
            for (var n = 0; n < product.Periods.Count; n++)
            {
                var p = product.Periods[n];
                level.Add("");
                level.Add(output.T(p.Name));
                if (n > 0)
                {
                    level.Add(p.Change is { } change ? output.T(change.Text) : "");
                }
            }

            var rows = new List<IReadOnlyList<string>> { level };
            foreach (var indicator in product.Indicators)
            {
                var row = new List<string> { output.T(indicator.Name), indicator.Unit, indicator.Direction is { } d ? Words.Direction(output, d) : "" };
                for (var n = 0; n < indicator.Cells.Count; n++)
                {
                    row.Add(indicator.Cells[n] is { } value ? output.T(value.Value) : "");
                    row.Add(indicator.Cells[n] is { } cell ? output.T(cell.RungName) : "");
                    if (n > 0)
                    {
                        row.Add(indicator.Changes[n] is { } change ? output.T(change.Text) : "");
                    }
                }

                rows.Add(row);
            }

            output.Table(output.T($"产品：{product.ProductName}（{product.Sector.Zh}）", $"Product: {product.ProductName} ({product.Sector.En})"), headers, rows);
            output.Line(new LocalizedText(
                "评价所用目录版本（按报告期）：" + string.Join("；", product.Periods.Select(p => $"{Period(output, p.Period)} 为 {p.CatalogVersions} 版")),
                "Catalog versions assessed against, by period: " + string.Join("; ", product.Periods.Select(p => $"{Period(output, p.Period)} version {p.CatalogVersions}"))));
        }

        return ExitCodes.Ok;
    }

    /// <summary>A period as shown; a submission without one shows that.</summary>
    internal static string Period(CliOutput output, string period) => period.Length > 0 ? period : output.T("（未填报告期）", "(no period)");
}
