using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>Codes of the limit checks, shared by catalog requirements and enterprise-standard limits.</summary>
/// <param name="BoundMissing">A bound the kind needs is missing.</param>
/// <param name="NotDecimal">A written number does not parse.</param>
/// <param name="Order">Range minimum above maximum.</param>
/// <param name="Tolerance">Tolerance not positive.</param>
/// <param name="Scale">Ordinal grade not on the indicator's scale.</param>
/// <param name="Accepted">Categorical limit without accepted values.</param>
/// <param name="KindMismatch">Limit kind does not fit the indicator kind.</param>
/// <param name="Figure">A not-permitted limit written with a figure (min, max, nominal, tolerance, basis).</param>
internal sealed record LimitCodes(string BoundMissing, string NotDecimal, string Order, string Tolerance, string Scale, string Accepted, string KindMismatch,
    string Figure)
{
    /// <summary>Limit checks of enterprise-standard limits (WB2043–WB2049, WB2052).</summary>
    public static readonly LimitCodes EnterpriseLimit = new(
        IssueCodes.EnterpriseLimitBoundMissing, IssueCodes.EnterpriseLimitNotDecimal, IssueCodes.EnterpriseLimitOrder, IssueCodes.EnterpriseLimitTolerance,
        IssueCodes.EnterpriseLimitScale, IssueCodes.EnterpriseLimitAccepted, IssueCodes.EnterpriseLimitKindMismatch, IssueCodes.EnterpriseLimitFigure);

    /// <summary>Limit checks of catalog requirements (WB3040–WB3046, WB3048).</summary>
    public static readonly LimitCodes RequirementLimit = new(
        IssueCodes.RequirementLimitBoundMissing, IssueCodes.RequirementLimitNotDecimal, IssueCodes.RequirementLimitOrder, IssueCodes.RequirementLimitTolerance,
        IssueCodes.RequirementLimitScale, IssueCodes.RequirementLimitAccepted, IssueCodes.RequirementLimitKindMismatch, IssueCodes.RequirementLimitFigure);
}
