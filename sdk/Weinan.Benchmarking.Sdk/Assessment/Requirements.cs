using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// The requirements of one assessment: those that apply to the product's class (binding when mandatory, of a standard
/// the product declares — its own, or a catalog standard it names in <c>declaredStandards</c> — or a label claim) and those of every class of its family (the references of the leading rungs),
/// each on the edition in force on the assessment date.
/// </summary>
internal sealed record Requirements(IReadOnlyList<Candidate> Applicable, IReadOnlyList<Candidate> Family)
{
    /// <summary>The catalog requirements for a kind of product (class, category, declared standards) on the plan's date.</summary>
    public static Requirements Resolve(AssessmentPlan plan, Product product, IReadOnlySet<string> family)
    {
        var standards = plan.Standards;
        var requirements = plan.Requirements;
        var date = plan.Options.AssessmentDate;
        var declared = (product.DeclaredStandards ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => EditionSelector.Family(d)).ToHashSet(StringComparer.Ordinal);
        var applicable = EditionSelector.Select(
                requirements.Where(r => (r.AppliesTo ?? new Applicability()).Matches(product.Category, product.ProductClass)), standards, date)
            .Select(s =>
            {
                var labelClaim = s.Requirement.Limit?.Kind == LimitKind.Declared;
                var byDeclaration = labelClaim || declared.Contains(EditionSelector.Family(s.Standard.Code));
                var mandatory = IsMandatory(s.Requirement, s.Standard);

                // A mandatory requirement binds by law whether or not the product also declares its standard; a label
                // claim is the product's own declaration even where a mandatory rule sets its tolerance.
                return new Candidate(s.Requirement, s.Standard, s.Status, byDeclaration || mandatory, labelClaim || (byDeclaration && !mandatory));
            })
            .ToList();

        var inFamily = EditionSelector.Select(
                requirements.Where(r => family.Any(c => (r.AppliesTo ?? new Applicability()).Matches(product.Category, c))), standards, date)
            .Select(s => applicable.FirstOrDefault(a => ReferenceEquals(a.Requirement, s.Requirement)) ?? new Candidate(s.Requirement, s.Standard, s.Status, false))
            .ToList();
        foreach (var a in applicable.Where(a => !inFamily.Contains(a)))
        {
            inFamily.Add(a);
        }

        return new Requirements(applicable, inFamily);
    }

    /// <summary>
    /// The limits of the enterprise's own standard (the standard it declares for the product), by indicator: binding and
    /// declared. Their requirement ids are empty: they are the enterprise's, not the catalog's.
    /// </summary>
    public static Dictionary<string, List<Candidate>> Own(Submission submission, AssessmentPlan plan)
    {
        var own = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        if (submission.EnterpriseStandard is not { } es || string.IsNullOrWhiteSpace(es.Code))
        {
            return own;
        }

        var standard = new Standard
        {
            Code = es.Code,
            Title = new(es.Title ?? "", es.Title ?? ""),
            Tier = es.Code.TrimStart().StartsWith("T/", StringComparison.OrdinalIgnoreCase) ? StandardTier.Group : StandardTier.Enterprise,
            Force = StandardForce.Recommended,
        };
        foreach (var limit in (es.Limits ?? []).Where(l => l?.Limit is not null && !string.IsNullOrWhiteSpace(l.IndicatorId)))
        {
            var indicator = plan.Known.GetValueOrDefault(limit.IndicatorId);
            var requirement = new Requirement
            {
                IndicatorId = limit.IndicatorId,
                StandardCode = es.Code,
                Limit = limit.Limit,
                Unit = string.IsNullOrWhiteSpace(limit.Unit) ? indicator?.Unit ?? "" : limit.Unit!,
            };
            if (!own.TryGetValue(limit.IndicatorId, out var list))
            {
                own[limit.IndicatorId] = list = [];
            }

            list.Add(new Candidate(requirement, standard, EditionStatus.InForce, Binding: true, Declared: true, Own: true));
        }

        return own;
    }

    /// <summary>Mandatory by its own force, else its standard's.</summary>
    private static bool IsMandatory(Requirement requirement, Standard standard) =>
        (requirement.Force ?? standard.Force) == StandardForce.Mandatory;
}
