using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Pipeline;

/// <summary>
/// Runs the pipeline once on a small catalog and submission of its own, so that a command that waits for something else
/// at start-up (plugins loading on another thread) has its validator built and the engine's code made ready meanwhile,
/// rather than on the first real submission. Nothing it does is kept but what the runtime keeps of running code: the
/// catalog is its own instance, and its results are dropped.
/// </summary>
public static class PipelineWarmUp
{
    /// <summary>Builds the validator and assesses the built-in submission once.</summary>
    /// <returns>The built-in submission's result, for a caller that makes its own code ready by writing it somewhere unseen
    /// (null only if the built-in submission no longer assessed, which a test rules out).</returns>
    public static AssessmentResult? Run()
    {
        InputValidation.Prepare();
        var indicator = new Indicator
        {
            Id = "x",
            Name = new("x", "x"),
            Unit = "mg/kg",
            Kind = IndicatorKind.Quantitative,
            Direction = Direction.LowerIsBetter,
            Key = true,
        };
        var catalog = new Catalog
        {
            Id = "warm-up",
            Version = "1.0.0",
            Name = new("x", "x"),
            Sectors = ["warm-up"],
            Standards =
            [
                new Standard { Code = "GB 1-2020", Title = new("x", "x"), Tier = StandardTier.National, Force = StandardForce.Mandatory },
                new Standard { Code = "ISO 1:2020", Title = new("x", "x"), Tier = StandardTier.International },
            ],
            Indicators = [indicator],
            Requirements =
            [
                Requirement("gb.x", "GB 1-2020", "75"),
                Requirement("iso.x", "ISO 1:2020", "20"),
            ],
        };
        var submission = new Submission
        {
            Id = "warm-up",
            Sector = "warm-up",
            Enterprise = new Enterprise { Name = "x" },
            Product = new Product { Name = "x" },
            Results = [new MeasuredResult { IndicatorId = "x", Value = "30", Evidence = EvidenceGrade.Declared }],
            EnterpriseStandard = new EnterpriseStandard { Code = "Q/X 1-2020", Limits = [new EnterpriseLimit { IndicatorId = "x", Limit = Limit.AtMost("50") }] },
        };
        return AssessmentPipeline.Assess(submission, new SectorCatalog("warm-up", catalog), new AssessmentOptions { AssessmentDate = new DateOnly(2026, 1, 1) }).Result;
    }

    private static Requirement Requirement(string id, string standard, string max) => new()
    {
        Id = id,
        IndicatorId = "x",
        StandardCode = standard,
        Limit = Limit.AtMost(max),
        Unit = "mg/kg",
        Provenance = new() { Source = "warm-up", Confidence = Confidence.Confirmed },
    };
}
