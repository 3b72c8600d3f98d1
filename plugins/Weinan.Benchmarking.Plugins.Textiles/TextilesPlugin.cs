using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.Textiles;

/// <summary>The textiles and apparel sector plugin.</summary>
public sealed class TextilesPlugin : ISectorPlugin
{
    /// <inheritdoc />
    public PluginDescriptor Descriptor { get; } = new()
    {
        Id = "textiles",
        Name = new("纺织服装", "Textiles and apparel"),
        Version = "2.0.0",
        Sectors = ["textiles"],
        Standards =
        [
            "GB 18401-2010", "GB 18401-2003", "GB 31701-2015", "GB/T 29862-2013", "OEKO-TEX STANDARD 100:2004", "OEKO-TEX STANDARD 100:2011",
            "OEKO-TEX STANDARD 100:2012", "OEKO-TEX STANDARD 100:2013", "OEKO-TEX STANDARD 100:2026",
        ],
    };

    /// <inheritdoc />
    public IReadOnlyList<IDerivedIndicator> DerivedIndicators { get; } = [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ReportPartials { get; } = new Dictionary<string, string>();

    /// <inheritdoc />
    public string ReadCatalogJson()
    {
        using var stream = typeof(TextilesPlugin).Assembly.GetManifestResourceStream("catalog.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
