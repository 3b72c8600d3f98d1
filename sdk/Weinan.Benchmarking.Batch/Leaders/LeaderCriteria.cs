namespace Weinan.Benchmarking.Batch.Leaders;

/// <summary>
/// The weights of the score and the thresholds of a 领跑者 candidate. The published schemes leave both to each
/// evaluation scheme (no national weights, tier boundaries or leader share could be read), so they are data with
/// defaults, and the formula printed with every list is made from them (<see cref="LeaderFormula"/>).
/// </summary>
public sealed record LeaderCriteria
{
    /// <summary>The defaults: completeness and advancement weigh equally, advancement split evenly between the levels.</summary>
    public static LeaderCriteria Default { get; } = new();

    /// <summary>Weight of the coverage (指标全面性) in the score.</summary>
    public decimal CoverageWeight { get; init; } = 0.5m;

    /// <summary>Weight of the share of limits stricter than the national and industry references.</summary>
    public decimal NationalWeight { get; init; } = 0.25m;

    /// <summary>Weight of the share of limits stricter than the international and foreign advanced references.</summary>
    public decimal InternationalWeight { get; init; } = 0.25m;

    /// <summary>Least coverage of a candidate (default 1: every reference indicator is limited).</summary>
    public decimal MinCoverage { get; init; } = 1m;

    /// <summary>Least share of limits stricter than the national and industry references (default 1: all of them).</summary>
    public decimal MinNational { get; init; } = 1m;

    /// <summary>Whether a candidate's limits of key indicators must be at least as strict as every international and foreign advanced reference.</summary>
    public bool KeyIndicatorsAtInternationalLevel { get; init; } = true;
}
