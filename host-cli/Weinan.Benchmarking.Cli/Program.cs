using Weinan.Benchmarking.Cli;

// Expression trees are interpreted for a quick start (see the project file), which suits commands that read a handful of
// files. A batch reads and validates millions of submissions: compiled member accessors pay for themselves there.
if (args.Length > 0 && args[0] == "batch")
{
    AppContext.SetSwitch("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", true);
}

// The plugins the command needs start loading on a thread of their own before anything else is loaded.
var preload = PluginPreloads.For(args, AppContext.BaseDirectory);
return WbenchApp.Run(args, CliEnvironment.FromProcess(preload));
