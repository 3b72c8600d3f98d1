using System.Globalization;
using BenchmarkDotNet.Running;

// `store [ROWS]` measures the batch store's sink directly; anything else runs the BenchmarkDotNet benchmarks.
if (args is ["store", ..])
{
    Weinan.Benchmarking.Benchmarks.StoreBenchmarks.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
    return;
}

if (args is ["stages", var file, ..])
{
    Weinan.Benchmarking.Benchmarks.StageBenchmarks.Run(file, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000,
        args.Length > 3 ? args[3] : "artifacts/batch/cli/plugins");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Weinan.Benchmarking.Benchmarks.EngineBenchmarks).Assembly).Run(args);
