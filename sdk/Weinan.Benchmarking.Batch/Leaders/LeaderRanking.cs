using System.Collections.Concurrent;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Pipeline;

namespace Weinan.Benchmarking.Batch.Leaders;

/// <summary>
/// Ranks the enterprise standards (Q/…) declared in one product category by coverage and advancement and flags the
/// 领跑者 candidates (the method and what it follows are in <c>docs/batch.md</c>, the formula in
/// <see cref="LeaderFormula"/>). A pure function of the submissions, the catalogs and the options: each submission goes
/// through the assessment pipeline (<see cref="Evaluate"/>, thread-safe, any order), and what it gives is folded in
/// input order (<see cref="Add"/>), so a source that is not a file — a store — can feed it the same way.
/// </summary>
/// <remarks>
/// A standard is ranked once per enterprise (credit code, else name) and variety, however many products declare it:
/// its limits are those of the first product read, and every product declaring it must conform for it to be a
/// candidate. Memory grows with the number of standards, not of submissions.
/// </remarks>
public sealed class LeaderRanking
{
    private readonly string _category;
    private readonly string? _period;
    private readonly AssessmentOptions _options;
    private readonly LeaderCriteria _criteria;
    private readonly ConcurrentDictionary<(SectorCatalog Catalog, string ProductClass), Variety> _varieties = new();
    private readonly Dictionary<(Variety Variety, string Enterprise, string Standard), Accumulated> _entries = [];
    private readonly SortedSet<string> _categories = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _periods = new(StringComparer.Ordinal);
    private bool _categorySeen;
    private int _products;
    private int _withoutStandard;
    private int _notAssessed;

    /// <summary>A ranking of one category.</summary>
    /// <param name="category">The product category (compared ignoring case).</param>
    /// <param name="period">The reporting period; a year takes in its halves, quarters and months. Null for every period.</param>
    /// <param name="options">Assessment options (the date selects the editions compared against).</param>
    /// <param name="criteria">Weights and thresholds (default <see cref="LeaderCriteria.Default"/>).</param>
    public LeaderRanking(string category, string? period, AssessmentOptions options, LeaderCriteria? criteria = null)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(options);
        _category = category.Trim();
        _period = string.IsNullOrWhiteSpace(period) ? null : period.Trim();
        _options = options;
        _criteria = criteria ?? LeaderCriteria.Default;
    }

    /// <summary>Ranks the standards of a category among submissions of one sector (submissions of other sectors are passed over).</summary>
    public static LeaderTable Rank(IEnumerable<Submission> submissions, SectorCatalog catalog, AssessmentOptions options, string category,
        string? period = null, LeaderCriteria? criteria = null)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(catalog);
        var ranking = new LeaderRanking(category, period, options, criteria);
        foreach (var product in submissions
                     .Where(s => s is not null && string.Equals(s.Sector, catalog.Sector, StringComparison.OrdinalIgnoreCase))
                     .AsParallel().AsOrdered()
                     .Select(s => ranking.Evaluate(s, catalog)))
        {
            ranking.Add(product);
        }

        return ranking.Build();
    }

    /// <summary>Whether a submission belongs to the category and period ranked (only those need their sector's catalog).</summary>
    public bool Matches(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return InCategory(submission.Product?.Category) && InPeriod(submission.Period);
    }

    /// <summary>
    /// What one submission gives the ranking: it is assessed through the pipeline when it belongs to the category and
    /// period. Thread-safe; <paramref name="catalog"/> is its sector's catalog, null when no plugin serves the sector
    /// (the product then counts as not assessed).
    /// </summary>
    public LeaderProduct Evaluate(Submission submission, SectorCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var product = submission.Product ?? new Product();
        var seen = new LeaderProduct(product.Category?.Trim(), submission.Period?.Trim());
        if (!Matches(submission))
        {
            return seen;
        }

        if (catalog is null)
        {
            return seen with { Matches = true };
        }

        var step = AssessmentPipeline.Assess(submission, catalog, _options);
        if (step.Result is not { } result)
        {
            return seen with { Matches = true, Issues = step.Issues };
        }

        if (submission.EnterpriseStandard is not { } standard || !IsEnterpriseStandard(standard.Code))
        {
            return seen with { Matches = true, Assessed = true };
        }

        var variety = _varieties.GetOrAdd((catalog, Key(catalog, product.ProductClass)), k => Variety.Of(k.Catalog, product, _options));
        var code = standard.Code.Trim();
        var limits = (standard.Limits ?? []).Where(l => l?.Limit is not null && !string.IsNullOrWhiteSpace(l.IndicatorId))
            .GroupBy(l => l.IndicatorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var comparisons = result.Comparisons
            .Where(c => c.Subject.RequirementId is null && string.Equals(c.Subject.StandardCode.Trim(), code, StringComparison.Ordinal))
            .ToLookup(c => c.IndicatorId, StringComparer.Ordinal);
        var indicators = variety.References.Select(r => limits.TryGetValue(r.Id, out var limit)
            ? new LeaderIndicator(r.Id, limit.Limit, string.IsNullOrWhiteSpace(limit.Unit) ? variety.Units[r.Id] : limit.Unit,
                Against(comparisons[r.Id], r.National), Against(comparisons[r.Id], r.International))
            : new LeaderIndicator(r.Id, null, null, null, null)).ToArray();

        return seen with
        {
            Matches = true,
            Assessed = true,
            Variety = variety,
            Enterprise = submission.Enterprise ?? new Enterprise(),
            StandardCode = code,
            StandardTitle = standard.Title,
            Signature = string.Join('\n', limits.Values.OrderBy(l => l.IndicatorId, StringComparer.Ordinal)
                .Select(l => $"{l.IndicatorId}\t{l.Unit}\t{l.Limit}\t{l.Limit.MinInclusive}{l.Limit.MaxInclusive}")),
            Indicators = indicators,
            Conformity = ConformityOf(result, code),
        };
    }

    /// <summary>Folds in one submission's part, in input order (not thread-safe).</summary>
    public void Add(LeaderProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (!string.IsNullOrEmpty(product.Category))
        {
            _categories.Add(product.Category);
        }

        if (!InCategory(product.Category))
        {
            return;
        }

        _categorySeen = true;
        if (!string.IsNullOrEmpty(product.Period))
        {
            _periods.Add(product.Period);
        }

        if (!product.Matches)
        {
            return;
        }

        _products++;
        if (!product.Assessed)
        {
            _notAssessed++;
            return;
        }

        if (product.Variety is not { } variety || product.StandardCode is not { } code)
        {
            _withoutStandard++;
            return;
        }

        var enterprise = product.Enterprise;
        var key = (variety, EnterpriseKey(enterprise), code);
        if (!_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = entry = new Accumulated(product);
        }

        entry.Add(product);
    }

    /// <summary>The table of everything added.</summary>
    public LeaderTable Build()
    {
        var issues = new List<Issue>();
        if (!_categorySeen)
        {
            issues.Add(LeaderIssues.UnknownCategory(_category, _categories));
        }
        else if (_products == 0)
        {
            issues.Add(LeaderIssues.NoProductInPeriod(_category, _period ?? "", _periods));
        }

        var lists = _entries
            .GroupBy(e => e.Key.Variety)
            .OrderBy(g => g.Key.Sector, StringComparer.Ordinal).ThenBy(g => g.Key.Order)
            .Select(g => List(g.Key, g.Select(e => e.Value), issues))
            .ToList();

        return new LeaderTable
        {
            Category = _category,
            Period = _period,
            AssessmentDate = _options.AssessmentDate,
            Criteria = _criteria,
            Formula = LeaderFormula.Lines(_criteria),
            Lists = lists,
            Products = _products,
            WithoutEnterpriseStandard = _withoutStandard,
            NotAssessed = _notAssessed,
            Categories = [.. _categories],
            Periods = [.. _periods],
            Issues = issues,
        };
    }

    private LeaderList List(Variety variety, IEnumerable<Accumulated> accumulated, List<Issue> issues)
    {
        var references = variety.References;
        if (references.Count < 3)
        {
            issues.Add(LeaderIssues.FewReferences(variety.Name, references.Count));
        }

        var national = references.Any(r => r.National.Count > 0);
        var international = references.Any(r => r.International.Count > 0);
        var weights = (
            Coverage: _criteria.CoverageWeight,
            National: national ? _criteria.NationalWeight + (international ? 0m : _criteria.InternationalWeight) : 0m,
            International: international ? _criteria.InternationalWeight + (national ? 0m : _criteria.NationalWeight) : 0m);

        var entries = accumulated.Select(a =>
            {
                var entry = Score(a, references, weights);
                if (a.LimitsDiffer)
                {
                    issues.Add(LeaderIssues.LimitsDiffer(a.First.Enterprise, entry.StandardCode, a.Products));
                }

                return entry;
            })
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.StandardCode, StringComparer.Ordinal)
            .ThenBy(e => EnterpriseKey(e.Enterprise), StringComparer.Ordinal)
            .ToList();

        for (var i = 0; i < entries.Count; i++)
        {
            entries[i] = entries[i] with { Rank = i > 0 && entries[i].Score == entries[i - 1].Score ? entries[i - 1].Rank : i + 1 };
        }

        return new LeaderList
        {
            Sector = variety.Sector,
            SectorName = variety.SectorName,
            Catalogs = variety.Catalogs,
            ProductClass = variety.ProductClass,
            Name = variety.Name,
            References = references,
            Entries = entries,
        };
    }

    private LeaderEntry Score(Accumulated a, IReadOnlyList<ReferenceIndicator> references, (decimal Coverage, decimal National, decimal International) weights)
    {
        var indicators = a.First.Indicators;
        var limited = indicators.Where(i => i.Limit is not null).ToList();
        var coverage = new Share(limited.Count, references.Count);
        var national = new Share(limited.Count(i => i.National == ComparisonOutcome.Stricter), limited.Count(i => i.National is not null));
        var international = new Share(limited.Count(i => i.International == ComparisonOutcome.Stricter), limited.Count(i => i.International is not null));
        var score = LeaderFormula.Score([(weights.Coverage, coverage), (weights.National, national), (weights.International, international)]);

        LocalizedText[] Names(Func<int, bool> which) =>
            [.. references.Select((r, n) => (r, n)).Where(x => which(x.n)).Select(x => x.r.Name)];

        var notes = new List<LeaderNote>();
        if (a.OwnNotMet > 0)
        {
            notes.Add(new LeaderNote(LeaderNoteKind.OwnStandardNotMet, [], a.OwnNotMet));
        }

        if (a.BindingNotMet > 0)
        {
            notes.Add(new LeaderNote(LeaderNoteKind.BindingRequirementNotMet, [], a.BindingNotMet));
        }

        if (a.NotShown > 0)
        {
            notes.Add(new LeaderNote(LeaderNoteKind.ConformityNotShown, [], a.NotShown));
        }

        if (references.Count == 0)
        {
            notes.Add(new LeaderNote(LeaderNoteKind.NoReferences, []));
        }
        else if (coverage.Value < _criteria.MinCoverage)
        {
            notes.Add(new LeaderNote(LeaderNoteKind.Incomplete, Names(n => indicators[n].Limit is null)));
        }

        var below = Names(n => indicators[n].National == ComparisonOutcome.Looser);
        if (below.Length > 0)
        {
            notes.Add(new LeaderNote(LeaderNoteKind.BelowNationalFloor, below));
        }

        // Limits below the floor are named once, by the note above.
        var notAbove = Names(n => indicators[n].National is ComparisonOutcome.Equal or ComparisonOutcome.NotComparable);
        if (weights.National > 0m && national.Value < _criteria.MinNational && (notAbove.Length > 0 || below.Length == 0))
        {
            notes.Add(new LeaderNote(LeaderNoteKind.NotAboveNational, notAbove));
        }

        if (_criteria.KeyIndicatorsAtInternationalLevel)
        {
            var belowInternational = Names(n => references[n].Key && references[n].International.Count > 0 &&
                                    indicators[n].International is not (ComparisonOutcome.Stricter or ComparisonOutcome.Equal));
            if (belowInternational.Length > 0)
            {
                notes.Add(new LeaderNote(LeaderNoteKind.KeyBelowInternational, belowInternational));
            }
        }

        var incomparable = Names(n => indicators[n].National == ComparisonOutcome.NotComparable || indicators[n].International == ComparisonOutcome.NotComparable);
        if (incomparable.Length > 0)
        {
            notes.Add(new LeaderNote(LeaderNoteKind.NotComparable, incomparable));
        }

        if (a.LimitsDiffer)
        {
            notes.Add(new LeaderNote(LeaderNoteKind.LimitsDiffer, [], a.Products));
        }

        return new LeaderEntry
        {
            Enterprise = a.First.Enterprise,
            StandardCode = a.First.StandardCode!,
            StandardTitle = a.First.StandardTitle,
            Products = a.Products,
            CompliantProducts = a.Compliant,
            Coverage = coverage,
            National = national,
            International = international,
            Score = score,
            Candidate = !notes.Any(n => n.Excludes),
            Notes = notes,
            Indicators = indicators,
        };
    }

    /// <summary>
    /// How a limit stands against the references of one level: stricter than every one; looser than one (below the
    /// floor); not comparable with one; else equal to the strictest. Null when the level has no reference or the standard
    /// sets no limit.
    /// </summary>
    private static ComparisonOutcome? Against(IEnumerable<LimitComparison> comparisons, IReadOnlyList<LimitSource> references)
    {
        if (references.Count == 0)
        {
            return null;
        }

        var outcomes = references.Select(r => comparisons.FirstOrDefault(c =>
                string.Equals(c.Reference.RequirementId, r.RequirementId, StringComparison.Ordinal) &&
                string.Equals(c.Reference.StandardCode, r.StandardCode, StringComparison.Ordinal))?.Outcome ?? ComparisonOutcome.NotComparable)
            .ToList();
        return outcomes.Contains(ComparisonOutcome.Looser) ? ComparisonOutcome.Looser
            : outcomes.Contains(ComparisonOutcome.NotComparable) ? ComparisonOutcome.NotComparable
            : outcomes.TrueForAll(o => o == ComparisonOutcome.Stricter) ? ComparisonOutcome.Stricter
            : ComparisonOutcome.Equal;
    }

    /// <summary>Whether the product meets every requirement binding it, and if not, whether it fails its own standard or another binding requirement.</summary>
    private static Conformity ConformityOf(AssessmentResult result, string code)
    {
        if (!result.Level.Failing)
        {
            return result.Level.Determined ? Conformity.Compliant : Conformity.NotShown;
        }

        var failed = result.Indicators.SelectMany(i => i.Judgements)
            .Where(j => j.Binding && j.Verdict is Verdict.Fail or Verdict.ConditionalFail)
            .ToList();
        var own = failed.Any(j => j.Requirement.RequirementId is null && string.Equals(j.Requirement.StandardCode.Trim(), code, StringComparison.Ordinal));
        var other = failed.Any(j => j.Requirement.RequirementId is not null);
        return (own ? Conformity.OwnStandardNotMet : 0) | (other || !own ? Conformity.BindingNotMet : 0);
    }

    private bool InCategory(string? category) =>
        category is not null && string.Equals(category.Trim(), _category, StringComparison.OrdinalIgnoreCase);

    private bool InPeriod(string? period)
    {
        if (_period is null)
        {
            return true;
        }

        var p = period?.Trim() ?? "";
        return p.Equals(_period, StringComparison.OrdinalIgnoreCase) ||
               (p.Length > _period.Length && p[_period.Length] == '-' && p.StartsWith(_period, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a code is an enterprise standard's: <c>Q/</c> followed by the enterprise's code.</summary>
    private static bool IsEnterpriseStandard(string? code) =>
        code is not null && code.TrimStart().StartsWith("Q/", StringComparison.OrdinalIgnoreCase) && code.Trim().Length > 2;

    private static string Key(SectorCatalog catalog, string? productClass) =>
        catalog.Catalog.ProductClasses.FirstOrDefault(c => c is not null && string.Equals(c.Id, productClass?.Trim(), StringComparison.OrdinalIgnoreCase))?.Id ?? "";

    /// <summary>An enterprise is its credit code, else its name.</summary>
    private static string EnterpriseKey(Enterprise enterprise) =>
        string.IsNullOrWhiteSpace(enterprise.CreditCode) ? "name:" + enterprise.Name.Trim() : enterprise.CreditCode.Trim().ToUpperInvariant();

    /// <summary>One standard of one enterprise in one variety, as the products declaring it are added.</summary>
    private sealed class Accumulated(LeaderProduct first)
    {
        public LeaderProduct First { get; } = first;

        public int Products { get; private set; }

        public int Compliant { get; private set; }

        public int OwnNotMet { get; private set; }

        public int BindingNotMet { get; private set; }

        public int NotShown { get; private set; }

        public bool LimitsDiffer { get; private set; }

        public void Add(LeaderProduct product)
        {
            Products++;
            LimitsDiffer |= !string.Equals(product.Signature, First.Signature, StringComparison.Ordinal);
            var c = product.Conformity;
            Compliant += c == Conformity.Compliant ? 1 : 0;
            NotShown += c == Conformity.NotShown ? 1 : 0;
            OwnNotMet += c.HasFlag(Conformity.OwnStandardNotMet) ? 1 : 0;
            BindingNotMet += c.HasFlag(Conformity.BindingNotMet) ? 1 : 0;
        }
    }
}

/// <summary>What one submission gives a <see cref="LeaderRanking"/>; made by <see cref="LeaderRanking.Evaluate"/>.</summary>
public sealed record LeaderProduct
{
    internal LeaderProduct(string? category, string? period)
    {
        Category = category;
        Period = period;
    }

    internal string? Category { get; }

    internal string? Period { get; }

    /// <summary>Whether the submission belongs to the category and period ranked.</summary>
    public bool Matches { get; internal init; }

    /// <summary>Whether it was assessed; a submission of the category that was not is not ranked.</summary>
    public bool Assessed { get; internal init; }

    /// <summary>Whether it belongs to the category and period but could not be assessed.</summary>
    public bool Rejected => Matches && !Assessed;

    /// <summary>Why it could not be assessed (its validation issues), when it belongs to the category.</summary>
    public IReadOnlyList<Issue> Issues { get; internal init; } = [];

    internal Variety? Variety { get; init; }

    internal Enterprise Enterprise { get; init; } = new();

    internal string? StandardCode { get; init; }

    internal string? StandardTitle { get; init; }

    internal string Signature { get; init; } = "";

    internal IReadOnlyList<LeaderIndicator> Indicators { get; init; } = [];

    internal Conformity Conformity { get; init; }
}

/// <summary>Whether a product meets what binds it.</summary>
[Flags]
internal enum Conformity
{
    /// <summary>Meets every binding requirement.</summary>
    Compliant = 0,
    /// <summary>Fails its own enterprise standard.</summary>
    OwnStandardNotMet = 1,
    /// <summary>Fails a mandatory requirement or another standard it declares.</summary>
    BindingNotMet = 2,
    /// <summary>Not shown to meet every binding requirement (not evaluated or not decided).</summary>
    NotShown = 4,
}

/// <summary>A variety of a category in one sector: its product class and its reference indicators, worked out once.</summary>
internal sealed class Variety
{
    private Variety(string sector, LocalizedText sectorName, IReadOnlyList<CatalogReference> catalogs, string productClass, LocalizedText name, int order,
        IReadOnlyList<ReferenceIndicator> references, IReadOnlyDictionary<string, string> units)
    {
        Sector = sector;
        SectorName = sectorName;
        Catalogs = catalogs;
        ProductClass = productClass;
        Name = name;
        Order = order;
        References = references;
        Units = units;
    }

    public string Sector { get; }

    public LocalizedText SectorName { get; }

    public IReadOnlyList<CatalogReference> Catalogs { get; }

    public string ProductClass { get; }

    public LocalizedText Name { get; }

    /// <summary>Position of the product class in the catalog; products without a class come last.</summary>
    public int Order { get; }

    public IReadOnlyList<ReferenceIndicator> References { get; }

    /// <summary>The unit of each reference indicator.</summary>
    public IReadOnlyDictionary<string, string> Units { get; }

    /// <summary>
    /// The variety of a product: the quantified and graded indicators (categorical ones are basic, pass-or-fail
    /// requirements) with national, industry, international or foreign advanced limits applying to its class without a
    /// condition (label-claim tolerances are not limits to lead on).
    /// </summary>
    public static Variety Of(SectorCatalog catalog, Product product, AssessmentOptions options)
    {
        var classes = catalog.Catalog.ProductClasses.Where(c => c is not null).ToList();
        var index = classes.FindIndex(c => string.Equals(c.Id, product.ProductClass?.Trim(), StringComparison.OrdinalIgnoreCase));
        var kind = product with { ProductClass = index >= 0 ? classes[index].Id : null, DeclaredStandards = [] };
        var applicable = ProductRequirements.For(catalog, kind, options)
            .Where(a => !a.Conditional && a.Source.Limit.Kind != LimitKind.Declared &&
                        a.Indicator.Kind is IndicatorKind.Quantitative or IndicatorKind.Ordinal)
            .ToList();
        var references = applicable
            .GroupBy(a => a.Indicator.Id, StringComparer.Ordinal)
            .Select(g => new ReferenceIndicator(g.Key, g.First().Indicator.Name, g.First().Indicator.Key,
                [.. g.Where(a => a.Source.Tier is StandardTier.National or StandardTier.Industry).Select(a => a.Source)],
                [.. g.Where(a => a.Source.Tier is StandardTier.International or StandardTier.ForeignAdvanced).Select(a => a.Source)]))
            .Where(r => r.National.Count > 0 || r.International.Count > 0)
            .ToList();
        return new Variety(catalog.Sector, catalog.Catalog.Name, catalog.References, kind.ProductClass ?? "",
            index >= 0 ? classes[index].Name : new LocalizedText("未注明产品类别", "no product class"),
            index >= 0 ? index : int.MaxValue, references,
            applicable.GroupBy(a => a.Indicator.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Indicator.Unit, StringComparer.Ordinal));
    }
}
