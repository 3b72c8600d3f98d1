namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>Stands in for the engine: records what it was given and returns a small fixed result.</summary>
internal sealed class FakeEngine(bool failing)
{
    public Submission? Submission { get; private set; }

    public Catalog? Catalog { get; private set; }

    public AssessmentOptions? Options { get; private set; }

    public IReadOnlyList<CatalogReference>? Catalogs { get; private set; }

    public AssessmentResult Assess(Submission submission, Catalog catalog, AssessmentOptions options,
        IReadOnlyList<IDerivedIndicator>? derived, IReadOnlyList<CatalogReference>? catalogs)
    {
        Submission = submission;
        Catalog = catalog;
        Options = options;
        Catalogs = catalogs;
        var limit = new LimitSource { StandardCode = "FX 1-2020", Tier = StandardTier.National, Limit = Limit.Between("4.0", "7.5"), RequirementId = "fx1-2020.ph" };
        return new AssessmentResult
        {
            SubmissionId = submission.Id,
            Sector = submission.Sector,
            Enterprise = submission.Enterprise,
            Product = submission.Product,
            Catalogs = catalogs ?? [],
            Rules = new AppliedRules { AssessmentDate = options.AssessmentDate, DefaultMethod = options.DefaultMethod, DecisionRule = options.DecisionRule },
            Level = failing
                ? new LevelOutcome { Rung = "fail", Name = new("未达标", "Not compliant"), Failing = true }
                : new LevelOutcome { Rung = "compliant", Name = new("达标", "Compliant") },
            Indicators =
            [
                new IndicatorResult
                {
                    IndicatorId = "ph",
                    Name = new("pH 值", "pH value"),
                    Value = failing ? "8.2" : "5.0",
                    Judgements = [new Judgement { Requirement = limit, Verdict = failing ? Verdict.Fail : Verdict.Pass, ComparedValue = failing ? "8.2" : "5.0" }],
                },
            ],
            Gaps = failing
                ? [new Gap { Priority = 1, IndicatorId = "ph", Name = new("pH 值", "pH value"), CurrentRung = "fail", NextRung = "compliant", Limit = limit, Measured = "8.2", Required = "4.0 ~ 7.5", AbsoluteGap = "0.7" }]
                : [],
        };
    }
}
