using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Everything of an assessment that depends only on the catalog and the options, worked out once and shared by every
/// submission assessed with them: the ladder, the unit converter, the standards by code, the rules written into each
/// result, limit comparisons, and per kind of product (class, category, declared standards) the requirements that apply,
/// their editions, and the candidates each rung test looks at. Thread-safe: a batch assesses in parallel over one plan.
/// </summary>
/// <remarks>
/// Plans are kept per catalog instance (a catalog is immutable once it is assessed against) and per options value.
/// </remarks>
internal sealed class AssessmentPlan
{
    private static readonly ConditionalWeakTable<Catalog, ConcurrentDictionary<AssessmentOptions, AssessmentPlan>> Plans = new();

    private readonly ConcurrentDictionary<ProductKey, ProductPlan> _products = new();
    private readonly ConcurrentDictionary<Standard, AppliedStandard[]> _applied = new(ReferenceEqualityComparer.Instance);

    private AssessmentPlan(Catalog catalog, AssessmentOptions options)
    {
        Catalog = catalog;
        Options = options;
        Ladder = WithFailingBottom(options.Ladder ?? catalog.Ladder ?? DefaultLadder.Instance);
        Converter = new UnitConverter(catalog.Conversions);
        Standards = KeyedGroups.FirstByKey(catalog.Standards.Where(s => s is not null), s => s.Code);
        Context = new AssessmentContext(options, Converter, new TestMethods(catalog.TestMethods), Standards);
        Indicators = catalog.Indicators.Where(i => i is not null).ToList();
        Known = KeyedGroups.FirstByKey(Indicators, i => i.Id, StringComparer.Ordinal);
        Requirements = catalog.Requirements.Where(r => r is not null).ToList();
        InputReasons = InputReasonsOf(Indicators);
        foreach (var requirement in Requirements)
        {
            if (requirement.Limit is { } limit)
            {
                NumericBounds.Remember(limit);
            }
        }

        Target = Ladder.Rungs[0].Id;
        if (options.TargetRung is { } wanted && Ladder.Rungs.Any(r => r.Id == wanted))
        {
            Target = wanted;
        }
        else if (options.TargetRung is not null)
        {
            Issues.Add(ResultCollector.Warning(IssueCodes.TargetRungUnknown, "targetRung", $"目标等级“{options.TargetRung}”不在等级阶梯中，改用最高一级“{Ladder.Rungs[0].Name.Zh}”",
                $"target rung '{options.TargetRung}' is not on the ladder; the top rung '{Ladder.Rungs[0].Name.En}' is used"));
        }

        if (options.DecisionRule.Kind != DecisionRuleKind.SimpleAcceptance && LimitJudge.GuardBandFactor(options.DecisionRule) is null)
        {
            Issues.Add(new Issue
            {
                Code = IssueCodes.GuardBandFactorInvalid,
                Path = "decisionRule.guardBandFactor",
                Message = new($"保护带系数“{options.DecisionRule.GuardBandFactor}”不是小于 1e20 的非负十进制数；带不确定度的判定无法判定",
                    $"guard band factor '{options.DecisionRule.GuardBandFactor}' is not a non-negative decimal below 1e20; judgements of values with U are indeterminate"),
            });
        }

        Rules = new AppliedRules
        {
            AssessmentDate = options.AssessmentDate,
            DefaultMethod = options.DefaultMethod,
            DecisionRule = options.DecisionRule,
            Rounding = Rounding.RuleName,
            RoundingText = Rounding.RuleText,
            BelowDetectionLimit = LimitJudge.BelowDetectionRule,
            BelowDetectionLimitText = LimitJudge.BelowDetectionText,
            Ladder = Ladder.Id,
            LadderName = Ladder.Name,
            LadderRungs = Ladder.Rungs,
            TargetRung = Target,
        };
    }

    public Catalog Catalog { get; }

    public AssessmentOptions Options { get; }

    public LevelLadder Ladder { get; }

    public UnitConverter Converter { get; }

    public IReadOnlyDictionary<string, Standard> Standards { get; }

    public AssessmentContext Context { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyDictionary<string, Indicator> Known { get; }

    public IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>
    /// For each indicator that a derived indicator of the catalog is computed from (<see cref="Indicator.DerivedFrom"/>),
    /// the reason it reads when no requirement applies to it: <c>用于计算{derived}，本身无限值</c>.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText> InputReasons { get; }

    /// <summary>The target rung of gap analysis.</summary>
    public string Target { get; }

    /// <summary>Issues of the options themselves (an unknown target rung, an invalid guard band factor), in every result.</summary>
    public List<Issue> Issues { get; } = [];

    /// <summary>The rules every result of this plan was assessed by.</summary>
    public AppliedRules Rules { get; }

    /// <summary>The plan for a catalog and options: made on first use, then shared.</summary>
    public static AssessmentPlan For(Catalog catalog, AssessmentOptions options) =>
        Plans.GetValue(catalog, _ => new(OptionsComparer.Instance)).GetOrAdd(options, o => new AssessmentPlan(catalog, o));

    /// <summary>The plan for a kind of product: its class, category and the standards it declares.</summary>
    public ProductPlan For(Product product)
    {
        // Keyed as requirements match them (Applicability.Matches, the class's lookup): ignoring case, not trimmed, so
        // that two spellings share a plan only when every requirement treats them alike.
        var key = new ProductKey(
            product.ProductClass?.ToUpperInvariant(),
            product.Category?.ToUpperInvariant(),
            product.DeclaredStandards is not { Count: > 0 } declared ? "" : string.Join('\n', declared.Where(d => !string.IsNullOrWhiteSpace(d))
                .Select(d => EditionSelector.Family(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
        if (_products.TryGetValue(key, out var plan))
        {
            return plan;
        }

        plan = new ProductPlan(this, product);

        // Classes and categories come from submissions: past a bound, plans are made per submission and not kept.
        return _products.Count < MaxProducts ? _products.GetOrAdd(key, plan) : plan;
    }

    /// <summary>A standard as applied on the assessment date, and the edition in force when it is withdrawn.</summary>
    public AppliedStandard[] Applied(Standard standard) =>
        Standards.TryGetValue(standard.Code, out var known) && ReferenceEquals(known, standard)
            ? _applied.TryGetValue(standard, out var applied) ? applied : _applied.GetOrAdd(standard, ApplyOn)
            : ApplyOn(standard);

    private AppliedStandard[] ApplyOn(Standard s)
    {
        var date = Options.AssessmentDate;
        var editions = StandardEditions.StatusOn(s, date) == EditionStatus.Withdrawn &&
                       StandardEditions.CurrentEdition(s, Standards, date) is { } current
            ? new[] { s, current }
            : [s];
        return editions.Select(e => new AppliedStandard
        {
            Code = e.Code,
            Title = e.Title,
            Tier = e.Tier,
            Force = e.Force,
            Status = StandardEditions.StatusOn(e, date),
            SupersededBy = e.SupersededBy,
        }).ToArray();
    }

    private const int MaxProducts = 1024;

    /// <summary>Per input indicator, the names of the derived indicators computed from it (catalog order) in one reason.</summary>
    private static Dictionary<string, LocalizedText> InputReasonsOf(IReadOnlyList<Indicator> indicators)
    {
        var derivedOf = new Dictionary<string, List<LocalizedText>>(StringComparer.Ordinal);
        foreach (var derived in indicators)
        {
            foreach (var input in (derived.DerivedFrom ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal))
            {
                if (!derivedOf.TryGetValue(input, out var names))
                {
                    derivedOf[input] = names = [];
                }

                // A derived indicator without a name in a language is named by its id there.
                names.Add(new(string.IsNullOrWhiteSpace(derived.Name?.Zh) ? derived.Id : derived.Name.Zh,
                    string.IsNullOrWhiteSpace(derived.Name?.En) ? derived.Id : derived.Name.En));
            }
        }

        return derivedOf.ToDictionary(p => p.Key, p => new LocalizedText(
            $"用于计算{string.Join("、", p.Value.Select(n => n.Zh))}，本身无限值",
            $"input of {string.Join(", ", p.Value.Select(n => n.En))}; no limit of its own"), StringComparer.Ordinal);
    }

    /// <summary>A ladder always ends in a failing rung that always holds, so a product failing every test cannot pass.</summary>
    private static LevelLadder WithFailingBottom(LevelLadder ladder) =>
        ladder.Rungs.Count > 0 && ladder.Rungs[^1] is { Test: RungTest.Always, Failing: true }
            ? ladder
            : ladder with { Rungs = [.. ladder.Rungs, DefaultLadder.Instance.Rungs[^1]] };

    // A class, not a struct: keeps start-up free of JIT work (docs/performance.md, Cold start).
    private sealed record ProductKey(string? ProductClass, string? Category, string Declared);

    /// <summary>
    /// Options compared as records are, hashed on the date and the enum values alone (equal options have equal ones): the
    /// records' own hash goes through comparers of the date and the enums that the JIT would compile at every start
    /// (docs/performance.md, Cold start).
    /// </summary>
    private sealed class OptionsComparer : IEqualityComparer<AssessmentOptions>
    {
        public static OptionsComparer Instance { get; } = new();

        public bool Equals(AssessmentOptions? x, AssessmentOptions? y) => x is null ? y is null : x.Equals(y);

        public int GetHashCode(AssessmentOptions obj) =>
            unchecked((((obj.AssessmentDate.DayNumber * 31) + (int)obj.DefaultMethod) * 31) + (obj.DecisionRule is { } rule ? (int)rule.Kind : 0));
    }
}

/// <summary>The requirements that apply to one kind of product, and what the rung tests look at per indicator.</summary>
internal sealed class ProductPlan
{
    public ProductPlan(AssessmentPlan plan, Product product)
    {
        ProductClass = plan.Catalog.ProductClasses.FirstOrDefault(c => c is not null &&
            string.Equals(c.Id, product.ProductClass, StringComparison.OrdinalIgnoreCase));
        Family = FamilyOf(plan.Catalog, ProductClass);
        var requirements = Assessment.Requirements.Resolve(plan, product, Family);
        Indicators = plan.Indicators.Select(i => new IndicatorPlan(i,
            ProductClass?.Exemptions.FirstOrDefault(e => e is not null && e.IndicatorId == i.Id),
            requirements.Applicable.Where(c => c.Requirement.IndicatorId == i.Id).ToList(),
            requirements.Family.Where(c => c.Requirement.IndicatorId == i.Id).ToList(),
            plan)).ToList();
    }

    public ProductClass? ProductClass { get; }

    /// <summary>The product classes of the product's family (the class alone when it names none).</summary>
    public IReadOnlySet<string> Family { get; }

    /// <summary>Per catalog indicator, in catalog order.</summary>
    public IReadOnlyList<IndicatorPlan> Indicators { get; }

    private static HashSet<string> FamilyOf(Catalog catalog, ProductClass? productClass)
    {
        var family = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (productClass is null)
        {
            return family;
        }

        family.Add(productClass.Id);
        if (!string.IsNullOrWhiteSpace(productClass.Family))
        {
            family.UnionWith(catalog.ProductClasses.Where(c => c is not null &&
                string.Equals(c.Family, productClass.Family, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id));
        }

        return family;
    }
}

/// <summary>
/// One indicator for one kind of product: the catalog requirements that apply (all, and those without a condition), the
/// family's requirements, and the rung candidates that depend on these alone, worked out on first use.
/// </summary>
internal sealed class IndicatorPlan(Indicator indicator, Exemption? exemption, List<Candidate> applicable, List<Candidate> family, AssessmentPlan plan)
{
    // Per rung, with the conditional requirements and without: rungs are catalog data, told apart by reference.
    private readonly ConcurrentDictionary<LevelRung, RungCandidates> _rungsWithConditional = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<LevelRung, RungCandidates> _rungsUnconditional = new(ReferenceEqualityComparer.Instance);

    public Indicator Indicator { get; } = indicator;

    /// <summary>The key of the indicator's results without a component, made once.</summary>
    public ResultKey Key { get; } = new(indicator.Id, null);

    public Exemption? Exemption { get; } = exemption;

    /// <summary>Catalog requirements applying to the product's class.</summary>
    public List<Candidate> Applicable { get; } = applicable;

    /// <summary>Those of them without a condition: what applies when no value was submitted.</summary>
    public List<Candidate> Unconditional { get; } = applicable.Where(c => c.Requirement.Condition is null).ToList();

    /// <summary>Requirements of every class of the product's family, the applicable ones included.</summary>
    public List<Candidate> Family { get; } = family;

    public AssessmentPlan Plan { get; } = plan;

    /// <summary>
    /// The candidates of a rung whose choice depends only on the catalog requirements (the top grades; the requirements
    /// no other is stricter than), computed once for each of the two applicable lists
    /// an indicator's work may use (<see cref="IndicatorWork.WithConditional"/>).
    /// </summary>
    /// <remarks>The work and context are passed on to <paramref name="compute"/> rather than captured, so that finding the
    /// candidates already computed allocates nothing.</remarks>
    public RungCandidates Rung(LevelRung rung, IndicatorWork work, AssessmentContext context,
        Func<LevelRung, IndicatorWork, AssessmentContext, RungCandidates> compute)
    {
        var rungs = work.WithConditional ? _rungsWithConditional : _rungsUnconditional;
        if (rungs.TryGetValue(rung, out var known))
        {
            // What the candidates were chosen by (comparisons of converted limits) is applied by every assessment using them.
            AppliedData.Add(known.Applied);
            return known;
        }

        return ComputeAndKeep(rungs, rung, work, context, compute);
    }

    // Apart from Rung: the lambda's captures are allocated on entry to the method that holds it, and the candidates found
    // kept (nearly all) should not pay for them.
    private static RungCandidates ComputeAndKeep(ConcurrentDictionary<LevelRung, RungCandidates> rungs, LevelRung rung, IndicatorWork work,
        AssessmentContext context, Func<LevelRung, IndicatorWork, AssessmentContext, RungCandidates> compute)
    {
        var candidates = AppliedData.Kept(() => compute(rung, work, context), out var applied);
        candidates.Applied = applied;
        return rungs.GetOrAdd(rung, candidates);
    }

    /// <summary>
    /// The comparisons of the applicable domestic limits with the applicable international ones, made once for each of
    /// the two applicable lists an indicator's work may use (<see cref="IndicatorWork.WithConditional"/>).
    /// </summary>
    public IReadOnlyList<LimitComparison> DomesticAgainstInternational(IndicatorWork work, UnitConverter converter,
        Func<IndicatorWork, UnitConverter, IReadOnlyList<LimitComparison>> build) =>
        work.WithConditional ? _comparisonsWithConditional ??= build(work, converter) : _comparisonsUnconditional ??= build(work, converter);

    /// <summary>
    /// The catalog requirements applicable to the product in the order the limit comparisons list them, made once for each
    /// of the two applicable lists an indicator's work may use.
    /// </summary>
    public List<Candidate> Ordered(IndicatorWork work, Func<IndicatorWork, List<Candidate>> order) =>
        work.WithConditional ? _orderedWithConditional ??= order(work) : _orderedUnconditional ??= order(work);

    private IReadOnlyList<LimitComparison>? _comparisonsWithConditional;
    private IReadOnlyList<LimitComparison>? _comparisonsUnconditional;
    private List<Candidate>? _orderedWithConditional;
    private List<Candidate>? _orderedUnconditional;
}
