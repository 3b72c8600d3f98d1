namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// The entry type of a sector plugin assembly. A plugin assembly has exactly one public, non-abstract implementation
/// with a public parameterless constructor. Most plugins derive from <see cref="EmbeddedSectorPlugin"/>.
/// </summary>
public interface ISectorPlugin
{
    /// <summary>
    /// Who the plugin is and which contract it was built against. Id, name, version, sectors and standards may be left
    /// empty: the host takes them from the catalog.
    /// </summary>
    PluginDescriptor Descriptor { get; }

    /// <summary>The catalog JSON (format in <c>docs/formats.md</c>), usually an embedded resource.</summary>
    string ReadCatalogJson();

    /// <summary>Derived indicators computed from raw results (ratios, basis conversions, intensities).</summary>
    IReadOnlyList<IDerivedIndicator> DerivedIndicators { get; }

    /// <summary>Report partials by name (Scriban text), e.g. <c>sector-notes</c>.</summary>
    IReadOnlyDictionary<string, string> ReportPartials { get; }
}

/// <summary>Describes a plugin.</summary>
public sealed record PluginDescriptor
{
    /// <summary>Plugin id, e.g. <c>textiles</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name in Chinese and English.</summary>
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    /// <summary>Plugin version.</summary>
    public string Version { get; init; } = "";

    /// <summary>Contract version the plugin was built against, <c>major.minor</c>.</summary>
    public string ContractVersion { get; init; } = PluginContract.Version;

    /// <summary>Sectors covered.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Standards covered (codes).</summary>
    public IReadOnlyList<string> Standards { get; init; } = [];
}

/// <summary>The plugin contract version. A host refuses plugins built against a newer major.</summary>
public static class PluginContract
{
    /// <summary>Current contract version, <c>major.minor</c>.</summary>
    public const string Version = "1.0";

    /// <summary>Current contract major version.</summary>
    public const int Major = 1;
}

/// <summary>An indicator computed from other results, e.g. Rm°/ReL°.</summary>
public interface IDerivedIndicator
{
    /// <summary>The indicator computed.</summary>
    string IndicatorId { get; }

    /// <summary>The indicators it needs.</summary>
    IReadOnlyList<string> Inputs { get; }

    /// <summary>
    /// Computes the value from the inputs (keyed by indicator id, values as written). Returns null with no exception
    /// when it cannot compute (missing or non-numeric input).
    /// </summary>
    MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> inputs);
}
