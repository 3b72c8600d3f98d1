using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Leaders;

/// <summary>
/// The ranking of the enterprise standards declared in one product category: one list per sector and variety
/// (product class), each standard of an enterprise once, with its coverage, advancement, score, rank and whether it is
/// a 领跑者 candidate.
/// </summary>
public sealed record LeaderTable
{
    /// <summary>The format id of the JSON written for a table.</summary>
    public const string Format = "wbench-leaders/1.0";

    /// <summary>The product category ranked.</summary>
    public string Category { get; init; } = "";

    /// <summary>The reporting period asked for; null for every period.</summary>
    public string? Period { get; init; }

    /// <summary>The assessment date (it selects the editions compared against).</summary>
    public DateOnly AssessmentDate { get; init; }

    /// <summary>The weights and thresholds used.</summary>
    public LeaderCriteria Criteria { get; init; } = LeaderCriteria.Default;

    /// <summary>The formula, line by line, in both languages.</summary>
    public IReadOnlyList<LocalizedText> Formula { get; init; } = [];

    /// <summary>The lists, by sector and then variety in catalog order.</summary>
    public IReadOnlyList<LeaderList> Lists { get; init; } = [];

    /// <summary>Submissions of the category (and period) seen.</summary>
    public int Products { get; init; }

    /// <summary>Of those, products that declare no enterprise standard (Q/…).</summary>
    public int WithoutEnterpriseStandard { get; init; }

    /// <summary>Of those, products that could not be assessed (not ranked).</summary>
    public int NotAssessed { get; init; }

    /// <summary>The categories present in the submissions seen, in ordinal order.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The periods present in the submissions of the category, in ordinal order.</summary>
    public IReadOnlyList<string> Periods { get; init; } = [];

    /// <summary>Issues: an unknown category or period (errors), limits that differ between products of one standard and varieties with few reference indicators (warnings).</summary>
    public IReadOnlyList<Issue> Issues { get; init; } = [];
}

/// <summary>The ranking list of one variety (product class) of the category in one sector.</summary>
public sealed record LeaderList
{
    /// <summary>The sector.</summary>
    public string Sector { get; init; } = "";

    /// <summary>Name of the sector's catalog.</summary>
    public LocalizedText SectorName { get; init; } = new("", "");

    /// <summary>The catalogs the limits were compared against, with their versions.</summary>
    public IReadOnlyList<CatalogReference> Catalogs { get; init; } = [];

    /// <summary>The product class id; empty for products that name none.</summary>
    public string ProductClass { get; init; } = "";

    /// <summary>Name of the variety (the product class's name).</summary>
    public LocalizedText Name { get; init; } = new("", "");

    /// <summary>The reference indicators of the variety, in catalog order.</summary>
    public IReadOnlyList<ReferenceIndicator> References { get; init; } = [];

    /// <summary>The standards ranked, in rank order (equal scores share a rank, listed by standard code and enterprise).</summary>
    public IReadOnlyList<LeaderEntry> Entries { get; init; } = [];
}

/// <summary>An indicator the catalog has national, industry, international or foreign advanced limits for, for the variety.</summary>
/// <param name="Id">Indicator id.</param>
/// <param name="Name">Indicator name.</param>
/// <param name="Key">Whether it is a key indicator of the catalog.</param>
/// <param name="National">The national and industry requirements that apply (standard codes with grade), empty when none.</param>
/// <param name="International">The international and foreign advanced requirements that apply, empty when none.</param>
public sealed record ReferenceIndicator(string Id, LocalizedText Name, bool Key, IReadOnlyList<LimitSource> National, IReadOnlyList<LimitSource> International);

/// <summary>One enterprise standard of one enterprise in a list.</summary>
public sealed record LeaderEntry
{
    /// <summary>Rank: 1 is the highest score; equal scores share a rank (the next rank skips as many places).</summary>
    public int Rank { get; init; }

    /// <summary>The enterprise (as the first product read gives it).</summary>
    public Enterprise Enterprise { get; init; } = new();

    /// <summary>The standard's code, e.g. <c>Q/WNFZ 0001-2025</c>.</summary>
    public string StandardCode { get; init; } = "";

    /// <summary>The standard's title, if given.</summary>
    public string? StandardTitle { get; init; }

    /// <summary>Products that declare the standard.</summary>
    public int Products { get; init; }

    /// <summary>Of those, products that meet every requirement binding them (mandatory ones and the standard itself).</summary>
    public int CompliantProducts { get; init; }

    /// <summary>Share of the reference indicators the standard limits.</summary>
    public Share Coverage { get; init; } = new(0, 0);

    /// <summary>Share of its limits (of indicators with a national or industry reference) stricter than every such reference.</summary>
    public Share National { get; init; } = new(0, 0);

    /// <summary>Share of its limits (of indicators with an international or foreign advanced reference) stricter than every such reference.</summary>
    public Share International { get; init; } = new(0, 0);

    /// <summary>The score, 0 to 100, rounded half to even to 0.01.</summary>
    public decimal Score { get; init; }

    /// <summary>Whether the standard is a 领跑者 candidate.</summary>
    public bool Candidate { get; init; }

    /// <summary>Why it is not a candidate (empty when it is), and notes (limits that cannot be compared, limits that differ).</summary>
    public IReadOnlyList<LeaderNote> Notes { get; init; } = [];

    /// <summary>Its standing on every reference indicator, in catalog order.</summary>
    public IReadOnlyList<LeaderIndicator> Indicators { get; init; } = [];
}

/// <summary>A share: <see cref="Count"/> of <see cref="Of"/>.</summary>
/// <param name="Count">How many.</param>
/// <param name="Of">Out of how many; 0 when nothing was counted.</param>
public sealed record Share(int Count, int Of)
{
    /// <summary>The share as a fraction (0 when <see cref="Of"/> is 0), unrounded.</summary>
    public decimal Value => Of == 0 ? 0m : (decimal)Count / Of;
}

/// <summary>How one limit of an enterprise standard stands against the references of its indicator.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Limit">The standard's limit; null when it does not limit the indicator.</param>
/// <param name="Unit">Unit of the limit.</param>
/// <param name="National">Against the national and industry references: stricter than every one, equal to the strictest, looser than one, or not comparable with one; null when there is none or no limit.</param>
/// <param name="International">Against the international and foreign advanced references, likewise.</param>
public sealed record LeaderIndicator(string IndicatorId, Limit? Limit, string? Unit, ComparisonOutcome? National, ComparisonOutcome? International);

/// <summary>Why a standard is not a 领跑者 candidate, or a note on it.</summary>
public enum LeaderNoteKind
{
    /// <summary>A product declaring it fails its own enterprise standard.</summary>
    OwnStandardNotMet,
    /// <summary>A product declaring it fails a mandatory requirement or another standard it declares.</summary>
    BindingRequirementNotMet,
    /// <summary>A product's conformity could not be established (a binding requirement not evaluated or not decided).</summary>
    ConformityNotShown,
    /// <summary>It does not limit enough of the reference indicators.</summary>
    Incomplete,
    /// <summary>A limit is looser than a national or industry reference: below the floor of every ranking list.</summary>
    BelowNationalFloor,
    /// <summary>Too few of its limits are stricter than the national and industry references.</summary>
    NotAboveNational,
    /// <summary>A key indicator's limit is missing, looser than or not comparable with an international or foreign advanced reference.</summary>
    KeyBelowInternational,
    /// <summary>A limit cannot be compared with a reference (a note; such a limit is not counted as stricter).</summary>
    NotComparable,
    /// <summary>Products declaring it give different limits; the first product read is used (a note).</summary>
    LimitsDiffer,
    /// <summary>The variety has no reference indicator, so there is nothing to lead on.</summary>
    NoReferences,
}

/// <summary>A note on an entry: its kind, the indicators concerned and a count.</summary>
/// <param name="Kind">What the note says.</param>
/// <param name="Indicators">Names of the indicators concerned, in catalog order.</param>
/// <param name="Count">The products concerned, where the note is about products.</param>
public sealed record LeaderNote(LeaderNoteKind Kind, IReadOnlyList<LocalizedText> Indicators, int Count = 0)
{
    /// <summary>Whether the note keeps the standard from being a candidate.</summary>
    public bool Excludes => Kind is not (LeaderNoteKind.NotComparable or LeaderNoteKind.LimitsDiffer);
}
