using FluentValidation;
using Severity = Weinan.Benchmarking.Abstractions.Severity;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>
/// Where a check reports: a submission's issues, gathered by plain code (<see cref="SubmissionChecks"/>), or a
/// FluentValidation rule's context (the catalog's rules, <see cref="CheckContexts.Checks{T}"/>). The checks both run
/// (a schema version, a required text, a limit's shape) take this.
/// </summary>
internal interface ICheckContext
{
    /// <summary>The catalog the checks look indicators, units and classes up in; null when there is none.</summary>
    CatalogIndex? Index { get; }

    /// <summary>Adds an issue at the current path, extended by <paramref name="subPath"/> (<c>max</c>, <c>[2].id</c>).</summary>
    void Report(string code, string? subPath, string zh, string en, Severity severity = Severity.Error);
}

/// <summary>A FluentValidation rule's context as a <see cref="ICheckContext"/>.</summary>
internal static class CheckContexts
{
    /// <summary>The rule's context, reporting at the rule's property path.</summary>
    public static ICheckContext Checks<T>(this ValidationContext<T> context) => new RuleChecks<T>(context);

    private sealed class RuleChecks<T>(ValidationContext<T> context) : ICheckContext
    {
        public CatalogIndex? Index => CatalogIndex.Of(context);

        public void Report(string code, string? subPath, string zh, string en, Severity severity = Severity.Error) =>
            context.Report(code, subPath, zh, en, severity);
    }
}
