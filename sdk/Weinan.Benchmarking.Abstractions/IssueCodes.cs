namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// The one registry of issue codes: every code any part of Weinan.Benchmarking reports is a constant here, and
/// <see cref="All"/> gives each one's default severity and bilingual meaning. Codes are stable: a code keeps its meaning,
/// a new check gets a new code. The tables in <c>docs/formats.md</c> §8, <c>docs/cli.md</c> and <c>docs/batch.md</c> §4
/// are checked against this registry.
/// </summary>
/// <remarks>
/// Areas: WB1xxx reading JSON; WB20xx submissions; WB29xx assessment; WB3xxx catalogs; WB40xx plugin loading;
/// WB41xx catalog selection; WB42xx files and the command line (WB4999 internal error); WB5xxx report templates;
/// WB6xxx batch input and output.
/// </remarks>
public static class IssueCodes
{
    // ---- Reading JSON: WB1xxx ----

    /// <summary>Malformed JSON: a syntax error, a wrong type or an unknown enum name (with line and column).</summary>
    public const string JsonMalformed = "WB1001";

    /// <summary>The file is empty or not a JSON object.</summary>
    public const string JsonNotAnObject = "WB1002";

    /// <summary>An unknown field, skipped (warning, with its path, line and column).</summary>
    public const string JsonUnknownField = "WB1003";

    // ---- Submissions: WB20xx ----

    /// <summary>The submission's schema version is missing or unsupported.</summary>
    public const string SubmissionSchemaVersion = "WB2001";

    /// <summary>The submission id is missing.</summary>
    public const string SubmissionId = "WB2002";

    /// <summary>The submission names no sector.</summary>
    public const string SectorMissing = "WB2003";

    /// <summary>The enterprise, or its name, is missing.</summary>
    public const string EnterpriseName = "WB2004";

    /// <summary>The unified social credit code is malformed.</summary>
    public const string CreditCodeFormat = "WB2005";

    /// <summary>The check character of the credit code is wrong.</summary>
    public const string CreditCodeCheck = "WB2006";

    /// <summary>The product name is missing (warning).</summary>
    public const string ProductName = "WB2007";

    /// <summary>The submission's sector is not covered by the catalog.</summary>
    public const string SectorNotInCatalog = "WB2008";

    /// <summary>Neither results nor an enterprise standard: nothing to assess (warning).</summary>
    public const string NothingToAssess = "WB2009";

    /// <summary>A result without an indicator id.</summary>
    public const string ResultIndicatorMissing = "WB2010";

    /// <summary>A second result for the same indicator, component and test method.</summary>
    public const string ResultDuplicate = "WB2011";

    /// <summary>A result for an indicator that is not in the catalog.</summary>
    public const string ResultUnknownIndicator = "WB2012";

    /// <summary>A result without a value.</summary>
    public const string ValueMissing = "WB2013";

    /// <summary>The value of a quantitative indicator is not a written decimal or a below-detection form.</summary>
    public const string ValueNotDecimal = "WB2014";

    /// <summary>The value of an ordinal indicator is not on its scale.</summary>
    public const string ValueNotOnScale = "WB2015";

    /// <summary>A negative value for an indicator that cannot be negative.</summary>
    public const string ValueNegative = "WB2016";

    /// <summary>A result's unit is neither the indicator's unit nor convertible to it.</summary>
    public const string ValueUnit = "WB2017";

    /// <summary>The uncertainty is not a decimal, or negative.</summary>
    public const string Uncertainty = "WB2018";

    /// <summary>The coverage factor is not a decimal, or not greater than 0.</summary>
    public const string CoverageFactor = "WB2019";

    /// <summary>The detection limit is not a decimal, or not greater than 0.</summary>
    public const string DetectionLimit = "WB2020";

    /// <summary>A <c>null</c> item in the results list.</summary>
    public const string ResultNull = "WB2021";

    /// <summary>A result's component is missing, unknown, or given for an indicator without components.</summary>
    public const string ResultComponent = "WB2022";

    /// <summary>A result's unit is unknown.</summary>
    public const string UnitUnknown = "WB2023";

    /// <summary>The value of a categorical indicator is not one of its values.</summary>
    public const string ValueNotAllowed = "WB2024";

    /// <summary>The product class is not among those the catalog defines.</summary>
    public const string ProductClassUnknown = "WB2030";

    /// <summary>The product category is none of those the catalog's requirements apply to (warning).</summary>
    public const string ProductCategoryUnknown = "WB2031";

    /// <summary>The enterprise standard has no code.</summary>
    public const string EnterpriseStandardCode = "WB2040";

    /// <summary>An enterprise limit without an indicator, or with one not in the catalog.</summary>
    public const string EnterpriseLimitIndicator = "WB2041";

    /// <summary>A second enterprise limit for the same indicator.</summary>
    public const string EnterpriseLimitDuplicate = "WB2042";

    /// <summary>An enterprise limit lacks a bound its kind needs.</summary>
    public const string EnterpriseLimitBoundMissing = "WB2043";

    /// <summary>A number of an enterprise limit is not a written decimal.</summary>
    public const string EnterpriseLimitNotDecimal = "WB2044";

    /// <summary>An enterprise range limit has its minimum above its maximum.</summary>
    public const string EnterpriseLimitOrder = "WB2045";

    /// <summary>An enterprise tolerance limit has a tolerance not greater than 0.</summary>
    public const string EnterpriseLimitTolerance = "WB2046";

    /// <summary>An enterprise ordinal limit names a grade not on the indicator's scale.</summary>
    public const string EnterpriseLimitScale = "WB2047";

    /// <summary>An enterprise categorical limit without accepted values, or with one the indicator does not have.</summary>
    public const string EnterpriseLimitAccepted = "WB2048";

    /// <summary>An enterprise limit's kind does not fit the indicator's kind.</summary>
    public const string EnterpriseLimitKindMismatch = "WB2049";

    /// <summary>An enterprise limit's unit is neither the indicator's unit nor convertible to it.</summary>
    public const string EnterpriseLimitUnit = "WB2050";

    /// <summary>A <c>null</c> item in the enterprise limits.</summary>
    public const string EnterpriseLimitNull = "WB2051";

    /// <summary>An enterprise <c>notPermitted</c> limit written with a figure or basis.</summary>
    public const string EnterpriseLimitFigure = "WB2052";

    /// <summary>A declared value without an indicator, with an unknown one, or a <c>null</c> item.</summary>
    public const string DeclaredIndicator = "WB2060";

    /// <summary>A declared value is not a written decimal.</summary>
    public const string DeclaredValueNotDecimal = "WB2061";

    /// <summary>A declared value's component is missing, unknown, or given for an indicator without components.</summary>
    public const string DeclaredComponent = "WB2062";

    /// <summary>A declared value's unit is unknown or not convertible to the indicator's.</summary>
    public const string DeclaredUnit = "WB2063";

    /// <summary>A second declared value for the same indicator and component.</summary>
    public const string DeclaredDuplicate = "WB2064";

    /// <summary>A declared standard the catalog does not have (warning).</summary>
    public const string DeclaredStandardUnknown = "WB2065";

    /// <summary>The period is not in one of the forms <c>2026</c>, <c>2026-H1</c>, <c>2026-Q3</c>, <c>2026-07</c>.</summary>
    public const string PeriodFormat = "WB2070";

    // ---- Assessment: WB29xx, in the result's issues ----

    /// <summary>A result for an indicator not in the catalog, ignored by the assessment (warning).</summary>
    public const string ResultIgnoredUnknownIndicator = "WB2901";

    /// <summary>A second result for the same indicator, component and test method; the first is used (warning).</summary>
    public const string ResultIgnoredDuplicate = "WB2902";

    /// <summary>A plugin's derived indicator could not be computed (warning).</summary>
    public const string DerivedIndicatorFailed = "WB2903";

    /// <summary>A <c>null</c> result, ignored by the assessment (warning).</summary>
    public const string ResultIgnoredNull = "WB2904";

    /// <summary>The target rung is not on the ladder; the top rung is used (warning).</summary>
    public const string TargetRungUnknown = "WB2905";

    /// <summary>The guard-band factor is not a non-negative decimal below 1e20.</summary>
    public const string GuardBandFactorInvalid = "WB2906";

    // ---- Catalogs: WB3xxx ----

    /// <summary>The catalog's schema version is missing or unsupported.</summary>
    public const string CatalogSchemaVersion = "WB3001";

    /// <summary>The catalog id is missing.</summary>
    public const string CatalogId = "WB3002";

    /// <summary>The catalog version is missing (warning).</summary>
    public const string CatalogVersion = "WB3003";

    /// <summary>A <c>null</c> item in a catalog list, or an empty sector name.</summary>
    public const string CatalogItemNull = "WB3004";

    /// <summary>A standard without a code.</summary>
    public const string StandardCodeMissing = "WB3010";

    /// <summary>A duplicate standard code.</summary>
    public const string StandardDuplicate = "WB3011";

    /// <summary>A standard withdrawn before it took effect.</summary>
    public const string StandardDates = "WB3012";

    /// <summary>An indicator without an id.</summary>
    public const string IndicatorIdMissing = "WB3020";

    /// <summary>A duplicate indicator id.</summary>
    public const string IndicatorDuplicate = "WB3021";

    /// <summary>An ordinal indicator without a scale, or with an empty or repeated scale entry.</summary>
    public const string IndicatorScale = "WB3022";

    /// <summary><c>derivedFrom</c> names an unknown indicator.</summary>
    public const string IndicatorDerivedFrom = "WB3023";

    /// <summary>An indicator component without an id, or a duplicate component id.</summary>
    public const string IndicatorComponents = "WB3024";

    /// <summary>A categorical value without an id, or a duplicate value id.</summary>
    public const string IndicatorValues = "WB3025";

    /// <summary>A requirement without an id.</summary>
    public const string RequirementIdMissing = "WB3030";

    /// <summary>A duplicate requirement id.</summary>
    public const string RequirementDuplicate = "WB3031";

    /// <summary>A requirement without an indicator, or with an unknown one.</summary>
    public const string RequirementIndicator = "WB3032";

    /// <summary>A requirement without a standard, or with one not in the catalog's standards.</summary>
    public const string RequirementStandard = "WB3033";

    /// <summary>A requirement's unit is missing, or neither the indicator's unit nor convertible to it.</summary>
    public const string RequirementUnit = "WB3034";

    /// <summary>A rounding interval not greater than 0.</summary>
    public const string RoundingInterval = "WB3035";

    /// <summary>A requirement's provenance source is empty (warning).</summary>
    public const string ProvenanceSource = "WB3036";

    /// <summary>A requirement applies to a product class the catalog does not define.</summary>
    public const string RequirementProductClass = "WB3037";

    /// <summary>A unit the catalog uses is neither built in nor declared (warning).</summary>
    public const string CatalogUnitUnknown = "WB3038";

    /// <summary>An empty test method code in a requirement.</summary>
    public const string RequirementTestMethod = "WB3039";

    /// <summary>A requirement's limit lacks a bound its kind needs.</summary>
    public const string RequirementLimitBoundMissing = "WB3040";

    /// <summary>A written number of a requirement (limit or rounding interval) does not parse.</summary>
    public const string RequirementLimitNotDecimal = "WB3041";

    /// <summary>A requirement's range limit has its minimum above its maximum.</summary>
    public const string RequirementLimitOrder = "WB3042";

    /// <summary>A requirement's tolerance limit has a tolerance not greater than 0.</summary>
    public const string RequirementLimitTolerance = "WB3043";

    /// <summary>A requirement's ordinal limit names a grade not on the indicator's scale.</summary>
    public const string RequirementLimitScale = "WB3044";

    /// <summary>A requirement's categorical limit without accepted values, or with one the indicator does not have.</summary>
    public const string RequirementLimitAccepted = "WB3045";

    /// <summary>A requirement's limit kind does not fit the indicator's kind.</summary>
    public const string RequirementLimitKindMismatch = "WB3046";

    /// <summary>A declared-value limit without a usable deviation.</summary>
    public const string DeviationShape = "WB3047";

    /// <summary>A requirement's <c>notPermitted</c> limit written with a figure or basis.</summary>
    public const string RequirementLimitFigure = "WB3048";

    /// <summary>A conversion unit is missing, or only one of the bases is given.</summary>
    public const string ConversionShape = "WB3050";

    /// <summary>A conversion restricted to an unknown indicator.</summary>
    public const string ConversionIndicator = "WB3051";

    /// <summary>A conversion factor that is not a positive decimal or quotient below 1e20.</summary>
    public const string ConversionFactor = "WB3052";

    /// <summary>A product class without an id.</summary>
    public const string ProductClassIdMissing = "WB3060";

    /// <summary>A duplicate product class id (case ignored).</summary>
    public const string ProductClassDuplicate = "WB3061";

    /// <summary>An exemption names an unknown indicator.</summary>
    public const string ExemptionIndicator = "WB3062";

    /// <summary>A level ladder without rungs.</summary>
    public const string LadderEmpty = "WB3070";

    /// <summary>A rung without an id, or a duplicate rung id.</summary>
    public const string RungId = "WB3071";

    /// <summary>The lowest rung is not an <c>always</c> rung marked <c>failing</c>.</summary>
    public const string LadderBottom = "WB3072";

    /// <summary><c>requires</c> names a rung the ladder does not have.</summary>
    public const string RungRequires = "WB3073";

    /// <summary><c>beatsAll</c> (format 1.0) is read as <c>meetsStrictest</c> (warning).</summary>
    public const string RungBeatsAll = "WB3074";

    /// <summary>A test method without a code, a duplicate code, a bad detection limit or an empty equivalent code.</summary>
    public const string TestMethodShape = "WB3080";

    /// <summary>A declared unit without a symbol, or a duplicate symbol.</summary>
    public const string UnitDefinitionShape = "WB3081";

    /// <summary>
    /// A part of a source — a requirement's <c>provenance.source</c>, a standard's, test method's or conversion's
    /// <c>source</c> — is neither an http(s) URL nor a short document identifier: prose that belongs in the note beside
    /// it (warning).
    /// </summary>
    public const string SourceNotCitation = "WB3090";

    /// <summary>
    /// A figure short of confirmed — a requirement's provenance, a test method or a conversion whose confidence is
    /// secondary, derived or unconfirmed — has no note in both languages saying what its sources leave out (warning).
    /// </summary>
    public const string FigureNoteMissing = "WB3091";

    // ---- Plugin loading: WB40xx ----

    /// <summary>
    /// A plugin search folder does not exist: an error for <c>--plugins</c>, a warning for the folders of the
    /// environment variable.
    /// </summary>
    public const string PluginDirectoryMissing = "WB4001";

    /// <summary>A plugin folder has no <c>&lt;Name&gt;/&lt;Name&gt;.dll</c>.</summary>
    public const string PluginAssemblyMissing = "WB4002";

    /// <summary>The plugin assembly could not be loaded.</summary>
    public const string PluginAssemblyLoadFailed = "WB4003";

    /// <summary>The assembly has no public concrete <c>ISectorPlugin</c>.</summary>
    public const string PluginNoEntryType = "WB4004";

    /// <summary>The assembly has more than one public concrete <c>ISectorPlugin</c>.</summary>
    public const string PluginMultipleEntryTypes = "WB4005";

    /// <summary>The entry type has no public parameterless constructor.</summary>
    public const string PluginNoParameterlessConstructor = "WB4006";

    /// <summary>The plugin's code threw (constructor, descriptor, catalog, derived indicators, report partials).</summary>
    public const string PluginThrew = "WB4007";

    /// <summary>The descriptor is invalid (id, name, version, contract version, sectors).</summary>
    public const string PluginDescriptorInvalid = "WB4008";

    /// <summary>The plugin was built against a newer contract major than this host.</summary>
    public const string PluginContractNewer = "WB4009";

    /// <summary>The plugin's catalog JSON could not be read.</summary>
    public const string PluginCatalogUnreadable = "WB4010";

    /// <summary>The plugin's catalog failed validation.</summary>
    public const string PluginCatalogInvalid = "WB4011";

    /// <summary>A second plugin with an id already loaded was skipped (warning).</summary>
    public const string PluginDuplicate = "WB4012";

    /// <summary>A sector is claimed by more than one plugin; the first one found serves it (warning).</summary>
    public const string SectorClaimedTwice = "WB4013";

    /// <summary>The plugin was built against an older contract major than this host.</summary>
    public const string PluginContractOlder = "WB4014";

    /// <summary>A plugin's source project folder has no build output: build it first.</summary>
    public const string PluginProjectNotBuilt = "WB4015";

    /// <summary>A plugin project's sources are newer than the build output that was checked (warning).</summary>
    public const string PluginBuildOutputStale = "WB4016";

    /// <summary>A plugin's derived indicator is not in its catalog, or is computed from other indicators than the catalog's
    /// <c>derivedFrom</c> names (warning).</summary>
    public const string PluginDerivedMismatch = "WB4017";

    // ---- Catalog selection: WB41xx ----

    /// <summary>No loaded plugin or added catalog covers the sector.</summary>
    public const string UnknownSector = "WB4101";

    /// <summary>An added data-only catalog repeats an id already in the catalog; the catalog's entry is kept.</summary>
    public const string CatalogMergeDuplicate = "WB4102";

    /// <summary>Both catalogs define a level ladder; the target's is kept (warning).</summary>
    public const string CatalogMergeLadderConflict = "WB4103";

    /// <summary>An added catalog covers other sectors and was not used (warning).</summary>
    public const string CatalogNotForSector = "WB4104";

    /// <summary>A file given as a catalog holds none of a catalog's content (it may be a submission).</summary>
    public const string NotACatalog = "WB4105";

    // ---- Files and the command line: WB42xx, WB4999 ----

    /// <summary>An input file or folder does not exist.</summary>
    public const string FileNotFound = "WB4201";

    /// <summary>An input file could not be read.</summary>
    public const string FileUnreadable = "WB4202";

    /// <summary>An output file could not be written.</summary>
    public const string OutputFailed = "WB4203";

    /// <summary>An option has a value that is not allowed, or the command line is invalid.</summary>
    public const string InvalidOption = "WB4204";

    /// <summary>An unexpected internal error.</summary>
    public const string InternalError = "WB4999";

    // ---- Report templates: WB5xxx ----

    /// <summary>A report template does not parse (an error, or a warning of the parser).</summary>
    public const string TemplateSyntax = "WB5001";

    /// <summary>The report templates folder does not exist.</summary>
    public const string TemplatesFolderMissing = "WB5002";

    /// <summary>A plugin's report partial has an invalid name.</summary>
    public const string PartialNameInvalid = "WB5003";

    /// <summary>The main report template is missing.</summary>
    public const string MainTemplateMissing = "WB5004";

    /// <summary>A report template failed while rendering.</summary>
    public const string TemplateRenderFailed = "WB5005";

    /// <summary>A report template file could not be read.</summary>
    public const string TemplateUnreadable = "WB5006";

    // ---- Batch input and output: WB6xxx ----

    /// <summary>A batch input is neither a folder nor a <c>.xlsx</c>, <c>.csv</c>, <c>.jsonl</c> or <c>.json</c> file.</summary>
    public const string BatchInputKind = "WB6001";

    /// <summary>A batch input file cannot be read (missing, not a workbook, not text, no permission).</summary>
    public const string BatchInputUnreadable = "WB6002";

    /// <summary>A tabular file has no header row, or a header is empty or repeated.</summary>
    public const string BatchHeader = "WB6010";

    /// <summary>A column header the intake format does not know; the column is not read (warning).</summary>
    public const string BatchUnknownColumn = "WB6011";

    /// <summary>A cell cannot be read (an enterprise limit, an evidence grade, a flag).</summary>
    public const string BatchCell = "WB6012";

    /// <summary>A row names no sector and no default sector was given.</summary>
    public const string BatchNoSector = "WB6013";

    /// <summary>A row has more cells than the header has columns.</summary>
    public const string BatchExtraCells = "WB6014";

    /// <summary>A CSV file without a byte order mark whose start is not UTF-8 is read as GB 18030 (warning).</summary>
    public const string BatchCsvEncoding = "WB6015";

    /// <summary>Rows above the header that name no column of the intake format were skipped as a title (warning).</summary>
    public const string BatchTitleRows = "WB6016";

    /// <summary>
    /// <c>wbench samples generate</c> has no sample submission of a sector to vary (an error for a sector asked for, a
    /// warning for a sector it would take by default, which it leaves out).
    /// </summary>
    public const string BatchNoSamples = "WB6020";

    /// <summary>A sample submission file cannot be read or holds no result; the generator leaves it out (warning).</summary>
    public const string BatchSampleUnreadable = "WB6021";

    /// <summary>The batch store cannot be created or opened (a folder, no permission, not an SQLite file, missing when reading).</summary>
    public const string StoreCannotOpen = "WB6040";

    /// <summary>The file is an SQLite database but not a wbench store, or a store of a newer schema version; it is left as it is.</summary>
    public const string StoreNotAStore = "WB6041";

    /// <summary>Writing to the store failed part-way (disk full, locked by another writer); what was committed stays.</summary>
    public const string StoreWriteFailed = "WB6042";

    /// <summary>The store holds no result for the credit code asked of <c>wbench history</c>.</summary>
    public const string StoreNoHistory = "WB6043";

    /// <summary>The store holds no result for a period asked of <c>wbench compare</c>, or, with none asked, results of fewer than two periods.</summary>
    public const string StoreNoPeriod = "WB6044";

    /// <summary>A per-row report could not be written (its folder cannot be created, or the file cannot be written).</summary>
    public const string BatchReportFailed = "WB6060";

    /// <summary>The product category asked of <c>wbench leaders</c> is in no submission read.</summary>
    public const string LeaderCategory = "WB6070";

    /// <summary>The category has no product in the reporting period asked for.</summary>
    public const string LeaderPeriod = "WB6071";

    /// <summary>Products declaring one enterprise standard give different limits; the first product read is used (warning).</summary>
    public const string LeaderLimitsDiffer = "WB6072";

    /// <summary>A variety has fewer than three reference indicators to rank on (warning).</summary>
    public const string LeaderFewReferences = "WB6073";

    /// <summary>Rows read, assessed and rejected do not reconcile (a defect, never expected).</summary>
    public const string BatchReconcile = "WB6090";

    /// <summary>Every code in code order: its default severity and its meaning in zh-CN and English.</summary>
    public static IReadOnlyList<IssueDefinition> All { get; } =
    [
        Error(JsonMalformed, "JSON 格式错误：{detail}", "Malformed JSON: {detail}"),
        Error(JsonNotAnObject, "文件为空或不是 JSON 对象。", "The file is empty or not a JSON object."),
        Warning(JsonUnknownField, "未知字段“{field}”，已跳过。", "Unknown field '{field}', skipped."),

        Error(SubmissionSchemaVersion, "缺少或不支持的提交数据格式版本 {schemaVersion}。", "Missing or unsupported submission schema version {schemaVersion}."),
        Error(SubmissionId, "缺少提交编号 id。", "The submission id is missing."),
        Error(SectorMissing, "缺少行业 sector。", "The sector is missing."),
        Error(EnterpriseName, "缺少企业或企业名称。", "The enterprise or its name is missing."),
        Error(CreditCodeFormat, "统一社会信用代码“{creditCode}”格式错误。", "The credit code '{creditCode}' is malformed."),
        Error(CreditCodeCheck, "统一社会信用代码的校验码错误，应为 {expected}。", "The check character of the credit code is wrong; expected {expected}."),
        Warning(ProductName, "缺少产品名称。", "The product name is missing."),
        Error(SectorNotInCatalog, "目录不覆盖行业“{sector}”。", "The catalog does not cover sector '{sector}'."),
        Warning(NothingToAssess, "没有测量结果，也没有企业标准：没有可评价的内容。", "No results and no enterprise standard: there is nothing to assess."),
        Error(ResultIndicatorMissing, "测量结果缺少指标 indicatorId。", "A result has no indicator id."),
        Error(ResultDuplicate, "指标“{indicatorId}”以同一组分和检测方法重复提交。", "A second result for indicator '{indicatorId}' with the same component and test method."),
        Error(ResultUnknownIndicator, "指标“{indicatorId}”不在目录中。", "Indicator '{indicatorId}' is not in the catalog."),
        Error(ValueMissing, "指标“{indicatorId}”缺少测量值。", "The value of indicator '{indicatorId}' is missing."),
        Error(ValueNotDecimal, "测量值“{value}”不是书写的十进制数。", "The value '{value}' is not a written decimal."),
        Error(ValueNotOnScale, "等级“{value}”不在指标“{indicatorId}”的等级表中。", "Grade '{value}' is not on the scale of indicator '{indicatorId}'."),
        Error(ValueNegative, "指标“{indicatorId}”的值不能为负数：{value}。", "Indicator '{indicatorId}' cannot be negative: {value}."),
        Error(ValueUnit, "单位 {unit} 既不是指标“{indicatorId}”的单位，也不能换算为它。", "Unit {unit} is neither the unit of indicator '{indicatorId}' nor convertible to it."),
        Error(Uncertainty, "不确定度“{value}”不是十进制数或为负数。", "The uncertainty '{value}' is not a decimal, or negative."),
        Error(CoverageFactor, "包含因子“{value}”不是十进制数或不大于 0。", "The coverage factor '{value}' is not a decimal, or not greater than 0."),
        Error(DetectionLimit, "检出限“{value}”不是十进制数或不大于 0。", "The detection limit '{value}' is not a decimal, or not greater than 0."),
        Error(ResultNull, "测量结果列表中有空（null）条目。", "A null item in the results."),
        Error(ResultComponent, "指标“{indicatorId}”的组分“{component}”缺失、未知或不适用。", "The component '{component}' of indicator '{indicatorId}' is missing, unknown or not applicable."),
        Error(UnitUnknown, "未知单位 {unit}。", "Unknown unit {unit}."),
        Error(ValueNotAllowed, "值“{value}”不是指标“{indicatorId}”的取值之一。", "The value '{value}' is not one of the values of indicator '{indicatorId}'."),
        Error(ProductClassUnknown, "产品类别“{productClass}”不在目录定义的类别中。", "Product class '{productClass}' is not among those the catalog defines."),
        Warning(ProductCategoryUnknown, "产品分类“{category}”不是目录中任何要求适用的分类；限定分类的要求不适用。", "Product category '{category}' is none of those the catalog's requirements apply to; requirements limited to categories do not apply."),
        Error(EnterpriseStandardCode, "缺少企业标准编号。", "The enterprise standard code is missing."),
        Error(EnterpriseLimitIndicator, "企业标准限值缺少指标，或指标“{indicatorId}”不在目录中。", "An enterprise limit has no indicator, or indicator '{indicatorId}' is not in the catalog."),
        Error(EnterpriseLimitDuplicate, "指标“{indicatorId}”有第二条企业标准限值。", "A second enterprise limit for indicator '{indicatorId}'."),
        Error(EnterpriseLimitBoundMissing, "企业标准限值缺少其类型所需的 {field}。", "The enterprise limit lacks the {field} its kind needs."),
        Error(EnterpriseLimitNotDecimal, "企业标准限值的数值“{value}”不是书写的十进制数。", "The number '{value}' of the enterprise limit is not a written decimal."),
        Error(EnterpriseLimitOrder, "企业标准限值的范围下限 {min} 大于上限 {max}。", "The enterprise limit's range minimum {min} is above its maximum {max}."),
        Error(EnterpriseLimitTolerance, "企业标准限值的允差 {tolerance} 必须大于 0。", "The enterprise limit's tolerance {tolerance} must be greater than 0."),
        Error(EnterpriseLimitScale, "企业标准限值的等级“{grade}”不在指标的等级表中。", "The enterprise limit's grade '{grade}' is not on the indicator's scale."),
        Error(EnterpriseLimitAccepted, "企业标准的分类限值没有可接受的值，或有指标没有的值。", "The enterprise categorical limit has no accepted values, or one the indicator does not have."),
        Error(EnterpriseLimitKindMismatch, "企业标准限值的类型 {kind} 与指标的类型不符。", "The enterprise limit kind {kind} does not fit the indicator's kind."),
        Error(EnterpriseLimitUnit, "企业标准限值的单位 {unit} 既不是指标的单位，也不能换算为它。", "The enterprise limit's unit {unit} is neither the indicator's unit nor convertible to it."),
        Error(EnterpriseLimitNull, "企业标准限值列表中有空（null）条目。", "A null item in the enterprise limits."),
        Error(EnterpriseLimitFigure, "不得使用类型的企业标准限值不带数值或计算基准：请去掉 {field}。", "A notPermitted enterprise limit takes no figure or basis: remove {field}."),
        Error(DeclaredIndicator, "标示值缺少指标、指标“{indicatorId}”未知，或为空（null）条目。", "A declared value has no indicator, unknown indicator '{indicatorId}', or is a null item."),
        Error(DeclaredValueNotDecimal, "标示值“{value}”不是书写的十进制数。", "The declared value '{value}' is not a written decimal."),
        Error(DeclaredComponent, "标示值的组分“{component}”缺失、未知或不适用。", "The component '{component}' of the declared value is missing, unknown or not applicable."),
        Error(DeclaredUnit, "标示值的单位 {unit} 未知，或不能换算为指标的单位。", "The declared value's unit {unit} is unknown or not convertible to the indicator's."),
        Error(DeclaredDuplicate, "指标“{indicatorId}”及其组分有第二个标示值。", "A second declared value for indicator '{indicatorId}' and its component."),
        Warning(DeclaredStandardUnknown, "声明的标准“{standardCode}”不在目录中，无法据以评价。", "The declared standard '{standardCode}' is not in the catalog and cannot be judged against."),
        Error(PeriodFormat, "期间“{period}”应为 2026、2026-H1、2026-Q3 或 2026-07 形式之一。", "The period '{period}' is not one of the forms 2026, 2026-H1, 2026-Q3, 2026-07."),

        Warning(ResultIgnoredUnknownIndicator, "指标“{indicatorId}”不在目录中，已忽略。", "Indicator '{indicatorId}' is not in the catalog and was ignored."),
        Warning(ResultIgnoredDuplicate, "指标“{indicator}”以同一方法重复提交，只采用第一条。", "Indicator '{indicator}' was submitted twice by the same method; the first is used."),
        Warning(DerivedIndicatorFailed, "派生指标“{indicatorId}”计算失败：{detail}", "Derived indicator '{indicatorId}' could not be computed: {detail}"),
        Warning(ResultIgnoredNull, "空（null）的结果条目已忽略。", "A null result was ignored."),
        Warning(TargetRungUnknown, "目标等级“{rung}”不在等级阶梯中，改用最高一级。", "Target rung '{rung}' is not on the ladder; the top rung is used."),
        Error(GuardBandFactorInvalid, "保护带因子“{factor}”不是小于 1e20 的非负十进制数；需要它的判定均为不确定。", "The guard-band factor '{factor}' is not a non-negative decimal below 1e20; every judgement that needs it is indeterminate."),

        Error(CatalogSchemaVersion, "缺少或不支持的目录格式版本 {schemaVersion}。", "Missing or unsupported catalog schema version {schemaVersion}."),
        Error(CatalogId, "缺少目录编号 id。", "The catalog id is missing."),
        Warning(CatalogVersion, "缺少目录版本 version。", "The catalog version is missing."),
        Error(CatalogItemNull, "目录列表中有空（null）条目或空的行业名称。", "A null item in a catalog list, or an empty sector name."),
        Error(StandardCodeMissing, "标准缺少编号。", "A standard has no code."),
        Error(StandardDuplicate, "标准编号“{standardCode}”重复。", "Duplicate standard code '{standardCode}'."),
        Error(StandardDates, "标准“{standardCode}”的废止日期早于实施日期。", "Standard '{standardCode}' is withdrawn before its effective date."),
        Error(IndicatorIdMissing, "指标缺少编号 id。", "An indicator has no id."),
        Error(IndicatorDuplicate, "指标编号“{indicatorId}”重复。", "Duplicate indicator id '{indicatorId}'."),
        Error(IndicatorScale, "等级指标“{indicatorId}”缺少等级表，或等级表有空项或重复项。", "Ordinal indicator '{indicatorId}' has no scale, or an empty or repeated scale entry."),
        Error(IndicatorDerivedFrom, "derivedFrom 中的指标“{indicatorId}”未知。", "derivedFrom names unknown indicator '{indicatorId}'."),
        Error(IndicatorComponents, "指标组分缺少编号，或组分编号“{component}”重复。", "An indicator component has no id, or component id '{component}' is repeated."),
        Error(IndicatorValues, "分类取值缺少编号，或取值编号“{value}”重复。", "A categorical value has no id, or value id '{value}' is repeated."),
        Error(RequirementIdMissing, "要求缺少编号 id。", "A requirement has no id."),
        Error(RequirementDuplicate, "要求编号“{requirementId}”重复。", "Duplicate requirement id '{requirementId}'."),
        Error(RequirementIndicator, "要求缺少指标，或指标“{indicatorId}”未知。", "A requirement has no indicator, or unknown indicator '{indicatorId}'."),
        Error(RequirementStandard, "要求缺少标准，或标准“{standardCode}”不在 standards 中。", "A requirement has no standard, or standard '{standardCode}' is not in standards."),
        Error(RequirementUnit, "要求的单位 {unit} 缺失，或既不是指标的单位也不能换算为它。", "The requirement's unit {unit} is missing, or neither the indicator's unit nor convertible to it."),
        Error(RoundingInterval, "修约间隔 {interval} 必须大于 0。", "The rounding interval {interval} must be greater than 0."),
        Warning(ProvenanceSource, "要求“{requirementId}”未说明出处。", "Requirement '{requirementId}' does not state its provenance source."),
        Error(RequirementProductClass, "要求适用的产品类别“{productClass}”不在目录中。", "The requirement applies to product class '{productClass}', which the catalog does not define."),
        Warning(CatalogUnitUnknown, "未知单位 {unit}：既非内置也未在 units 中声明，只等于其自身，不作换算。", "Unknown unit {unit}: neither built in nor declared in units; it equals only itself and is never converted."),
        Error(RequirementTestMethod, "要求的检测方法编号为空。", "An empty test method code in a requirement."),
        Error(RequirementLimitBoundMissing, "限值缺少其类型所需的 {field}。", "The limit lacks the {field} its kind needs."),
        Error(RequirementLimitNotDecimal, "数值“{value}”不是书写的十进制数。", "The number '{value}' is not a written decimal."),
        Error(RequirementLimitOrder, "范围下限 {min} 大于上限 {max}。", "The range minimum {min} is above its maximum {max}."),
        Error(RequirementLimitTolerance, "允差 {tolerance} 必须大于 0。", "The tolerance {tolerance} must be greater than 0."),
        Error(RequirementLimitScale, "等级“{grade}”不在指标的等级表中。", "Grade '{grade}' is not on the indicator's scale."),
        Error(RequirementLimitAccepted, "分类限值没有可接受的值，或有指标没有的值。", "The categorical limit has no accepted values, or one the indicator does not have."),
        Error(RequirementLimitKindMismatch, "限值类型 {kind} 与指标的类型不符。", "The limit kind {kind} does not fit the indicator's kind."),
        Error(DeviationShape, "标示值限值的允许偏差缺失或无效：{detail}", "The declared-value limit's deviation is missing or invalid: {detail}"),
        Error(RequirementLimitFigure, "不得使用类型的限值不带数值或计算基准：请去掉 {field}。", "A notPermitted limit takes no figure or basis: remove {field}."),
        Error(ConversionShape, "换算缺少单位，或只给出了 fromBasis 与 toBasis 之一。", "A conversion unit is missing, or only one of fromBasis and toBasis is given."),
        Error(ConversionIndicator, "换算限定的指标“{indicatorId}”未知。", "The conversion is restricted to unknown indicator '{indicatorId}'."),
        Error(ConversionFactor, "换算系数“{factor}”不是小于 1e20 的正十进制数或商 a/b。", "The conversion factor '{factor}' is not a positive decimal or quotient a/b below 1e20."),
        Error(ProductClassIdMissing, "产品类别缺少编号 id。", "A product class has no id."),
        Error(ProductClassDuplicate, "产品类别编号“{productClass}”重复（不区分大小写）。", "Duplicate product class id '{productClass}' (case ignored)."),
        Error(ExemptionIndicator, "豁免中的指标“{indicatorId}”未知。", "The exemption names unknown indicator '{indicatorId}'."),
        Error(LadderEmpty, "等级阶梯没有等级。", "The level ladder has no rungs."),
        Error(RungId, "等级缺少编号，或等级编号“{rung}”重复。", "A rung has no id, or rung id '{rung}' is repeated."),
        Error(LadderBottom, "最低一级必须是标记为 failing 的 always 等级。", "The lowest rung must be an always rung marked failing."),
        Error(RungRequires, "requires 中的等级“{rung}”不在阶梯中。", "requires names rung '{rung}', which the ladder does not have."),
        Warning(RungBeatsAll, "beatsAll（格式 1.0）按 meetsStrictest 读取。", "beatsAll (format 1.0) is read as meetsStrictest."),
        Error(TestMethodShape, "检测方法缺少编号、编号重复、检出限无效或等效方法编号为空：{detail}", "A test method has no code, a repeated code, an invalid detection limit or an empty equivalent code: {detail}"),
        Error(UnitDefinitionShape, "单位缺少符号，或符号“{unit}”重复。", "A unit has no symbol, or symbol '{unit}' is repeated."),
        Warning(SourceNotCitation, "{file}：{path} 中的“{part}”既不是网址，也不是简短的文献标识（{detail}）；请把说明移到 {note}（中英文）。",
            "{file}: '{part}' in {path} is neither a URL nor a short document identifier ({detail}); move the explanation to {note} (zh and en)."),
        Warning(FigureNoteMissing, "{file}：置信度为“{confidence}”的数据没有完整的中英文说明（{path}）；请写明来源缺少什么或数值如何推导。",
            "{file}: a figure whose confidence is '{confidence}' has no note in both zh and en ({path}); say what the sources leave out or how it was derived."),

        Error(PluginDirectoryMissing, "插件目录不存在：{directory}（来自 {origin}）。", "Plugin directory not found: {directory} (from {origin}).") with { SeverityVaries = true },
        Error(PluginAssemblyMissing, "插件文件夹“{name}”中没有 {name}.dll。", "Plugin folder '{name}' has no {name}.dll."),
        Error(PluginAssemblyLoadFailed, "插件“{plugin}”的程序集无法加载：{detail}", "The assembly of plugin '{plugin}' could not be loaded: {detail}"),
        Error(PluginNoEntryType, "插件“{plugin}”中没有实现 ISectorPlugin 的公共非抽象类。", "Plugin '{plugin}' has no public non-abstract class implementing ISectorPlugin."),
        Error(PluginMultipleEntryTypes, "插件“{plugin}”中有多个 ISectorPlugin 实现：{types}。", "Plugin '{plugin}' has more than one ISectorPlugin implementation: {types}."),
        Error(PluginNoParameterlessConstructor, "插件“{plugin}”的入口类型 {type} 没有公共无参构造函数。", "The entry type {type} of plugin '{plugin}' has no public parameterless constructor."),
        Error(PluginThrew, "插件“{plugin}”在 {member} 中抛出异常：{detail}", "Plugin '{plugin}' threw in {member}: {detail}"),
        Error(PluginDescriptorInvalid, "插件“{plugin}”的描述符无效：{detail}", "The descriptor of plugin '{plugin}' is invalid: {detail}"),
        Error(PluginContractNewer, "插件“{plugin}”基于更新的契约版本 {version} 构建；请升级 wbench。", "Plugin '{plugin}' was built against a newer contract {version}; update wbench."),
        Error(PluginCatalogUnreadable, "插件“{plugin}”的目录 JSON 无法读取，插件已跳过。", "The catalog JSON of plugin '{plugin}' could not be read; the plugin was skipped."),
        Error(PluginCatalogInvalid, "插件“{plugin}”的目录有 {errors} 个错误，插件已跳过。", "The catalog of plugin '{plugin}' has {errors} error(s); the plugin was skipped."),
        Warning(PluginDuplicate, "插件“{plugin}”已从 {first} 加载，此处的同名插件被跳过。", "Plugin '{plugin}' is already loaded from {first}; this copy was skipped."),
        Warning(SectorClaimedTwice, "行业“{sector}”已由插件“{owner}”提供；此插件对该行业的目录不会被使用。", "Sector '{sector}' is already served by plugin '{owner}'; this plugin's catalog is not used for it."),
        Error(PluginContractOlder, "插件“{plugin}”基于旧的契约版本 {version} 构建；请重新构建插件。", "Plugin '{plugin}' was built against an older contract {version}; rebuild the plugin."),
        Error(PluginProjectNotBuilt, "{folder} 是插件的源代码项目，尚未构建。请先构建：dotnet build {folder}", "{folder} is a plugin's source project and has not been built. Build it first: dotnet build {folder}"),
        Warning(PluginBuildOutputStale, "{source} 比构建输出新，检查的是上次构建的插件。请重新构建：dotnet build {folder}", "{source} is newer than the build output, so the plugin as last built was checked. Rebuild it: dotnet build {folder}"),
        Warning(PluginDerivedMismatch, "插件“{plugin}”的派生指标“{indicator}”由 {inputs} 计算，但目录的 derivedFrom 为 {derivedFrom}（或目录中没有该指标）。", "Derived indicator '{indicator}' of plugin '{plugin}' is computed from {inputs}, but the catalog's derivedFrom names {derivedFrom} (or the catalog lacks the indicator)."),

        Error(UnknownSector, "未知行业“{sector}”；已加载的行业：{sectors}。", "Unknown sector '{sector}'; sectors loaded: {sectors}."),
        Error(CatalogMergeDuplicate, "附加目录中的 {id} 已在目录中，保留目录中的条目。", "The added catalog repeats {id}, already in the catalog; the catalog's entry is kept."),
        Warning(CatalogMergeLadderConflict, "两个目录都定义了等级阶梯；保留“{catalog}”的阶梯。", "Both catalogs define a level ladder; the ladder of '{catalog}' is kept."),
        Warning(CatalogNotForSector, "附加目录 {file} 覆盖其他行业，未被使用。", "The added catalog {file} covers other sectors and was not used."),
        Error(NotACatalog, "{file} 不含目录内容（标准、指标、要求、产品类别、换算或等级阶梯），可能是提交数据。", "{file} holds no catalog content (standards, indicators, requirements, product classes, conversions or ladder); it may be a submission."),

        Error(FileNotFound, "文件或文件夹不存在：{file}", "File or folder not found: {file}"),
        Error(FileUnreadable, "无法读取文件 {file}：{detail}", "Cannot read {file}: {detail}"),
        Error(OutputFailed, "无法写入 {file}：{detail}", "Cannot write {file}: {detail}"),
        Error(InvalidOption, "选项或命令行无效：{detail}", "Invalid option or command line: {detail}"),
        Error(InternalError, "内部错误：{detail}", "Internal error: {detail}"),

        Error(TemplateSyntax, "报告模板错误：{detail}", "Report template error: {detail}") with { SeverityVaries = true },
        Error(TemplatesFolderMissing, "报告模板文件夹不存在：{directory}", "Report templates folder not found: {directory}"),
        Error(PartialNameInvalid, "插件报告片段名称“{name}”无效。", "Plugin report partial name '{name}' is invalid."),
        Error(MainTemplateMissing, "缺少主报告模板 {template}。", "The main report template {template} is missing."),
        Error(TemplateRenderFailed, "报告模板渲染失败：{detail}", "The report template failed while rendering: {detail}"),
        Error(TemplateUnreadable, "无法读取报告模板：{detail}", "Cannot read the report template: {detail}"),

        Error(BatchInputKind, "不支持的输入：{path}（可用 .xlsx、.csv、.jsonl、.json 文件或文件夹）。", "Unsupported input: {path} (use .xlsx, .csv, .jsonl or .json files, or a folder)."),
        Error(BatchInputUnreadable, "无法读取输入文件 {file}。", "Cannot read the input file {file}."),
        Error(BatchHeader, "表格没有表头行，或表头为空或重复：{detail}", "The table has no header row, or a header is empty or repeated: {detail}"),
        Warning(BatchUnknownColumn, "未知的列“{column}”，未读取。", "Unknown column '{column}', not read."),
        Error(BatchCell, "第 {row} 行 {column} 列的单元格无法读取：{detail}", "The cell in row {row}, column {column} cannot be read: {detail}"),
        Error(BatchNoSector, "第 {row} 行没有行业，也未给出默认行业。", "Row {row} names no sector and no default sector was given."),
        Error(BatchExtraCells, "第 {row} 行在表头之外还有数据（{column} 列）。", "Row {row} has data beyond the header ({column} column)."),
        Warning(BatchCsvEncoding, "{file} 不是 UTF-8 文本，已按 GB 18030（含 GBK）读取。", "{file} is not UTF-8 text and was read as GB 18030 (which includes GBK)."),
        Warning(BatchTitleRows, "第 1～{rows} 行没有可识别的列，作为标题跳过；表头在第 {row} 行。", "Rows 1–{rows} name no known column and were skipped as a title; the header is row {row}."),
        Error(BatchNoSamples, "{folder} 中没有行业“{sector}”的样例提交，无法为该行业生成数据。", "{folder} holds no sample submission of sector {sector}; none is generated for it.") with { SeverityVaries = true },
        Warning(BatchSampleUnreadable, "{file} 不是可用的样例提交，已跳过。", "{file} is not a usable sample submission; it is left out."),
        Error(StoreCannotOpen, "无法打开评价结果库 {path}：{detail}。", "Cannot open the store {path}: {detail}."),
        Error(StoreNotAStore, "{path} 不是可用的评价结果库：{detail}。", "{path} is not a store this wbench can use: {detail}."),
        Error(StoreWriteFailed, "写入评价结果库失败：{detail}；此前已提交的结果保留，重新运行可补齐其余结果。", "Writing to the store failed: {detail}; the results committed before are kept, and a re-run stores the rest."),
        Error(StoreNoHistory, "评价结果库中没有统一社会信用代码 {creditCode} 的评价结果。", "The store holds no result for the credit code {creditCode}."),
        Error(StoreNoPeriod, "评价结果库中没有报告期 {period} 的评价结果；库中的报告期：{periods}。", "The store holds no result for the period {period}; periods held: {periods}."),
        Error(BatchReportFailed, "无法写入报告 {file}。", "Cannot write the report {file}."),
        Error(LeaderCategory, "品类“{category}”不在输入中；输入中的品类：{categories}。", "Category '{category}' is not in the input; the categories present: {categories}."),
        Error(LeaderPeriod, "品类“{category}”在报告期 {period} 中没有产品；该品类的报告期：{periods}。", "Category '{category}' has no product in period {period}; its periods: {periods}."),
        Warning(LeaderLimitsDiffer, "声明标准 {standardCode} 的产品给出的限值不同，按首先读到的产品的限值排名。", "The products declaring {standardCode} give different limits; it is ranked on those of the first product read."),
        Warning(LeaderFewReferences, "品种“{variety}”只有 {count} 个参照指标；原则上至少有 3 个核心指标。", "Variety '{variety}' has only {count} reference indicators; a scheme has in principle at least 3 core indicators."),
        Error(BatchReconcile, "读取、评价与拒收的行数不一致。", "Rows read, assessed and rejected do not reconcile."),
    ];

    private static readonly Dictionary<string, IssueDefinition> ByCode = All.ToDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>The definition of a code, or null when the registry does not have it.</summary>
    public static IssueDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    private static IssueDefinition Error(string code, string zh, string en) => new(code, Severity.Error, new(zh, en));

    private static IssueDefinition Warning(string code, string zh, string en) => new(code, Severity.Warning, new(zh, en));
}
