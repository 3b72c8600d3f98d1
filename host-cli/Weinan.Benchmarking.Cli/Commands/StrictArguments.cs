using System.Reflection;
using Spectre.Console.Cli;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Cli.Commands;

/// <summary>
/// Refuses what strict parsing still lets through before a command runs: arguments after <c>--</c>, an option that
/// takes a value but ends the command line, and an option that takes one value given more than once (the parser would
/// keep the last one and drop the others silently).
/// </summary>
internal sealed class StrictArguments : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (context.Remaining.Raw.Count > 0)
        {
            var extra = string.Join(' ', context.Remaining.Raw);
            throw new UsageException(new($"多余的参数“{extra}”", $"unexpected argument(s) '{extra}'"));
        }

        foreach (var property in settings.GetType().GetProperties())
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option || property.PropertyType.IsArray)
            {
                continue;
            }

            var names = option.LongNames.Select(n => "--" + n).Concat(option.ShortNames.Select(n => "-" + n)).ToList();

            // The parser gives an option that ends the command line a value of its own making instead of refusing it.
            if (option.ValueName is not null && context.Arguments.Count > 0 && names.Contains(context.Arguments[^1]))
            {
                throw new UsageException(new($"选项 {context.Arguments[^1]} 缺少值", $"the option {context.Arguments[^1]} needs a value"));
            }

            if (context.Arguments.Count(a => names.Any(n => a == n || a.StartsWith(n + "=", StringComparison.Ordinal) ||
                                                                a.StartsWith(n + ":", StringComparison.Ordinal))) > 1)
            {
                throw new UsageException(new($"选项 {names[0]} 只能给一次", $"the option {names[0]} may be given only once"));
            }
        }
    }

    public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
    {
    }
}

/// <summary>A usage error found outside the parser, worded in both languages.</summary>
internal sealed class UsageException(LocalizedText message) : Exception(message.En)
{
    public LocalizedText Text { get; } = message;
}
