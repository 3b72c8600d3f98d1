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
        SourceCitations.AttachFile(context, file);
        return ValidationFailures.ToIssues(CatalogValidator.Instance.Validate(context), file);
    }

    /// <summary>
    /// Validates a data-only catalog that was merged into <paramref name="merged"/>: its own document fields and entries,
    /// with the indicators, standards, product classes and conversions it refers to looked up in the merged catalog. The
    /// paths are those of the addition's own file (<c>requirements[0]</c>), not of the merged catalog.
    /// </summary>
    /// <param name="addition">The data-only catalog as read from its file.</param>
    /// <param name="merged">The catalog it was merged into (see <c>CatalogMerge</c>).</param>
    /// <param name="file">File the addition was read from, copied into the issues.</param>
    public static IReadOnlyList<Issue> ValidateAddition(Catalog addition, Catalog merged, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(addition);
        ArgumentNullException.ThrowIfNull(merged);
        var context = new ValidationContext<Catalog>(addition);
        CatalogIndex.Attach(context, CatalogIndex.For(merged));
        SourceCitations.AttachFile(context, file);
        return ValidationFailures.ToIssues(CatalogValidator.Instance.Validate(context), file);
    }

    /// <summary>
    /// Runs the submission validator once on a blank submission, so that the first real validation finds its code ready;
    /// part of <see cref="Pipeline.PipelineWarmUp"/>.
    /// </summary>
    internal static void Prepare() =>
        _ = SubmissionChecks.Run(new Submission { Results = [new MeasuredResult()] }, null, null);

    /// <summary>Validates a submission, and against a catalog when one is given (indicators, units, scales, product classes).</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="catalog">The catalog of the submission's sector, if known.</param>
    /// <param name="file">File the submission was read from, copied into the issues.</param>
    public static IReadOnlyList<Issue> ValidateSubmission(Submission submission, Catalog? catalog = null, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return SubmissionChecks.Run(submission, catalog is null ? null : CatalogIndex.For(catalog), file);
    }
}
