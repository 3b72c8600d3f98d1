using Microsoft.Data.Sqlite;
using ZstdSharp;
using ZstdSharp.Unsafe;

namespace Weinan.Benchmarking.Store;

/// <summary>
/// A dictionary the store packs JSON against (schema 3, <c>docs/batch.md</c> §6.1), made of the first
/// <see cref="DictionaryPacking.Samples"/> result lines (or submissions) of a catalog in a batch, in input order (<see cref="Make"/>).
/// The lines of one sector share their keys, their standards' codes and most of their limits; packed with Zstandard against
/// such a dictionary, a line takes about a twelfth of its size, where LZ4 alone took a third. Kept in the store's
/// <c>dictionaries</c> table, once per content.
/// </summary>
internal sealed class StoreDictionary : IDisposable
{
    /// <summary>Zstandard's compression level: the fastest of its ordinary levels gave nearly the ratio of level 1 in about
    /// the time LZ4 took (docs/performance.md, "Batch").</summary>
    private const int Level = -1;

    private readonly ThreadLocal<Compressor> _compressors;

    public StoreDictionary(long id, byte[] content)
    {
        Id = id;
        _compressors = new ThreadLocal<Compressor>(() =>
        {
            var compressor = new Compressor(Level);
            compressor.LoadDictionary(content);
            return compressor;
        }, trackAllValues: true);
    }

    /// <summary>The dictionary's row in the store.</summary>
    public long Id { get; }

    /// <summary>
    /// A dictionary in Zstandard's format made of <paramref name="samples"/>: their bytes joined, as the content later JSON
    /// refers back to, and before them the entropy tables that code the samples best at <see cref="Level"/>. A frame
    /// packed against it may use those tables rather than build its own, which packed the generated lines a fifth
    /// faster, and a little smaller, than the samples joined alone as raw content. The same samples make the same bytes.
    /// Should Zstandard find no tables for them, the samples joined are the dictionary, as raw content.
    /// </summary>
    public static unsafe byte[] Make(IReadOnlyList<byte[]> samples)
    {
        var joined = new byte[samples.Sum(s => s.Length)];
        var sizes = new nuint[samples.Count];
        var at = 0;
        for (var n = 0; n < samples.Count; n++)
        {
            samples[n].CopyTo(joined, at);
            at += samples[n].Length;
            sizes[n] = (nuint)samples[n].Length;
        }

        // Room for the tables beside the content, so that none of the content is cut to make room for them.
        var dictionary = new byte[joined.Length + (1 << 16)];
        fixed (byte* into = dictionary)
        fixed (byte* content = joined)
        fixed (nuint* lengths = sizes)
        {
            var length = Methods.ZDICT_finalizeDictionary(into, (nuint)dictionary.Length, content, (nuint)joined.Length, content, lengths,
                (uint)samples.Count, new ZDICT_params_t { compressionLevel = Level });
            return Methods.ZDICT_isError(length) ? joined : dictionary.AsSpan(0, (int)length).ToArray();
        }
    }

    /// <summary>The JSON packed against this dictionary (<see cref="StoredBlob"/>, kind 1); from any thread.</summary>
    public byte[] Pack(ReadOnlySpan<byte> json) =>
        StoredBlob.Packed(json, Compressor.GetCompressBound(json.Length), Id, _compressors.Value!, static (compressor, json, into) => compressor.Wrap(json, into));

    public void Dispose()
    {
        foreach (var compressor in _compressors.Values)
        {
            compressor.Dispose();
        }

        _compressors.Dispose();
    }

    /// <summary>The dictionaries of a store, read once each, for unpacking (one thread).</summary>
    internal sealed class Cache(SqliteConnection db) : IDisposable
    {
        private readonly StoredRows<Decompressor> _rows = new(db, "SELECT content FROM dictionaries WHERE id = $id", "dictionary", Read);

        /// <summary>The decompressor of dictionary <paramref name="id"/>.</summary>
        /// <exception cref="InvalidDataException">The store holds no such dictionary.</exception>
        public Decompressor this[long id] => _rows[id];

        private static Decompressor Read(long id, SqliteDataReader reader)
        {
            if (reader.IsDBNull(0) || reader.GetValue(0) is not byte[] content)
            {
                throw new InvalidDataException($"Stored dictionary {id} is not a blob.");
            }

            var decompressor = new Decompressor();
            decompressor.LoadDictionary(content);
            return decompressor;
        }

        public void Dispose()
        {
            foreach (var decompressor in _rows.Read)
            {
                decompressor.Dispose();
            }
        }
    }
}

/// <summary>
/// How one kind of JSON (the submissions or the result lines) of one catalog is packed during a batch: with LZ4 alone
/// until the writer has seen the first <see cref="Samples"/> of them in input order, then against a dictionary of those
/// (<see cref="StoreDictionary"/>). The assessing threads pack with whatever is published when they get there; the blob
/// says how it was packed, so either reads back the same.
/// </summary>
internal sealed class DictionaryPacking : IDisposable
{
    /// <summary>Samples joined into a dictionary: eight lines gave a ratio of about 12.6 against 8.9 for one.</summary>
    public const int Samples = 8;

    private readonly List<byte[]> _samples = [];
    private StoreDictionary? _dictionary;
    private bool _gathered;

    /// <summary>The JSON packed: against the dictionary once there is one, else with LZ4 alone; from any thread.</summary>
    public byte[] Pack(ReadOnlySpan<byte> json) =>
        Volatile.Read(ref _dictionary) is { } dictionary ? dictionary.Pack(json) : StoredBlob.Pack(json);

    /// <summary>
    /// On the writing thread, for each row in input order: keeps the JSON while samples are wanted, and returns the
    /// dictionary's content once there are enough (then nothing more is kept).
    /// </summary>
    public byte[]? Sample(ReadOnlySpan<byte> json)
    {
        if (_gathered)
        {
            return null;
        }

        _samples.Add(json.ToArray());
        if (_samples.Count < Samples)
        {
            return null;
        }

        var content = StoreDictionary.Make(_samples);
        _samples.Clear();
        _gathered = true;
        return content;
    }

    /// <summary>On the writing thread: the dictionary stored for the content <see cref="Sample"/> returned, from now on
    /// used by every thread.</summary>
    public void Publish(StoreDictionary dictionary) => Volatile.Write(ref _dictionary, dictionary);

    public void Dispose() => Volatile.Read(ref _dictionary)?.Dispose();
}
