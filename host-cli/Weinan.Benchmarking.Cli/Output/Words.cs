using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Cli.Output;

/// <summary>Names of the model's enumerations for console tables, from the one shared <see cref="Vocabulary"/>.</summary>
public static class Words
{
    /// <summary>Indicator kind.</summary>
    public static string Kind(CliOutput o, IndicatorKind kind) => o.T(Vocabulary.Kind(kind));

    /// <summary>Direction.</summary>
    public static string Direction(CliOutput o, Direction direction) => o.T(Vocabulary.Direction(direction));

    /// <summary>Indicator category.</summary>
    public static string Category(CliOutput o, IndicatorCategory category) => o.T(Vocabulary.Category(category));

    /// <summary>Standard tier.</summary>
    public static string Tier(CliOutput o, StandardTier tier) => o.T(Vocabulary.Tier(tier));

    /// <summary>Standard force.</summary>
    public static string Force(CliOutput o, StandardForce force) => o.T(Vocabulary.Force(force));

    /// <summary>Edition status.</summary>
    public static string Status(CliOutput o, EditionStatus status) => o.T(Vocabulary.Status(status));

    /// <summary>Judgement method.</summary>
    public static string Method(CliOutput o, JudgementMethod method) => o.T(Vocabulary.Method(method));

    /// <summary>Decision rule with its guard band.</summary>
    public static string Rule(CliOutput o, DecisionRule rule) => o.T(Vocabulary.DecisionRule(rule));
}
