using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Weinan.Benchmarking.Benchmarks.EngineBenchmarks).Assembly).Run(args);
