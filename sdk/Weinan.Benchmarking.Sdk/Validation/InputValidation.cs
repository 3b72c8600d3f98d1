using FluentValidation;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>
/// Validates catalogs and submissions. A bad input returns all of its issues at once (codes WB2xxx for submissions,
/// WB3xxx for catalogs, listed in <c>docs/formats.md</c>); nothing throws for a user error. Paths are the camelCase
/// JSON paths of the offending values, e.g. <c>results[3].value</c>.
/// </summary>
public static class InputValidation
{
    /// <summary>Validates a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="file">File the catalog was read from, copied into the issues.</param>
    public static IReadOnlyList<Issue> ValidateCatalog(Catalog catalog, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var context = new ValidationContext<Catalog>(catalog);
        CatalogIndex.Attach(context, CatalogIndex.For(catalog));
        return ValidationFailures.ToIssues(CatalogValidator.Instance.Validate(context), file);
    }

    /// <summary>Validates a submission, and against a catalog when one is given (indicators, units, scales, product classes).</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="catalog">The catalog of the submission's sector, if known.</param>
    /// <param name="file">File the submission was read from, copied into the issues.</param>
    public static IReadOnlyList<Issue> ValidateSubmission(Submission submission, Catalog? catalog = null, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var context = new ValidationContext<Submission>(submission);
        if (catalog is not null)
        {
            CatalogIndex.Attach(context, CatalogIndex.For(catalog));
        }

        return ValidationFailures.ToIssues(SubmissionValidator.Instance.Validate(context), file);
    }
}
