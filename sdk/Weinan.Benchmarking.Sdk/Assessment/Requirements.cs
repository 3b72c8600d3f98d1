using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// The requirements of one assessment: those that apply to the product's class (binding when mandatory, of a standard
/// the product declares — its own, or a catalog standard it names in <c>declaredStandards</c> — or a label claim) and those of every class of its family (the references of the leading rungs),
/// each on the edition in force on the assessment date.
/// </summary>
internal sealed record Requirements(IReadOnlyList<Candidate> Applicable, IReadOnlyList<Candidate> Family)
{
    /// <summary>Requirement ids of the declared standard are empty: they are the enterprise's, not the catalog's.</summary>
    public static Requirements Resolve(Submission submission, Catalog catalog, Product product, IReadOnlySet<string> family, DateOnly date)
    {
        var standards = catalog.Standards.Where(s => s is not null).GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First());
        var requirements = catalog.Requirements.Where(r => r is not null).ToList();
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

        if (submission.EnterpriseStandard is { } es && !string.IsNullOrWhiteSpace(es.Code))
        {
            var standard = new Standard
            {
                Code = es.Code,
                Title = new(es.Title ?? "", es.Title ?? ""),
                Tier = es.Code.TrimStart().StartsWith("T/", StringComparison.OrdinalIgnoreCase) ? StandardTier.Group : StandardTier.Enterprise,
                Force = StandardForce.Recommended,
            };
            foreach (var limit in (es.Limits ?? []).Where(l => l?.Limit is not null && !string.IsNullOrWhiteSpace(l.IndicatorId)))
            {
                var indicator = catalog.Indicators.FirstOrDefault(i => i.Id == limit.IndicatorId);
                var requirement = new Requirement
                {
                    IndicatorId = limit.IndicatorId,
                    StandardCode = es.Code,
                    Limit = limit.Limit,
                    Unit = string.IsNullOrWhiteSpace(limit.Unit) ? indicator?.Unit ?? "" : limit.Unit!,
                };
                applicable.Add(new Candidate(requirement, standard, EditionStatus.InForce, Binding: true, Declared: true, Own: true));
            }
        }

        return new Requirements(applicable, inFamily);
    }

    /// <summary>Mandatory by its own force, else its standard's.</summary>
    private static bool IsMandatory(Requirement requirement, Standard standard) =>
        (requirement.Force ?? standard.Force) == StandardForce.Mandatory;
}
