using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Collects a submission's results by indicator and component: several results for one indicator are kept when they were
/// measured by different test methods (the first submitted is the indicator's value); derived indicators are computed
/// from the first results of their inputs.
/// </summary>
internal static class ResultCollector
{
    public static Dictionary<ResultKey, CollectedResults> Collect(
        Submission submission, IReadOnlyDictionary<string, Indicator> known, IReadOnlyList<IDerivedIndicator>? derived, List<Issue> issues)
    {
        var results = new Dictionary<ResultKey, CollectedResults>();
        var submitted = submission.Results ?? [];
        for (var i = 0; i < submitted.Count; i++)
        {
            var r = submitted[i];
            if (r is null)
            {
                issues.Add(Warning(IssueCodes.ResultIgnoredNull, $"results[{i}]", "空的结果条目已忽略", "empty (null) result ignored"));
                continue;
            }

            if (!known.TryGetValue(r.IndicatorId ?? "", out var indicator))
            {
                issues.Add(Warning(IssueCodes.ResultIgnoredUnknownIndicator, $"results[{i}].indicatorId", $"指标“{r.IndicatorId}”不在目录中，已忽略", $"indicator '{r.IndicatorId}' is not in the catalog and was ignored"));
                continue;
            }

            var key = new ResultKey(r.IndicatorId!, string.IsNullOrWhiteSpace(r.Component) ? null : r.Component);
            if (!results.TryGetValue(key, out var entry))
            {
                results[key] = entry = new CollectedResults([], false);
            }

            var method = TestMethods.Key(AssessmentContext.MethodOf(r, indicator) ?? "");
            if (SameMethod(entry.Results, indicator, method))
            {
                // The indicator is the catalog's: named, not shown by its id.
                issues.Add(Warning(IssueCodes.ResultIgnoredDuplicate, $"results[{i}].indicatorId", $"指标“{indicator.Name.Zh}”以同一方法重复提交，只采用第一条",
                    $"indicator '{indicator.Name.En}' submitted twice by the same method; the first is used"));
                continue;
            }

            entry.Results.Add(r);
        }

        foreach (var d in derived ?? [])
        {
            // Plugin code: whatever it throws becomes an issue, and the assessment goes on without the value.
            var id = "?";
            try
            {
                id = d.IndicatorId;
                if (results.ContainsKey(new ResultKey(id, null)) || !known.ContainsKey(id) || !d.Inputs.All(i => results.ContainsKey(new ResultKey(i, null))))
                {
                    continue;
                }

                var inputs = d.Inputs.ToDictionary(i => i, i => results[new ResultKey(i, null)].Results[0]);
                if (d.Compute(inputs) is { } value)
                {
                    results[new ResultKey(id, null)] = new CollectedResults([value with { IndicatorId = id }], true);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                issues.Add(Warning(IssueCodes.DerivedIndicatorFailed, id, $"派生指标“{id}”计算失败：{ex.Message}", $"derived indicator '{id}' could not be computed: {ex.Message}"));
            }
        }

        return results;
    }

    private static bool SameMethod(List<MeasuredResult> results, Indicator indicator, string method)
    {
        foreach (var o in results)
        {
            if (TestMethods.Key(AssessmentContext.MethodOf(o, indicator) ?? "") == method)
            {
                return true;
            }
        }

        return false;
    }

    internal static Issue Warning(string code, string path, string zh, string en) =>
        new() { Code = code, Severity = Severity.Warning, Path = path, Message = new(zh, en) };
}

/// <summary>An indicator, and the component of it a result is for (null for the indicator as a whole).</summary>
/// <remarks>This and <see cref="CollectedResults"/> are classes, not tuples: keeps start-up free of JIT work (docs/performance.md, Cold start).</remarks>
internal sealed record ResultKey(string Indicator, string? Component);

/// <summary>The results collected for an indicator and component, and whether they were derived from other indicators.</summary>
internal sealed record CollectedResults(List<MeasuredResult> Results, bool Derived);
