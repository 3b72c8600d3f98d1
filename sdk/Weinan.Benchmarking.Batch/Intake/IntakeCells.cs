using System.Text.Json;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Batch.Sources;

namespace Weinan.Benchmarking.Batch.Intake;

/// <summary>
/// A submission as one row of a tabular intake file: cell text by header key (blank cells left out), which the intake
/// reader reads back into the same submission (see <c>docs/batch.md</c>, "Spreadsheet columns"). A row holds one result
/// per indicator and component; the evidence grade and report number shared by every result go in the row's
/// <c>evidence</c> and <c>reference</c> cells, others in the result's own <c>.evidence</c> and <c>.reference</c> cells.
/// </summary>
public static class IntakeCells
{
    /// <summary>The cells of a submission.</summary>
    /// <param name="submission">The submission.</param>
    /// <param name="language">Writes evidence grades by their names in this language (zh-CN or en); null writes their ids.</param>
    /// <exception cref="ArgumentException">The submission holds what one row cannot: two results for one indicator and
    /// component, or a limit no cell form writes.</exception>
    public static IReadOnlyDictionary<string, string> Of(Submission submission, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                cells[key] = value;
            }
        }

        Put("id", submission.Id);
        Put("sector", submission.Sector);
        Put("period", submission.Period);
        Put("enterprise.name", submission.Enterprise.Name);
        Put("enterprise.creditCode", submission.Enterprise.CreditCode);
        Put("enterprise.county", submission.Enterprise.County);
        Put("enterprise.cluster", submission.Enterprise.Cluster);
        Put("product.id", submission.Product.Id);
        Put("product.name", submission.Product.Name);
        Put("product.category", submission.Product.Category);
        Put("product.class", submission.Product.ProductClass);
        Put("product.declaredStandards", string.Join("; ", submission.Product.DeclaredStandards));
        Put("standard.code", submission.EnterpriseStandard?.Code);
        Put("standard.title", submission.EnterpriseStandard?.Title);

        var results = submission.Results;
        var evidence = results.Select(r => r.Evidence).Distinct().Count() == 1 ? results[0].Evidence : (EvidenceGrade?)null;
        var reference = results.Select(r => r.Reference).Distinct(StringComparer.Ordinal).Count() == 1 ? results[0].Reference : null;
        if (evidence is { } shared)
        {
            Put("evidence", Evidence(shared, language));
        }

        Put("reference", reference);
        foreach (var result in results)
        {
            var key = Key(result.IndicatorId, result.Component);
            if (cells.ContainsKey(key))
            {
                throw new ArgumentException($"Row {submission.Id} holds two results for {key}.", nameof(submission));
            }

            Put(key, result.Value);
            Put(key + ".unit", result.Unit);
            Put(key + ".method", result.TestMethod);
            Put(key + ".uncertainty", result.Uncertainty);
            Put(key + ".k", result.CoverageFactor);
            Put(key + ".basis", result.Basis);
            if (evidence is null)
            {
                Put(key + ".evidence", Evidence(result.Evidence, language));
            }

            if (reference is null)
            {
                Put(key + ".reference", result.Reference);
            }
        }

        foreach (var limit in submission.EnterpriseStandard?.Limits ?? [])
        {
            Put(limit.IndicatorId + ".limit", LimitText.Format(limit.Limit) ??
                throw new ArgumentException($"The limit of {limit.IndicatorId} has no cell form.", nameof(submission)));
            if (!string.IsNullOrEmpty(limit.Unit) && cells.GetValueOrDefault(limit.IndicatorId + ".unit", limit.Unit) != limit.Unit)
            {
                throw new ArgumentException($"The limit of {limit.IndicatorId} is in another unit than its value.", nameof(submission));
            }

            Put(limit.IndicatorId + ".unit", limit.Unit);
        }

        foreach (var declared in submission.Product.DeclaredValues)
        {
            if (!string.IsNullOrEmpty(declared.Unit))
            {
                throw new ArgumentException($"The declared value of {declared.IndicatorId} names a unit; a declared cell is in the indicator's unit.", nameof(submission));
            }

            Put(Key(declared.IndicatorId, declared.Component) + ".declared", declared.Value);
        }

        return cells;
    }

    /// <summary>The key of an indicator's value column: <c>id</c>, or <c>id:component</c>.</summary>
    public static string Key(string indicator, string? component) => component is null ? indicator : $"{indicator}:{component}";

    private static string Evidence(EvidenceGrade grade, string? language) =>
        language is null ? JsonNamingPolicy.CamelCase.ConvertName(grade.ToString()) : Vocabulary.Evidence(grade).For(language);
}
