using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Hosting;

/// <summary>One assessment to run from files.</summary>
/// <param name="SubmissionPath">The submission JSON file.</param>
/// <param name="Options">Assessment options (the caller supplies the date).</param>
/// <param name="CatalogPaths">Data-only catalog files to merge into the sector's catalog.</param>
public sealed record AssessmentRequest(string SubmissionPath, AssessmentOptions Options, IReadOnlyList<string> CatalogPaths);
