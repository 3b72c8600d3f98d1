namespace Weinan.Benchmarking.Abstractions;

/// <summary>One limit of one standard for one indicator, grade and applicability.</summary>
public sealed record Requirement
{
    /// <summary>Stable id, unique in its catalog, e.g. <c>gb18401-2010.formaldehyde.A</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>The indicator limited.</summary>
    public string IndicatorId { get; init; } = "";

    /// <summary>Code of the standard edition, e.g. <c>GB 18401-2010</c>.</summary>
    public string StandardCode { get; init; } = "";

    /// <summary>Clause or table, e.g. 表1 / Table 1 (a plain string in JSON is read as both languages).</summary>
    public LocalizedText? Clause { get; init; }

    /// <summary>Grade or class of the requirement, if the standard grades.</summary>
    public Grade? Grade { get; init; }

    /// <summary>The limit as written.</summary>
    public Limit Limit { get; init; } = Limit.Empty;

    /// <summary>Unit of the limit.</summary>
    public string Unit { get; init; } = "";

    /// <summary>Rounding interval stated by the standard (e.g. <c>5</c> MPa), overriding the one implied by the limit's last digit.</summary>
    public string? RoundingInterval { get; init; }

    /// <summary>Judgement method stated by the standard; else the assessment's default.</summary>
    public JudgementMethod? Method { get; init; }

    /// <summary>
    /// Test methods the limit is defined by (standard codes, e.g. <c>GB/T 2912.1</c>); a value measured by another method
    /// that the catalog does not declare equivalent is indeterminate. Empty = any method.
    /// </summary>
    public IReadOnlyList<string> TestMethods { get; init; } = [];

    /// <summary>
    /// Legal force of this requirement when it differs from its standard's (e.g. the one mandatory clause of a standard
    /// that is otherwise recommended); null = the standard's force.
    /// </summary>
    public StandardForce? Force { get; init; }

    /// <summary>Product categories and classes the requirement applies to.</summary>
    public Applicability AppliesTo { get; init; } = new();

    /// <summary>Where the figure comes from and how well it is backed.</summary>
    public Provenance Provenance { get; init; } = new();

    /// <summary>
    /// Where the requirement applies only to products that have what it concerns (e.g. coated or printed parts): without a
    /// submitted value it is listed as not applicable, with this condition, rather than as not evaluated.
    /// </summary>
    public LocalizedText? Condition { get; init; }

    /// <summary>Free note shown with the requirement.</summary>
    public LocalizedText? Note { get; init; }
}

/// <summary>A grade or class of a requirement.</summary>
/// <param name="Label">Label as printed, e.g. <c>A</c>, <c>优等品</c>, <c>Class I</c>.</param>
/// <param name="Rank">Higher rank = stricter grade; the top grade of a standard has the highest rank.</param>
/// <param name="Name">Optional bilingual name.</param>
public sealed record Grade(string Label, int Rank, LocalizedText? Name = null)
{
    /// <summary>
    /// The grade as shown in a language: its label as the standard prints it (<c>A</c>, <c>I</c>, <c>优等品</c>), except
    /// that in English a label written in Chinese gives way to the English name when there is one.
    /// </summary>
    public string For(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && !Label.All(char.IsAscii) && !string.IsNullOrEmpty(Name?.En)
            ? Name.En
            : Label;
}

/// <summary>Which products a requirement applies to. Empty lists mean "all".</summary>
public sealed record Applicability
{
    /// <summary>Product categories, e.g. <c>apparel</c>, <c>home-textile</c>.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Product classes, e.g. <c>infant</c>, <c>skin-contact</c>.</summary>
    public IReadOnlyList<string> ProductClasses { get; init; } = [];

    /// <summary>Whether the requirement applies to a product.</summary>
    public bool Matches(string? category, string? productClass) =>
        (Categories.Count == 0 || (category is not null && Categories.Contains(category, StringComparer.OrdinalIgnoreCase))) &&
        (ProductClasses.Count == 0 || (productClass is not null && ProductClasses.Contains(productClass, StringComparer.OrdinalIgnoreCase)));
}

/// <summary>Provenance of a figure.</summary>
public sealed record Provenance
{
    /// <summary>
    /// Where the figure was read: one or more URLs, or document identifiers where nothing was read at a URL, separated
    /// by <c> ; </c>. A citation only: every explanation goes into <see cref="Note"/>.
    /// </summary>
    public string Source { get; init; } = "";

    /// <summary>Confirmed, secondary, derived or unconfirmed.</summary>
    public Confidence Confidence { get; init; } = Confidence.Unconfirmed;

    /// <summary>Note on the source, e.g. a conflict between sources, what was not read, a derivation.</summary>
    public LocalizedText? Note { get; init; }
}
