using System.Text.Json;
using Microsoft.Data.Sqlite;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Json;

namespace Weinan.Benchmarking.Store;

/// <summary>A catalog as stored with the results assessed against it: the merged catalog, its references and the ladder applied.</summary>
internal sealed class StoredCatalog
{
    private readonly Dictionary<string, Indicator> _indicators;

    private StoredCatalog(string sector, Catalog catalog, LevelLadder ladder, IReadOnlyList<CatalogReference> references)
    {
        Sector = sector;
        Catalog = catalog;
        Ladder = ladder;
        References = references;
        _indicators = catalog.Indicators.Where(i => i is not null).GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public string Sector { get; }

    public Catalog Catalog { get; }

    public LevelLadder Ladder { get; }

    public IReadOnlyList<CatalogReference> References { get; }

    /// <summary>The versions of the catalogs used, e.g. <c>1.2.0</c> or <c>1.2.0 + 2025.1</c>.</summary>
    public string Versions => string.Join(" + ", References.Select(r => r.Version));

    public Indicator? Indicator(string id) => _indicators.GetValueOrDefault(id);

    /// <summary>The name of an indicator, with its component's: 纤维含量（棉） / Fibre content (cotton); the id when the catalog has none.</summary>
    public LocalizedText IndicatorName(string id, string? component)
    {
        var indicator = Indicator(id);
        var name = indicator?.Name ?? new LocalizedText(id, id);
        if (component is null)
        {
            return name;
        }

        var part = indicator?.Components.FirstOrDefault(c => c.Id == component)?.Name ?? new LocalizedText(component, component);
        return new($"{name.Zh}（{part.Zh}）", $"{name.En} ({part.En})");
    }

    /// <summary>The position of a rung on the ladder, 0 = the highest; a rung the ladder does not have (none reached) sits below all.</summary>
    public int Rank(string rung)
    {
        for (var n = 0; n < Ladder.Rungs.Count; n++)
        {
            if (Ladder.Rungs[n].Id == rung)
            {
                return n;
            }
        }

        return Ladder.Rungs.Count;
    }

    /// <summary>
    /// The rung's name; an empty rung is "not determined" for a level, and "—" for an indicator, as the report shows an
    /// indicator that stands on no rung (no rung applies to it, or none it could reach): not a level below the lowest,
    /// which the overall level beside it would contradict.
    /// </summary>
    public LocalizedText RungName(string rung, bool indicator = false) =>
        Ladder.Rungs.FirstOrDefault(r => r.Id == rung)?.Name ?? (indicator ? new("—", "—") : Vocabulary.NotDetermined);

    /// <summary>Whether the rung is a failing one.</summary>
    public bool Failing(string rung) => Ladder.Rungs.FirstOrDefault(r => r.Id == rung)?.Failing ?? false;

    /// <summary>Whether two results' rungs can be set against each other: the same ladder, rung for rung.</summary>
    public bool SameLadder(StoredCatalog other) =>
        Ladder.Id == other.Ladder.Id && Ladder.Rungs.Select(r => r.Id).SequenceEqual(other.Ladder.Rungs.Select(r => r.Id), StringComparer.Ordinal);

    /// <summary>The catalogs of a store, read once each.</summary>
    internal sealed class Cache(SqliteConnection db)
    {
        private readonly StoredRows<StoredCatalog> _rows = new(db, "SELECT sector, refs, catalog, ladder FROM catalogs WHERE id = $id", "catalog", Read);

        public StoredCatalog this[long id] => _rows[id];

        private static StoredCatalog Read(long id, SqliteDataReader reader)
        {
            var catalog = Column<Catalog>(reader, 2);
            var ladder = Column<LevelLadder>(reader, 3);
            var refs = Column<List<CatalogReference>>(reader, 1);
            var sector = reader.IsDBNull(0) ? null : reader.GetValue(0) as string;
            return string.IsNullOrEmpty(sector) || catalog.Indicators.Count == 0 || ladder.Rungs.Count == 0 || refs.Count == 0
                ? throw new InvalidDataException($"Stored catalog {id} is incomplete.")
                : new StoredCatalog(sector, catalog, ladder, refs);
        }

        /// <summary>One JSON column of a stored catalog; a column that is not text, or not JSON of the type, is <see cref="InvalidDataException"/>.</summary>
        private static T Column<T>(SqliteDataReader reader, int ordinal)
            where T : class
        {
            var text = reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) as string;
            var read = text is null ? null : BenchmarkJson.Deserialize<T>(text);
            return read is { Success: true, Value: { } value } ? value : throw new InvalidDataException($"A stored catalog's column {ordinal} is damaged.");
        }
    }
}

/// <summary>One indicator of a stored result line.</summary>
internal sealed record LineIndicator(string Id, string? Component, string Value, string Unit, string? ValueInUnit, string Rung)
{
    /// <summary>The indicators of a compact result line (<c>docs/batch.md</c> §3) as the store keeps it (<see cref="StoredBlob"/>).</summary>
    /// <remarks>
    /// Read as a stream of tokens, the rest of the line skipped: <c>compare</c> reads two lines for every product of a
    /// city, and a document built of each line cost most of its time. Read as a document would read it: a field that is
    /// not text is null, and of a field given twice the last counts.
    /// </remarks>
    /// <param name="line">The stored line.</param>
    /// <param name="dictionaries">The store's dictionaries, for a line packed against one.</param>
    /// <exception cref="InvalidDataException">The stored line is damaged: it does not unpack, or is not a result line.</exception>
    public static List<LineIndicator> Read(byte[] line, StoreDictionary.Cache? dictionaries)
    {
        try
        {
            return Indicators(StoredBlob.Unpack(line, dictionaries));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException("A stored result line is not a result line.", e);
        }
    }

    private static List<LineIndicator> Indicators(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var list = new List<LineIndicator>();
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var indicators = reader.ValueTextEquals("indicators"u8);
            reader.Read();
            if (!indicators)
            {
                reader.Skip();
                continue;
            }

            Expect(reader.TokenType == JsonTokenType.StartArray);
            list = [];
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Expect(reader.TokenType == JsonTokenType.StartObject);
                list.Add(Indicator(ref reader));
            }
        }

        // The whole line is read, as a document would be: anything after it is damage.
        Expect(!reader.Read());
        return list;
    }

    /// <summary>The fields of an indicator the store reads, in the order of <see cref="LineIndicator"/>'s parameters.</summary>
    private static readonly byte[][] Fields = ["id"u8.ToArray(), "component"u8.ToArray(), "value"u8.ToArray(), "unit"u8.ToArray(),
        "valueInUnit"u8.ToArray(), "rung"u8.ToArray()];

    /// <summary>One indicator of the line, the reader on its start; leaves the reader on its end.</summary>
    private static LineIndicator Indicator(ref Utf8JsonReader reader)
    {
        var fields = new string?[Fields.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Fields.Length - 1;
            while (field >= 0 && !reader.ValueTextEquals(Fields[field]))
            {
                field--;
            }

            reader.Read();
            if (field >= 0)
            {
                fields[field] = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return new LineIndicator(fields[0] ?? "", fields[1], fields[2] ?? "", fields[3] ?? "", fields[4], fields[5] ?? "");
    }

    private static void Expect(bool shape)
    {
        if (!shape)
        {
            throw new InvalidOperationException("The line does not have the shape of a result line.");
        }
    }
}
