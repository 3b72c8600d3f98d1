namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>How tabular rows are read.</summary>
/// <param name="IndicatorsOf">The indicator ids of a sector, or null for a sector no plugin serves (its indicator
/// columns are then all read, and the row is rejected for its sector).</param>
/// <param name="DefaultSector">The sector of rows that name none.</param>
public sealed record IntakeOptions(Func<string, IReadOnlySet<string>?> IndicatorsOf, string? DefaultSector = null);
