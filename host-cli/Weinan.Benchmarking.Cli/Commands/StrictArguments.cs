using System.Reflection;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// Refuses what strict parsing still lets through before a command runs: an option given without its value that the
/// parser filled in with the name of a command group's default command (<see cref="WbenchApp.MissingValue"/>),
/// arguments after <c>--</c>, and an option that takes one value given more than once (the parser would keep the last
/// one and drop the others silently).
/// </summary>
internal sealed class StrictArguments : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        var parameters = settings.GetType().GetProperties()
            .Where(p => p.IsDefined(typeof(CommandOptionAttribute)) || p.IsDefined(typeof(CommandArgumentAttribute)))
            .ToList();

        // Such a value is the parser's, unless the command line is missing no value (someone wrote the name themselves).
        if (parameters.Any(p => p.GetValue(settings) switch
            {
                string value => value == WbenchApp.DefaultCommandName,
                string[] values => values.Contains(WbenchApp.DefaultCommandName),
                _ => false,
            }) && WbenchApp.MissingValue(context.Arguments) is { } missing)
        {
            throw missing;
        }

        if (context.Remaining.Raw.Count > 0)
        {
            var extra = string.Join(' ', context.Remaining.Raw);
            throw new UsageException(new($"多余的参数“{extra}”", $"unexpected argument(s) '{extra}'"));
        }

        foreach (var property in parameters)
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option || property.PropertyType.IsArray)
            {
                continue;
            }

            var names = Names(option);
            if (context.Arguments.Count(a => names.Any(n => a == n || a.StartsWith(n + "=", StringComparison.Ordinal) ||
                                                                a.StartsWith(n + ":", StringComparison.Ordinal))) > 1)
            {
                throw new UsageException(new($"选项 {names[0]} 只能给一次", $"the option {names[0]} may be given only once"));
            }
        }
    }

    /// <summary>The names an option is written with, the long ones first (<c>--out</c>, <c>-o</c>).</summary>
    internal static IReadOnlyList<string> Names(CommandOptionAttribute option) =>
        [.. option.LongNames.Select(n => "--" + n), .. option.ShortNames.Select(n => "-" + n)];

    public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
    {
    }
}

/// <summary>A usage error found outside the parser, worded in both languages.</summary>
internal sealed class UsageException(LocalizedText message) : Exception(message.En)
{
    public LocalizedText Text { get; } = message;
}
