using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Weinan.Benchmarking.Benchmarks;

/// <summary>
/// Where a pass allocates: the runtime's allocation samples (one about every 100 KB) taken with their stacks by an event
/// pipe session on this process, then grouped by type and by the first method of this product's code on the stack (the
/// frames of the runtime's libraries above it named as well). The stage benchmark prints them with
/// <c>ALLOCATION_SITES=N</c>.
/// </summary>
internal static class AllocationSites
{
    private const int LibraryFrames = 2;

    /// <summary>The <paramref name="top"/> sites of what <paramref name="pass"/> allocates, with their share of the bytes sampled.</summary>
    public static IReadOnlyList<(string Site, double Share)> Of(Action pass, int top)
    {
        var file = Path.Combine(Path.GetTempPath(), $"wbench-allocations-{Environment.ProcessId}.nettrace");
        try
        {
            var providers = new[] { new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, (long)ClrTraceEventParser.Keywords.GC) };
            using (var session = new DiagnosticsClient(Environment.ProcessId).StartEventPipeSession(providers, requestRundown: true))
            {
                var copy = Task.Run(() =>
                {
                    using var output = File.Create(file);
                    session.EventStream.CopyTo(output);
                });
                pass();
                session.Stop();
                copy.Wait();
            }

            return Sites(file, top);
        }
        finally
        {
            File.Delete(file);
            File.Delete(Path.ChangeExtension(file, ".etlx"));
        }
    }

    private static List<(string Site, double Share)> Sites(string file, int top)
    {
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(file));
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        var total = 0L;
        foreach (var e in log.Events)
        {
            if (e is not GCAllocationTickTraceData sample)
            {
                continue;
            }

            var frames = new List<string>();
            for (var frame = e.CallStack(); frame is not null; frame = frame.Caller)
            {
                var name = frame.CodeAddress.FullMethodName;
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                var ours = name.StartsWith("Weinan.", StringComparison.Ordinal);
                if (ours || frames.Count < LibraryFrames)
                {
                    frames.Add(Short(name));
                }

                if (ours)
                {
                    break;
                }
            }

            var site = $"{sample.TypeName}  ←  {string.Join("  ←  ", frames)}";
            bytes[site] = bytes.GetValueOrDefault(site) + sample.AllocationAmount64;
            total += sample.AllocationAmount64;
        }

        return [.. bytes.OrderByDescending(b => b.Value).Take(top).Select(b => (b.Key, 100.0 * b.Value / Math.Max(1, total)))];
    }

    /// <summary>A method's type and name, without its namespace and parameters.</summary>
    private static string Short(string method)
    {
        var name = method.IndexOf('(', StringComparison.Ordinal) is >= 0 and var open ? method[..open] : method;
        var dots = 0;
        for (var i = name.Length - 1; i >= 0; i--)
        {
            if (name[i] == '.' && ++dots == 2)
            {
                return name[(i + 1)..];
            }
        }

        return name;
    }

    /// <summary>The sites as the stage benchmark prints them.</summary>
    public static void Print(Action pass, int top)
    {
        foreach (var (site, share) in Of(pass, top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {share,6:0.0} %  {site}"));
        }
    }
}
