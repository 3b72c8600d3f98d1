using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Numbers;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Assesses a submission against a catalog: resolves the applicable requirements (product class, editions in force),
/// derives indicators, judges measured values, compares limits, positions the product on the ladder and analyses
/// gaps. Pure: no clock, culture or file system; the same inputs give the same result.
/// </summary>
public static class Assessor
{
    /// <summary>Assesses a submission. Input problems become issues in the result; nothing throws for user error.</summary>
    public static AssessmentResult Assess(Submission submission, Catalog catalog, AssessmentOptions options,
        IReadOnlyList<IDerivedIndicator>? derived = null, IReadOnlyList<CatalogReference>? catalogs = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);

        var issues = new List<Issue>();
        var ladder = WithFailingBottom(options.Ladder ?? catalog.Ladder ?? DefaultLadder.Instance);
        var converter = new UnitConverter(catalog.Conversions);
        var standards = catalog.Standards.GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First());
        var productClass = catalog.ProductClasses.FirstOrDefault(c =>
            string.Equals(c.Id, submission.Product.ProductClass, StringComparison.OrdinalIgnoreCase));

        if (options.DecisionRule.Kind != DecisionRuleKind.SimpleAcceptance && LimitJudge.GuardBandFactor(options.DecisionRule) is null)
        {
            issues.Add(new Issue
            {
                Code = IssueCodes.GuardBandFactorInvalid,
                Path = "decisionRule.guardBandFactor",
                Message = new($"保护带系数“{options.DecisionRule.GuardBandFactor}”不是小于 1e20 的非负十进制数；带不确定度的判定无法判定",
                    $"guard band factor '{options.DecisionRule.GuardBandFactor}' is not a non-negative decimal below 1e20; judgements of values with U are indeterminate"),
            });
        }

        var results = CollectResults(submission, catalog, derived, issues);
        var selected = EditionSelector.Select(
            catalog.Requirements.Where(r => r.AppliesTo.Matches(submission.Product.Category, submission.Product.ProductClass)),
            standards, options.AssessmentDate);

        var work = new List<IndicatorWork>();
        var notEvaluated = new List<NotEvaluatedItem>();
        foreach (var indicator in catalog.Indicators)
        {
            results.TryGetValue(indicator.Id, out var entry);
            var w = new IndicatorWork(indicator, entry.Result, entry.Derived);
            w.Applicable.AddRange(selected.Where(s => s.Requirement.IndicatorId == indicator.Id));
            var exemption = productClass?.Exemptions.FirstOrDefault(e => e.IndicatorId == indicator.Id);
            if (exemption is not null)
            {
                notEvaluated.Add(Skipped(indicator, NotEvaluatedKind.NotApplicable, exemption.Reason));
                continue;
            }

            if (w.Applicable.Count == 0)
            {
                if (w.Result is not null)
                {
                    notEvaluated.Add(Skipped(indicator, NotEvaluatedKind.NotApplicable, new(
                        $"没有适用于该产品（类别 {submission.Product.ProductClass ?? "—"}）的要求",
                        $"no requirement applies to this product (class {submission.Product.ProductClass ?? "—"})")));
                }

                continue;
            }

            if (w.Result is null)
            {
                notEvaluated.Add(Skipped(indicator, NotEvaluatedKind.NotEvaluated, new("未提交测定值", "no measured value submitted")));
                work.Add(w);
                continue;
            }

            var value = MeasuredValue.Parse(w.Result, indicator);
            if (value.Kind == MeasuredValueKind.Invalid)
            {
                notEvaluated.Add(Skipped(indicator, NotEvaluatedKind.NotEvaluated,
                    new($"测定值“{w.Result.Value}”无法解析", $"the measured value '{w.Result.Value}' cannot be read")));
                var unreadable = new IndicatorWork(indicator, null, entry.Derived);
                unreadable.Applicable.AddRange(w.Applicable);
                work.Add(unreadable);
                continue;
            }

            foreach (var (requirement, standard, status) in w.Applicable)
            {
                var method = requirement.Method ?? options.DefaultMethod;
                var rule = string.IsNullOrWhiteSpace(w.Result.Uncertainty) ? new DecisionRule() : options.DecisionRule;
                var outcome = LimitJudge.Judge(value, w.Result, indicator, requirement, method, options.DecisionRule, converter);
                w.Judgements.Add(new Judged(requirement, standard, status, outcome, method,
                    requirement.Method is null ? "options" : "requirement", rule));
            }

            work.Add(w);
        }

        var ladderResult = LadderPositioning.Position(ladder, work);
        var target = ladder.Rungs[0].Id;
        if (options.TargetRung is { } wanted && ladder.Rungs.Any(r => r.Id == wanted))
        {
            target = wanted;
        }
        else if (options.TargetRung is not null)
        {
            issues.Add(Warning("WB2905", "targetRung", $"目标等级“{options.TargetRung}”不在等级阶梯中，改用最高一级“{target}”",
                    $"target rung '{options.TargetRung}' is not on the ladder; the top rung '{target}' is used"));
        }
        return new AssessmentResult
        {
            SubmissionId = submission.Id,
            Sector = submission.Sector,
            Enterprise = submission.Enterprise,
            Product = submission.Product,
            EnterpriseStandardCode = submission.EnterpriseStandard?.Code,
            Catalogs = catalogs ?? [new CatalogReference(catalog.Id, catalog.Version)],
            Rules = new AppliedRules
            {
                AssessmentDate = options.AssessmentDate,
                DefaultMethod = options.DefaultMethod,
                DecisionRule = options.DecisionRule,
                Rounding = Rounding.RuleName,
                BelowDetectionLimit = LimitJudge.BelowDetectionRule,
                Ladder = ladder.Id,
                LadderRungs = ladder.Rungs,
                TargetRung = target,
            },
            Standards = AppliedStandards(work, options.AssessmentDate),
            Indicators = work.Where(w => w.Evaluated).Select(w => ToIndicatorResult(w, ladderResult)).ToList(),
            Comparisons = Comparisons.Build(submission, work, converter),
            Level = ladderResult.Overall,
            Gaps = GapAnalysis.Analyse(ladder, work, ladderResult, target, converter),
            NotEvaluated = notEvaluated,
            Issues = issues,
        };
    }

    private static NotEvaluatedItem Skipped(Indicator indicator, NotEvaluatedKind kind, LocalizedText reason) =>
        new() { IndicatorId = indicator.Id, Name = indicator.Name, Kind = kind, Reason = reason };

    private static Issue Warning(string code, string path, string zh, string en) =>
        new() { Code = code, Severity = Severity.Warning, Path = path, Message = new(zh, en) };

    /// <summary>A ladder always ends in a failing rung that always holds, so a product failing every test cannot pass.</summary>
    private static LevelLadder WithFailingBottom(LevelLadder ladder) =>
        ladder.Rungs.Count > 0 && ladder.Rungs[^1] is { Test: RungTest.Always, Failing: true }
            ? ladder
            : ladder with { Rungs = [.. ladder.Rungs, DefaultLadder.Instance.Rungs[^1]] };

    private static Dictionary<string, (MeasuredResult? Result, bool Derived)> CollectResults(Submission submission, Catalog catalog,
        IReadOnlyList<IDerivedIndicator>? derived, List<Issue> issues)
    {
        var known = catalog.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var results = new Dictionary<string, (MeasuredResult? Result, bool Derived)>(StringComparer.Ordinal);
        for (var i = 0; i < submission.Results.Count; i++)
        {
            var r = submission.Results[i];
            if (r is null)
            {
                issues.Add(Warning("WB2904", $"results[{i}]", "空的结果条目已忽略", "empty (null) result ignored"));
                continue;
            }

            if (!known.Contains(r.IndicatorId))
            {
                issues.Add(Warning("WB2901", $"results[{i}].indicatorId", $"指标“{r.IndicatorId}”不在目录中，已忽略", $"indicator '{r.IndicatorId}' is not in the catalog and was ignored"));
            }
            else if (!results.TryAdd(r.IndicatorId, (r, false)))
            {
                issues.Add(Warning("WB2902", $"results[{i}].indicatorId", $"指标“{r.IndicatorId}”重复提交，只采用第一条", $"indicator '{r.IndicatorId}' submitted twice; the first is used"));
            }
        }

        foreach (var d in derived ?? [])
        {
            // Plugin code: whatever it throws becomes an issue, and the assessment goes on without the value.
            string id = "?";
            try
            {
                id = d.IndicatorId;
                if (results.ContainsKey(id) || !known.Contains(id) || !d.Inputs.All(results.ContainsKey))
                {
                    continue;
                }

                var inputs = d.Inputs.ToDictionary(i => i, i => results[i].Result!);
                if (d.Compute(inputs) is { } value)
                {
                    results[id] = (value with { IndicatorId = id }, true);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                issues.Add(Warning("WB2903", id, $"派生指标“{id}”计算失败：{ex.Message}", $"derived indicator '{id}' could not be computed: {ex.Message}"));
            }
        }

        return results;
    }

    private static IndicatorResult ToIndicatorResult(IndicatorWork w, LadderPositioning.Outcome ladder)
    {
        var best = w.Judgements
            .Where(j => j.Outcome.Meets)
            .OrderBy(j => TierOrder(j.Standard.Tier))
            .ThenByDescending(j => j.Requirement.Grade?.Rank ?? 0)
            .FirstOrDefault();
        return new IndicatorResult
        {
            IndicatorId = w.Indicator.Id,
            Name = w.Indicator.Name,
            Unit = w.Indicator.Unit,
            Key = w.Indicator.Key,
            Direction = w.Indicator.Direction,
            Value = w.Result!.Value,
            Uncertainty = w.Result.Uncertainty,
            Evidence = w.Result.Evidence,
            Derived = w.Derived,
            Judgements = w.Judgements.Select(j => new Judgement
            {
                Requirement = Source(j.Requirement, j.Standard),
                Method = j.Method,
                MethodSource = j.MethodSource,
                DecisionRule = j.Rule,
                RoundingInterval = j.Outcome.RoundingInterval,
                ComparedValue = j.Outcome.ComparedValue,
                Verdict = j.Outcome.Verdict,
                Note = Combine(j.Outcome.Note, j.Status == EditionStatus.Withdrawn
                    ? new LocalizedText($"该版本已废止{(j.Standard.SupersededBy is null ? "" : "，被 " + j.Standard.SupersededBy + " 代替")}",
                        $"this edition is withdrawn{(j.Standard.SupersededBy is null ? "" : "; replaced by " + j.Standard.SupersededBy)}")
                    : null),
            }).ToList(),
            Rung = ladder.PerIndicator[w.Indicator.Id].Rung,
            CappedBy = ladder.PerIndicator[w.Indicator.Id].CappedBy,
            BestMet = best is null ? null : Source(best.Requirement, best.Standard),
        };
    }

    internal static LimitSource Source(Requirement r, Standard s) => new()
    {
        StandardCode = s.Code,
        Tier = s.Tier,
        Grade = r.Grade,
        Clause = r.Clause,
        Limit = r.Limit,
        Unit = r.Unit,
        RequirementId = r.Id,
        Provenance = r.Provenance,
    };

    /// <summary>Order of tiers from the most to the least demanding reference.</summary>
    internal static int TierOrder(StandardTier tier) => tier switch
    {
        StandardTier.International => 0,
        StandardTier.ForeignAdvanced => 0,
        StandardTier.National => 1,
        StandardTier.Industry => 2,
        StandardTier.Local => 3,
        StandardTier.Group => 4,
        _ => 5,
    };

    private static LocalizedText? Combine(LocalizedText? a, LocalizedText? b) =>
        a is null ? b : b is null ? a : new LocalizedText($"{a.Zh}；{b.Zh}", $"{a.En}; {b.En}");

    private static List<AppliedStandard> AppliedStandards(List<IndicatorWork> work, DateOnly date) =>
        work.SelectMany(w => w.Applicable.Select(a => a.Standard))
            .DistinctBy(s => s.Code)
            .OrderBy(s => TierOrder(s.Tier)).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new AppliedStandard
            {
                Code = s.Code,
                Title = s.Title,
                Tier = s.Tier,
                Force = s.Force,
                Status = StandardEditions.StatusOn(s, date),
                SupersededBy = s.SupersededBy,
            })
            .ToList();
}
