namespace Weinan.Benchmarking.Abstractions;

/// <summary>Options of one assessment. Every default is written into the result.</summary>
public sealed record AssessmentOptions
{
    /// <summary>Assessment date; selects the standard editions in force.</summary>
    public DateOnly AssessmentDate { get; init; }

    /// <summary>Judgement method when a requirement states none.</summary>
    public JudgementMethod DefaultMethod { get; init; } = JudgementMethod.Absolute;

    /// <summary>Decision rule for values that carry an expanded uncertainty.</summary>
    public DecisionRule DecisionRule { get; init; } = DecisionRule.Simple;

    /// <summary>Id of the target rung for gap analysis; null = the top rung.</summary>
    public string? TargetRung { get; init; }

    /// <summary>Level ladder; null = the catalog's, else the default ladder.</summary>
    public LevelLadder? Ladder { get; init; }
}

/// <summary>An ILAC-G8 decision rule: kind and guard band w = <see cref="GuardBandFactor"/> × U.</summary>
public sealed record DecisionRule
{
    /// <summary>Simple acceptance, binary guard band, or non-binary.</summary>
    public DecisionRuleKind Kind { get; init; } = DecisionRuleKind.SimpleAcceptance;

    /// <summary>Guard band as a multiple of the expanded uncertainty U (ILAC-G8 uses w = U, i.e. "1").</summary>
    public string GuardBandFactor { get; init; } = "1";

    /// <inheritdoc />
    public override string ToString() => Kind == DecisionRuleKind.SimpleAcceptance ? "simple acceptance (w = 0)" : $"{Kind} (w = {GuardBandFactor}·U)";

    /// <summary>Simple acceptance: the shared default of the model's decision rules.</summary>
    internal static DecisionRule Simple { get; } = new();
}
