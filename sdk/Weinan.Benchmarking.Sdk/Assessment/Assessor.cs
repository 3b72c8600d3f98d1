using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Assesses a submission against a catalog: resolves the requirements that apply (product class, editions in force, the
/// standard the product declares, its label claims) and the references of its product family, derives indicators,
/// judges measured values, compares limits, positions the product on the ladder and analyses gaps. Pure: no clock,
/// culture or file system; the same inputs give the same result.
/// </summary>
public static class Assessor
{
    /// <summary>Assesses a submission. Input problems become issues in the result; nothing throws for user error.</summary>
    /// <remarks>
    /// What depends only on the catalog and the options is worked out on the first assessment and reused for every later
    /// one with the same catalog instance and options; a catalog must not be changed once it has been assessed against.
    /// </remarks>
    public static AssessmentResult Assess(Submission submission, Catalog catalog, AssessmentOptions options,
        IReadOnlyList<IDerivedIndicator>? derived = null, IReadOnlyList<CatalogReference>? catalogs = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        return Assess(submission, AssessmentPlan.For(catalog, options), derived, catalogs);
    }

    internal static AssessmentResult Assess(Submission submission, AssessmentPlan plan, IReadOnlyList<IDerivedIndicator>? derived,
        IReadOnlyList<CatalogReference>? catalogs)
    {
        // The catalog conversions and test methods every stage applies, for the result to list.
        var applied = new AppliedData();
        using var recording = AppliedData.Record(applied);
        var issues = new List<Issue>(plan.Issues);
        var product = submission.Product ?? new Product();
        var productPlan = plan.For(product);
        var productClass = productPlan.ProductClass;
        var results = ResultCollector.Collect(submission, plan.Known, derived, issues);
        var own = Requirements.Own(submission, plan);

        var work = new List<IndicatorWork>();
        var notEvaluated = new List<NotEvaluatedItem>();
        foreach (var ip in productPlan.Indicators)
        {
            var indicator = ip.Indicator;
            var exemption = ip.Exemption;
            var allApplicable = own.TryGetValue(indicator.Id, out var ownLimits) ? [.. ip.Applicable, .. ownLimits] : ip.Applicable;
            // By index: a foreach over the list's interface would make an enumerator for every indicator.
            var components = ComponentsOf(indicator, results, product);
            for (var c = 0; c < components.Count; c++)
            {
                var component = components[c];
                var measured = results.GetValueOrDefault(component is null ? ip.Key : new ResultKey(indicator.Id, component.Id)) ?? NoResults;
                var declared = DeclaredValue(product, indicator, component);
                var withConditional = measured.Results.Count > 0;
                var w = new IndicatorWork(ip, component, measured.Results, measured.Derived, declared, withConditional);

                // A conditional requirement without a value: the product is taken not to have what the condition names.
                var applicable = withConditional ? allApplicable : ownLimits is null ? ip.Unconditional : [.. ip.Unconditional, .. ownLimits];
                if (exemption is null && applicable.Count == 0 && allApplicable.Count > 0)
                {
                    var condition = allApplicable.First(c => c.Requirement.Condition is not null).Requirement.Condition!;
                    notEvaluated.Add(Skipped(w, NotEvaluatedKind.NotApplicable,
                        new($"未提交测定值，视为不适用：{condition.Zh}", $"no value submitted, taken as not applicable: {condition.En}")));
                    continue;
                }

                if (exemption is not null)
                {
                    notEvaluated.Add(Skipped(w, NotEvaluatedKind.NotApplicable, exemption.Reason));
                    continue;
                }

                if (applicable.Count == 0)
                {
                    // An input of a derived indicator is submitted for the computation, not for a limit of its own.
                    if (measured.Results.Count > 0)
                    {
                        notEvaluated.Add(Skipped(w, NotEvaluatedKind.NotApplicable, plan.InputReasons.TryGetValue(indicator.Id, out var input)
                            ? input
                            : new(NoRequirementZh(productClass, product),
                                $"no requirement applies to this product (class {ClassName(productClass, product, false)})")));
                    }

                    continue;
                }

                w.Against(applicable, ip.Family);
                if (measured.Results.Count == 0)
                {
                    notEvaluated.Add(Skipped(w, NotEvaluatedKind.NotEvaluated, new("未提交测定值", "no measured value submitted")));
                }
                else if (NoneReadable(measured.Results, indicator))
                {
                    var text = measured.Results[0].Value;
                    notEvaluated.Add(Skipped(w, NotEvaluatedKind.NotEvaluated,
                        new($"测定值“{text}”无法解析", $"the measured value '{text}' cannot be read")));
                    w = new IndicatorWork(ip, component, [], measured.Derived, declared, withConditional).Against(applicable, ip.Family);
                }

                w.JudgeApplicable();
                work.Add(w);
            }
        }

        var ladder = plan.Ladder;
        var positions = LadderPositioning.Position(ladder, work);
        var gaps = GapAnalysis.Analyse(ladder, work, positions, plan.Target);
        return new AssessmentResult
        {
            SubmissionId = submission.Id,
            Sector = submission.Sector,
            Period = submission.Period,
            SectorName = plan.Catalog.Name,
            ProductClassName = productClass?.Name,
            Enterprise = submission.Enterprise ?? new Enterprise(),
            Product = product,
            EnterpriseStandardCode = submission.EnterpriseStandard?.Code,
            Catalogs = catalogs ?? [new CatalogReference(plan.Catalog.Id, plan.Catalog.Version)],
            Rules = plan.Rules,
            Standards = AppliedStandards(work, plan),
            Indicators = work.Where(w => w.Evaluated).Select(w => ToIndicatorResult(w, positions, plan.Context)).ToList(),
            Comparisons = Comparisons.Build(submission, work, plan.Converter),
            Level = positions.Overall,
            Gaps = gaps,
            NotEvaluated = notEvaluated,
            Issues = issues,

            // Last: made when every other part is, so that they hold what those applied.
            Conversions = AppliedData.InCatalogOrder(plan.Catalog.Conversions, applied.Conversions),
            TestMethods = AppliedData.InCatalogOrder(plan.Catalog.TestMethods, applied.TestMethods),
        };
    }

    /// <summary>Whether no result of the indicator can be read as a value (a loop: a lambda here would be made for every indicator).</summary>
    private static bool NoneReadable(IReadOnlyList<MeasuredResult> results, Indicator indicator)
    {
        for (var i = 0; i < results.Count; i++)
        {
            if (MeasuredValue.Parse(results[i], indicator).Kind != MeasuredValueKind.Invalid)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The components an indicator is assessed per: those results or declared values name; one null component otherwise.</summary>
    private static IReadOnlyList<IndicatorComponent?> ComponentsOf(Indicator indicator,
        Dictionary<ResultKey, CollectedResults> results, Product product) =>
        indicator.Components.Count == 0 ? NoComponent : NamedComponents(indicator, results, product);

    /// <summary>The indicator's components that results or declared values name (apart: its lambdas are made only here).</summary>
    private static List<IndicatorComponent?> NamedComponents(Indicator indicator, Dictionary<ResultKey, CollectedResults> results, Product product)
    {
        var named = results.Keys.Where(k => k.Indicator == indicator.Id).Select(k => k.Component)
            .Concat((product.DeclaredValues ?? []).Where(d => d is not null && d.IndicatorId == indicator.Id).Select(d => d.Component))
            .Where(c => c is not null)
            .Distinct(StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        return [.. indicator.Components.Where(c => named.Contains(c.Id))];
    }

    private static readonly IndicatorComponent?[] NoComponent = [null];

    // Never added to: an indicator without results reads this one.
    private static readonly CollectedResults NoResults = new([], false);

    private static DeclaredValue? DeclaredValue(Product product, Indicator indicator, IndicatorComponent? component)
    {
        foreach (var d in product.DeclaredValues ?? [])
        {
            if (d is not null && d.IndicatorId == indicator.Id && d.Component == component?.Id)
            {
                return d;
            }
        }

        return null;
    }

    private static string ClassName(ProductClass? productClass, Product product, bool zh) =>
        productClass is not null ? (zh ? productClass.Name.Zh : productClass.Name.En) : product.ProductClass ?? "—";

    /// <summary>
    /// "No requirement applies" in Chinese: the class after a colon rather than in parentheses, since class names carry
    /// their own (<c>HRB400 热轧带肋钢筋（400 MPa 级）</c>), and any half-width pair in the name made full-width.
    /// </summary>
    private static string NoRequirementZh(ProductClass? productClass, Product product) =>
        productClass is null && string.IsNullOrWhiteSpace(product.ProductClass)
            ? "没有适用于该产品的要求（未给出产品类别）"
            : $"没有适用于该产品类别的要求：{ClassName(productClass, product, true).Replace('(', '（').Replace(')', '）')}";

    private static NotEvaluatedItem Skipped(IndicatorWork w, NotEvaluatedKind kind, LocalizedText reason) =>
        new() { IndicatorId = w.Indicator.Id, Component = w.Component?.Id, Name = Obstacles.Name(w), Kind = kind, Reason = reason };

    /// <summary>A value submitted in another unit, in the indicator's unit (shown beside the value as submitted).</summary>
    private static string? ValueInUnit(MeasuredResult result, Indicator indicator, AssessmentContext context)
    {
        if (string.IsNullOrWhiteSpace(result.Unit) || Units.Same(result.Unit, indicator.Unit) ||
            MeasuredValue.Parse(result, indicator) is not { Kind: MeasuredValueKind.Number } value ||
            !context.Converter.TryGetFactor(result.Unit, null, indicator.Unit, null, indicator.Id, out var factor, out _) ||
            !DecimalMath.TryMultiply(value.Number.Value, factor, out var x))
        {
            return null;
        }

        return LimitJudge.Format(Rounding.Normalize(decimal.Round(x, 6)));
    }

    private static IndicatorResult ToIndicatorResult(IndicatorWork w, LadderPositioning.Outcome positions, AssessmentContext context)
    {
        // The first of the applicable requirements met that no other comes before (tier, then the higher grade).
        Judged? best = null;
        foreach (var j in w.Judgements)
        {
            if (j.Role == JudgementRole.Applicable && j.Outcome.Meets && (best is null || BeforeInBest(j, best)))
            {
                best = j;
            }
        }

        var primary = w.Primary!;
        var position = positions.PerIndicator[w.Key];
        return new IndicatorResult
        {
            IndicatorId = w.Indicator.Id,
            Component = w.Component?.Id,
            Name = w.Indicator.Name,
            ComponentName = w.Component?.Name,
            Unit = w.Indicator.Unit,
            Key = w.Indicator.Key,
            Direction = w.Indicator.Direction,
            Value = primary.Value,
            ValueInUnit = ValueInUnit(primary, w.Indicator, context),
            Values = w.Indicator.Kind == IndicatorKind.Categorical ? w.Indicator.Values : [],
            Scale = w.Indicator.Kind == IndicatorKind.Ordinal ? w.Indicator.Scale : [],
            SubmittedUnit = string.IsNullOrWhiteSpace(primary.Unit) || Units.Same(primary.Unit, w.Indicator.Unit) ? null : primary.Unit,
            Uncertainty = primary.Uncertainty,
            TestMethod = AssessmentContext.MethodOf(primary, w.Indicator),
            Reference = primary.Reference,
            Declared = w.Declared?.Value,
            Evidence = primary.Evidence,
            Derived = w.Derived,
            Judgements = Judgements(w),
            Rung = position.Rung,
            RungNote = position.Note,
            CappedBy = position.CappedBy,
            BestMet = best?.Candidate.Source,
        };
    }

    private static bool BeforeInBest(Judged a, Judged b) =>
        (CompareTiers(a.Standard.Tier, b.Standard.Tier) is var byTier and not 0
            ? byTier
            : (b.Requirement.Grade?.Rank ?? 0).CompareTo(a.Requirement.Grade?.Rank ?? 0)) < 0;

    private static List<Judgement> Judgements(IndicatorWork w)
    {
        var judgements = new List<Judgement>(w.Judgements.Count);
        foreach (var j in w.Judgements)
        {
            judgements.Add(new Judgement
            {
                Requirement = j.Candidate.Source,
                Role = j.Role,
                Binding = j.Candidate.Binding && j.Role == JudgementRole.Applicable,
                Value = j.Result.Value,
                TestMethod = j.TestMethod,
                Reference = j.Result.Reference,
                Declared = j.Declared,
                Method = j.Method,
                MethodSource = j.MethodSource,
                DecisionRule = j.Rule,
                RoundingInterval = j.Outcome.RoundingInterval,
                ComparedValue = j.Outcome.ComparedValue,
                AcceptanceBounds = j.Outcome.AcceptanceBounds,
                Conversion = j.Outcome.Conversion,
                Verdict = j.Outcome.Verdict,
                Note = j.Outcome.Note,
            });
        }

        return judgements;
    }

    internal static LimitSource Source(Requirement r, Standard s) => new()
    {
        StandardCode = s.Code,
        Tier = s.Tier,
        Grade = r.Grade,
        Clause = r.Clause,
        Limit = r.Limit,
        Unit = r.Unit,
        RequirementId = string.IsNullOrEmpty(r.Id) ? null : r.Id,
        Provenance = string.IsNullOrEmpty(r.Id) ? null : r.Provenance,
    };

    /// <summary>Orders two tiers as <see cref="TierOrder"/> does (the most demanding first).</summary>
    internal static int CompareTiers(StandardTier a, StandardTier b) => TierOrder(a).CompareTo(TierOrder(b));

    /// <summary>Order of tiers from the most to the least demanding reference.</summary>
    private static int TierOrder(StandardTier tier) => tier switch
    {
        StandardTier.International => 0,
        StandardTier.ForeignAdvanced => 0,
        StandardTier.National => 1,
        StandardTier.Industry => 2,
        StandardTier.Local => 3,
        StandardTier.Group => 4,
        _ => 5,
    };

    /// <summary>Every edition applied, and the edition in force on the date for each withdrawn one.</summary>
    private static List<AppliedStandard> AppliedStandards(List<IndicatorWork> work, AssessmentPlan plan)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var applied = new List<AppliedStandard>();
        void Add(Standard standard)
        {
            if (!seen.Contains(standard.Code))
            {
                foreach (var a in plan.Applied(standard))
                {
                    if (seen.Add(a.Code))
                    {
                        applied.Add(a);
                    }
                }
            }
        }

        foreach (var w in work)
        {
            foreach (var j in w.Judgements)
            {
                Add(j.Candidate.Standard);
            }

            foreach (var c in w.Applicable)
            {
                Add(c.Standard);
            }
        }

        // A stable sort by tier, then code: codes are unique here, so the order is total.
        applied.Sort((a, b) => CompareTiers(a.Tier, b.Tier) is var byTier and not 0
            ? byTier
            : string.CompareOrdinal(a.Code, b.Code));
        return applied;
    }
}
