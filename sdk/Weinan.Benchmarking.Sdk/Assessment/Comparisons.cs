using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>Builds the limit comparisons of an assessment: enterprise limits, and domestic limits against international ones.</summary>
internal static class Comparisons
{
    private static bool IsInternational(StandardTier t) => t is StandardTier.International or StandardTier.ForeignAdvanced;

    public static List<LimitComparison> Build(Submission submission, IReadOnlyList<IndicatorWork> work, UnitConverter converter)
    {
        var list = new List<LimitComparison>();
        var byId = KeyedGroups.FirstByKey(work, w => w.Indicator.Id, StringComparer.Ordinal);
        if (submission.EnterpriseStandard is { } es)
        {
            foreach (var limit in es.Limits)
            {
                if (limit is null || !byId.TryGetValue(limit.IndicatorId, out var w))
                {
                    continue;
                }

                var subject = new LimitSource
                {
                    StandardCode = es.Code,
                    Tier = StandardTier.Enterprise,
                    Limit = limit.Limit,
                    Unit = string.IsNullOrWhiteSpace(limit.Unit) ? w.Indicator.Unit : limit.Unit!,
                };
                foreach (var reference in w.Plan.Ordered(w, static w => Ordered(w)))
                {
                    list.Add(Compare(w.Indicator, subject, reference.Source, converter));
                }
            }
        }

        foreach (var w in work.Where(w => w.Component is null || ReferenceEquals(byId[w.Indicator.Id], w)))
        {
            // Catalog limits against catalog limits: the same for every submission of the kind of product.
            list.AddRange(w.Plan.DomesticAgainstInternational(w, converter, DomesticAgainstInternational));
        }

        return list;
    }

    private static List<LimitComparison> DomesticAgainstInternational(IndicatorWork w, UnitConverter converter)
    {
        var list = new List<LimitComparison>();
        var ordered = w.Plan.Ordered(w, static w => Ordered(w));
        foreach (var domestic in ordered.Where(a => !IsInternational(a.Standard.Tier)))
        {
            foreach (var reference in ordered.Where(a => IsInternational(a.Standard.Tier)))
            {
                list.Add(Compare(w.Indicator, domestic.Source, reference.Source, converter));
            }
        }

        return list;
    }

    /// <summary>The catalog's requirements applicable to the product (not the declared standard's own limits), most demanding
    /// tier first: they depend on the plan alone (the applicable list without the enterprise's own limits).</summary>
    private static List<Candidate> Ordered(IndicatorWork w) =>
        StableOrder.Sorted(w.Applicable.Where(a => !a.Own && a.Requirement.Limit.Kind != LimitKind.Declared), (a, b) =>
            Assessor.CompareTiers(a.Standard.Tier, b.Standard.Tier) is var byTier and not 0
                ? byTier
                : StringComparer.Ordinal.Compare(a.Standard.Code, b.Standard.Code) is var byCode and not 0
                    ? byCode
                    : (b.Requirement.Grade?.Rank ?? 0).CompareTo(a.Requirement.Grade?.Rank ?? 0));

    private static LimitComparison Compare(Indicator indicator, LimitSource subject, LimitSource reference, UnitConverter converter)
    {
        var result = LimitComparer.Compare(subject.Limit, Unit(subject, indicator), reference.Limit, Unit(reference, indicator),
            indicator.Scale, converter, indicator.Id, indicator.Basis);
        return new LimitComparison
        {
            IndicatorId = indicator.Id,
            Subject = subject,
            Reference = reference,
            Outcome = result.Outcome,
            Note = result.Note,
        };
    }

    private static string Unit(LimitSource s, Indicator i) => string.IsNullOrWhiteSpace(s.Unit) ? i.Unit : s.Unit;
}
