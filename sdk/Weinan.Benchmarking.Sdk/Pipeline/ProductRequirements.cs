using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Pipeline;

/// <summary>A catalog requirement that applies to a kind of product on the assessment date, as the engine resolves it.</summary>
/// <param name="Indicator">The indicator it limits.</param>
/// <param name="Source">The requirement as written into results (standard edition, tier, grade, limit, unit, requirement id).</param>
/// <param name="Mandatory">Whether it is mandatory by its own force, else its standard's.</param>
/// <param name="Conditional">Whether it applies only to products that have what its condition names.</param>
/// <param name="Status">Status of its standard edition on the assessment date (a withdrawn edition is kept where no edition in force limits the indicator).</param>
public sealed record ApplicableRequirement(Indicator Indicator, LimitSource Source, bool Mandatory, bool Conditional, EditionStatus Status);

/// <summary>
/// The catalog requirements that apply to a kind of product, resolved exactly as an assessment resolves them (product
/// class and category, editions in force on the date, the class's exemptions), without assessing anything: what a
/// product's own standard is compared against, whatever values were measured.
/// </summary>
public static class ProductRequirements
{
    /// <summary>The requirements applying to a kind of product (its class and category), per indicator in catalog order.</summary>
    /// <param name="catalog">The sector's resolved catalog.</param>
    /// <param name="product">The product: its class and category decide what applies.</param>
    /// <param name="options">Assessment options; the date selects the editions.</param>
    public static IReadOnlyList<ApplicableRequirement> For(SectorCatalog catalog, Product product, AssessmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(options);
        return [.. catalog.PlanFor(options).For(product).Indicators
            .Where(i => i.Exemption is null)
            .SelectMany(i => i.Applicable.Where(c => !c.Own).Select(c => new ApplicableRequirement(i.Indicator, c.Source,
                (c.Requirement.Force ?? c.Standard.Force) == StandardForce.Mandatory, c.Requirement.Condition is not null, c.Status)))];
    }
}
