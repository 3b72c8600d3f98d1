using System.Buffers;
using System.Buffers.Binary;
using K4os.Compression.LZ4;
using ZstdSharp;

namespace Weinan.Benchmarking.Store;

/// <summary>
/// The JSON the store keeps in its <c>submissions.submission</c> and <c>results.line</c> columns (<c>docs/batch.md</c>
/// §6.1), in one of three forms:
/// <list type="bullet">
/// <item>packed with LZ4 (schema 2): a byte 0, the length of the JSON in bytes (4 bytes, little-endian), then the JSON
/// compressed as one LZ4 block (the LZ4 block format); a result line takes about a third of its size;</item>
/// <item>packed against a dictionary (schema 3): a byte 1, the length of the JSON, the dictionary's row in the
/// <c>dictionaries</c> table (8 bytes, little-endian), then one Zstandard frame made with that dictionary
/// (<see cref="StoreDictionary"/>); a result line takes about a twelfth of its size;</item>
/// <item>as it is (schema 1): the JSON, which starts with <c>{</c>.</item>
/// </list>
/// </summary>
internal static class StoredBlob
{
    /// <summary>The first byte of JSON packed against a dictionary.</summary>
    internal const byte Dictionary = 1;

    /// <summary>The bytes before the Zstandard frame of JSON packed against a dictionary.</summary>
    internal const int DictionaryHeader = 13;

    private const byte Compressed = 0;
    private const int Header = 5;

    /// <summary>Compresses <paramref name="json"/> into <paramref name="into"/> (room for the worst case) with <paramref name="state"/>; returns the length written.</summary>
    internal delegate int Compress<in TState>(TState state, ReadOnlySpan<byte> json, Span<byte> into);

    /// <summary>The JSON as the store keeps it, packed with LZ4 alone.</summary>
    public static byte[] Pack(ReadOnlySpan<byte> json) =>
        Packed(json, LZ4Codec.MaximumOutputSize(json.Length), null, 0, static (_, json, into) => LZ4Codec.Encode(json, into, LZ4Level.L00_FAST));

    /// <summary>
    /// A packed blob: the JSON compressed with <paramref name="compress"/> into a rented buffer of <paramref name="bound"/>
    /// bytes, then copied once at its real size behind the header of its form: packed against <paramref name="dictionary"/>
    /// when given, else with LZ4 alone.
    /// </summary>
    internal static byte[] Packed<TState>(ReadOnlySpan<byte> json, int bound, long? dictionary, TState state, Compress<TState> compress)
    {
        var scratch = ArrayPool<byte>.Shared.Rent(bound);
        try
        {
            var length = compress(state, json, scratch);
            if (length < 0)
            {
                throw new InvalidOperationException("A stored blob could not be compressed.");
            }

            var header = dictionary is null ? Header : DictionaryHeader;
            var packed = new byte[header + length];
            packed[0] = dictionary is null ? Compressed : Dictionary;
            BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(1), json.Length);
            if (dictionary is { } id)
            {
                BinaryPrimitives.WriteInt64LittleEndian(packed.AsSpan(5), id);
            }

            scratch.AsSpan(0, length).CopyTo(packed.AsSpan(header));
            return packed;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>The JSON of a stored blob: unpacked when the store packed it, as it is when it did not (schema 1).</summary>
    /// <param name="stored">The blob.</param>
    /// <param name="dictionaries">The store's dictionaries, for a blob packed against one.</param>
    /// <exception cref="InvalidDataException">The blob is packed and damaged, or names a dictionary the store does not hold.</exception>
    public static byte[] Unpack(byte[] stored, StoreDictionary.Cache? dictionaries)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Length > 0 && stored[0] == Dictionary)
        {
            return UnpackWithDictionary(stored, dictionaries);
        }

        if (stored.Length == 0 || stored[0] != Compressed)
        {
            return stored;
        }

        var length = stored.Length >= Header ? BinaryPrimitives.ReadInt32LittleEndian(stored.AsSpan(1)) : -1;
        if (length < 0)
        {
            throw new InvalidDataException("A stored blob is damaged: its header is cut short.");
        }

        // An LZ4 block expands at most about 255 times: a longer length is a damaged header, not memory to set aside.
        if (length > (stored.Length - Header + 1L) * 255)
        {
            throw new InvalidDataException("A stored blob is damaged: its length is more than it can unpack to.");
        }

        var json = new byte[length];
        return LZ4Codec.Decode(stored.AsSpan(Header), json) == length
            ? json
            : throw new InvalidDataException("A stored blob is damaged: it does not decompress to its length.");
    }

    private static byte[] UnpackWithDictionary(byte[] stored, StoreDictionary.Cache? dictionaries)
    {
        var length = stored.Length >= DictionaryHeader ? BinaryPrimitives.ReadInt32LittleEndian(stored.AsSpan(1)) : -1;
        if (length < 0)
        {
            throw new InvalidDataException("A stored blob is damaged: its header is cut short.");
        }

        if (dictionaries is null)
        {
            throw new InvalidDataException("A stored blob is packed against a dictionary, and none was given to unpack it.");
        }

        var decompressor = dictionaries[BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(5))];
        try
        {
            // The frame states its own length: one that differs is a damaged header, not memory to set aside.
            if (Decompressor.GetDecompressedSize(stored.AsSpan(DictionaryHeader)) != (ulong)length)
            {
                throw new InvalidDataException("A stored blob is damaged: its frame and its header give different lengths.");
            }

            var json = new byte[length];
            return decompressor.TryUnwrap(stored.AsSpan(DictionaryHeader), json, out var written) && written == length
                ? json
                : throw new InvalidDataException("A stored blob is damaged: it does not decompress to its length.");
        }
        catch (ZstdException e)
        {
            throw new InvalidDataException("A stored blob is damaged: it does not decompress.", e);
        }
    }
}
