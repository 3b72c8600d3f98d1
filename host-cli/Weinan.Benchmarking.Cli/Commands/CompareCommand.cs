using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Cli.Output;
using Weinan.Benchmarking.Cli.Settings;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// <c>wbench compare [--period A --period B] [--db FILE] [--by sector|county|cluster]</c>: the city-level change between two
/// periods from the store (by default its two latest) — products per level per group, the products assessed in both that moved up or down the
/// ladder, and the indicators that improved and regressed most (see <c>docs/batch.md</c> §7).
/// </summary>
public sealed class CompareCommand(CliEnvironment env) : Command<CompareSettings>
{
    /// <summary>Indicators listed as most improved and most regressed.</summary>
    public const int TopIndicators = 10;

    /// <inheritdoc />
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        var output = new CliOutput(env, settings.Language);
        using var store = StoreFiles.Open(output, settings.DbPath, readOnly: true, out var exit);
        if (store is null)
        {
            return exit;
        }

        var periods = PeriodComparison.Periods(store);
        var held = string.Join("、", periods.Select(p => HistoryCommand.Period(output, p)));
        var (heldZh, heldEn) = held.Length > 0 ? (held, held.Replace("、", ", ", StringComparison.Ordinal)) : ("无", "none");
        if (settings.Periods.Length == 0 && periods.Count < 2)
        {
            output.Issues([new Issue
            {
                Code = IssueCodes.StoreNoPeriod,
                File = store.Path,
                Message = new($"评价结果库中的报告期不足两个，无法比较；库中的报告期：{heldZh}。",
                    $"The store holds results of fewer than two periods, nothing to compare; periods held: {heldEn}."),
            }]);
            return ExitCodes.InputError;
        }

        // Without --period, the two latest periods the store holds (in time order).
        var (before, after) = settings.Periods.Length == 2 ? (settings.Periods[0], settings.Periods[1]) : (periods[^2], periods[^1]);
        var missing = settings.Periods.Where(p => !periods.Contains(p, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            output.Issues(missing.Select(p => new Issue
            {
                Code = IssueCodes.StoreNoPeriod,
                File = store.Path,
                Message = new($"评价结果库中没有报告期 {p} 的评价结果；库中的报告期：{heldZh}。",
                    $"The store holds no result for the period {p}; periods held: {heldEn}."),
            }));
            return ExitCodes.InputError;
        }

        // Reading every current result of two periods takes a while on a city's store (about 30 s for a million
        // results): on a terminal, a live line says what is being done.
        PeriodComparison? comparison = null;
        var read = false;
        void Compare() => read = StoreFiles.TryRead(output, store, s => PeriodComparison.Read(s, before, after, settings.Grouping), out comparison);
        if (env.ErrorRich)
        {
            env.ErrorConsole.Status().Start(output.T($"正在比较报告期 {before} 与 {after}…", $"Comparing the periods {before} and {after}…"), _ => Compare());
        }
        else
        {
            Compare();
        }

        if (!read || comparison is null)
        {
            return ExitCodes.InputError;
        }

        var group = comparison.By switch
        {
            ComparisonGrouping.County => output.T("县区", "County"),
            ComparisonGrouping.Cluster => output.T("产业集群", "Cluster"),
            _ => output.T("行业", "Sector"),
        };
        output.Line(new LocalizedText($"报告期 {before} → {after}：评价的产品 {comparison.ProductsBefore} → {comparison.ProductsAfter} 个",
            $"Period {before} → {after}: {comparison.ProductsBefore} → {comparison.ProductsAfter} products assessed"), "bold");

        output.Table(output.T($"各等级产品数（按{group}）", $"Products per level (by {group.ToLowerInvariant()})"),
            [group, output.T("等级", "Level"), before, after, output.T("变化", "Change")],
            comparison.Levels.Select(l => (IReadOnlyList<string>)[output.T(l.GroupName), output.T(l.Level), Count(l.Before), Count(l.After), Signed(l.After - l.Before)]));

        if (comparison.Movements.Count == 0)
        {
            output.Line(new LocalizedText("两个报告期没有共同评价的产品。", "No product was assessed in both periods."));
        }
        else
        {
            output.Table(output.T($"两期均评价的产品的等级变动（按{group}）", $"Level of the products assessed in both periods (by {group.ToLowerInvariant()})"),
                [group, output.T("两期均评价", "In both"), output.T("上升", "Up"), output.T("下降", "Down"), output.T("不变", "Same"), output.T("不可比较", "Not comparable")],
                comparison.Movements.Select(m => (IReadOnlyList<string>)[output.T(m.GroupName), Count(m.Both), Count(m.Up), Count(m.Down), Count(m.Same), Count(m.NotComparable)]));
            Indicators(output, output.T("改善最多的指标", "Most improved indicators"),
                comparison.Indicators.Where(i => i.Net > 0).OrderByDescending(i => i.Net).ThenByDescending(i => i.Improved));
            Indicators(output, output.T("退步最多的指标", "Most regressed indicators"),
                comparison.Indicators.Where(i => i.Net < 0).OrderBy(i => i.Net).ThenByDescending(i => i.Regressed));
        }

        return ExitCodes.Ok;
    }

    private static void Indicators(CliOutput output, string title, IEnumerable<IndicatorMovement> indicators) =>
        output.Table(title,
            [output.T("行业", "Sector"), output.T("指标", "Indicator"), output.T("改善", "Improved"), output.T("退步", "Regressed"), output.T("持平", "Unchanged"), output.T("不可比较", "Not comparable")],
            indicators.Take(TopIndicators).Select(i => (IReadOnlyList<string>)[output.T(i.SectorName), output.T(i.Name), Count(i.Improved), Count(i.Regressed), Count(i.Unchanged), Count(i.NotComparable)]));

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Signed(long n) => n > 0 ? "+" + Count(n) : Count(n);
}
