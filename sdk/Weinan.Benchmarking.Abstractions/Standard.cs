namespace Weinan.Benchmarking.Abstractions;

/// <summary>One edition of a standard, e.g. <c>GB 18401-2010</c>.</summary>
public sealed record Standard
{
    /// <summary>Code with edition, e.g. <c>GB/T 338-2011</c>, <c>OEKO-TEX STANDARD 100</c>, <c>Codex CXS 207-1999</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>Title in Chinese and English.</summary>
    public LocalizedText Title { get; init; } = LocalizedText.Empty;

    /// <summary>Tier of the standard.</summary>
    public StandardTier Tier { get; init; }

    /// <summary>Mandatory, recommended or guidance.</summary>
    public StandardForce Force { get; init; } = StandardForce.Recommended;

    /// <summary>Edition year, if the code carries one.</summary>
    public int? EditionYear { get; init; }

    /// <summary>Date the edition came into force.</summary>
    public DateOnly? Effective { get; init; }

    /// <summary>Date the edition was withdrawn or replaced.</summary>
    public DateOnly? Withdrawn { get; init; }

    /// <summary>Codes of the editions this one supersedes.</summary>
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>Code of the edition that supersedes this one.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>Adoption of an international standard, if any.</summary>
    public Adoption? Adoption { get; init; }

    /// <summary>Where the standard's identity facts were read: URLs or document identifiers only, separated by <c> ; </c>.</summary>
    public string? Source { get; init; }

    /// <summary>What the sources say and leave out (dates read, what was not read), in Chinese and English.</summary>
    public LocalizedText? Note { get; init; }
}

/// <summary>Adoption of an international standard (GB/T 20000.2).</summary>
/// <param name="Degree">IDT, MOD or NEQ.</param>
/// <param name="Standard">Code of the adopted standard, e.g. <c>ISO 6935-1:2007</c>.</param>
public sealed record Adoption(AdoptionDegree Degree, string Standard);
