using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.Textiles;

/// <summary>The textiles and apparel sector plugin: its catalog only (GB 18401, GB 31701, GB/T 29862, OEKO-TEX STANDARD 100).</summary>
public sealed class TextilesPlugin : EmbeddedSectorPlugin;
