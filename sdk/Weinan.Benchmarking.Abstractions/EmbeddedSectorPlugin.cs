using System.Reflection;

namespace Weinan.Benchmarking.Abstractions;

/// <summary>
/// The usual shape of a sector plugin: its data embedded in its assembly, so a plugin is its catalog plus, where the
/// sector needs them, derived indicators and report partials. Derive from it and add nothing else:
/// <list type="bullet">
/// <item>the catalog is the embedded resource <c>catalog.json</c>;</item>
/// <item>the report partials are the embedded resources named <c>partials/NAME.sbn-html</c> or <c>partials/NAME.sbn-md</c>;</item>
/// <item>the descriptor names only the contract version: the host takes the plugin's id, name, version, sectors and
/// standards from the catalog, so they are written once.</item>
/// </list>
/// <c>plugins/Directory.Build.props</c> embeds <c>catalog.json</c> and <c>partials/*</c> under those names.
/// </summary>
public abstract class EmbeddedSectorPlugin : ISectorPlugin
{
    private const string CatalogResource = "catalog.json";
    private const string PartialPrefix = "partials/";

    /// <inheritdoc />
    /// <remarks>Only the contract version; the host completes the rest from the catalog.</remarks>
    public virtual PluginDescriptor Descriptor { get; } = new() { ContractVersion = PluginContract.Version };

    /// <inheritdoc />
    public virtual IReadOnlyList<IDerivedIndicator> DerivedIndicators { get; } = [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ReportPartials => _partials ??= ReadPartials();

    private IReadOnlyDictionary<string, string>? _partials;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The assembly embeds no <c>catalog.json</c>.</exception>
    public string ReadCatalogJson() =>
        Read(GetType().Assembly, CatalogResource) ?? throw new InvalidOperationException($"{GetType().Assembly.GetName().Name} embeds no {CatalogResource}.");

    private IReadOnlyDictionary<string, string> ReadPartials()
    {
        var assembly = GetType().Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(PartialPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(n => n[PartialPrefix.Length..], n => Read(assembly, n) ?? "", StringComparer.Ordinal);
    }

    private static string? Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
