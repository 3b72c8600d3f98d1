using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>
/// The help of a command group that runs a command by default (<c>wbench batch</c>, <c>wbench plugins</c>) shows that
/// command's arguments and options beside the group's subcommands; the parser's own help shows only the subcommands.
/// </summary>
internal sealed class BranchHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    /// <inheritdoc />
    public override IEnumerable<IRenderable> GetArguments(ICommandModel model, ICommandInfo? command) => base.GetArguments(model, Target(command));

    /// <inheritdoc />
    public override IEnumerable<IRenderable> GetOptions(ICommandModel model, ICommandInfo? command) => base.GetOptions(model, Target(command));

    private static ICommandInfo? Target(ICommandInfo? command) => command is { IsBranch: true, DefaultCommand: { } run } ? run : command;
}
