using Weinan.Benchmarking.Cli;

return WbenchApp.Run(args, CliEnvironment.FromProcess(args));
