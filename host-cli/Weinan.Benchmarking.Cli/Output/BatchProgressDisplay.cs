using System.Globalization;
using Spectre.Console;
using Weinan.Benchmarking.Batch;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>
/// Progress of a batch on standard error: a live line with rows done, rate and elapsed time on a terminal, a plain line
/// every few seconds when piped; with the share of the inputs read and the time left when their size tells it (a workbook's
/// compressed rows do not).
/// </summary>
internal static class BatchProgressDisplay
{
    public static BatchTotals Run(CliEnvironment env, CliOutput output, Func<IProgress<BatchProgress>, BatchTotals> run, bool readOnly = false)
    {
        if (env.ErrorRich)
        {
            BatchTotals? totals = null;
            env.ErrorConsole.Status().Start(Text(output, new BatchProgress(0, 0, 0, TimeSpan.Zero), readOnly), status =>
            {
                totals = run(new Progress(p => status.Status(Text(output, p, readOnly))));
            });
            return totals!;
        }

        var last = TimeSpan.Zero;
        return run(new Progress(p =>
        {
            if (p.Elapsed - last >= TimeSpan.FromSeconds(5))
            {
                last = p.Elapsed;
                env.Error.WriteLine(Text(output, p, readOnly));
            }
        }));
    }

    internal static string Text(CliOutput output, BatchProgress p, bool readOnly)
    {
        var text = string.Format(CultureInfo.InvariantCulture,
            readOnly
                ? output.T("已读取 {0:N0} 行（可读 {1:N0}，拒收 {2:N0}；只读），{3:N0} 行/秒，用时 {4:0} 秒", "{0:N0} rows ({1:N0} readable, {2:N0} rejected; read only), {3:N0} rows/s, {4:0} s")
                : output.T("已处理 {0:N0} 行（评价 {1:N0}，拒收 {2:N0}），{3:N0} 行/秒，用时 {4:0} 秒", "{0:N0} rows ({1:N0} assessed, {2:N0} rejected), {3:N0} rows/s, {4:0} s"),
            p.Read, p.Assessed, p.Rejected, p.Rate, p.Elapsed.TotalSeconds);

        // The share read and the time left, when the inputs' size tells them (not for workbooks).
        return p.Remaining is { } left
            ? text + string.Format(CultureInfo.InvariantCulture, output.T("；已读 {0:0}%，约剩 {1:0} 秒", "; {0:0} % read, about {1:0} s left"), p.Done * 100, left.TotalSeconds)
            : text;
    }

    /// <summary>Reports synchronously on the calling thread (the assessing thread that is handing rows to the sinks).</summary>
    private sealed class Progress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
