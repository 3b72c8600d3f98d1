using System.Buffers;
using System.Buffers.Binary;
using K4os.Compression.LZ4;

namespace Weinan.Benchmarking.Store;

/// <summary>
/// The JSON the store keeps in its <c>submissions.submission</c> and <c>results.line</c> columns (schema 2,
/// <c>docs/batch.md</c> §6.1): a byte 0, the length of the JSON in bytes (4 bytes, little-endian), then the JSON compressed
/// as one LZ4 block (the LZ4 block format). A result line repeats its keys and its standards' codes from judgement to
/// judgement, and is stored at about a third of its size; a store of schema 1 holds the JSON as it is, which starts with
/// <c>{</c> and is read as it is.
/// </summary>
internal static class StoredBlob
{
    private const byte Compressed = 0;
    private const int Header = 5;

    /// <summary>The JSON as the store keeps it.</summary>
    public static byte[] Pack(ReadOnlySpan<byte> json)
    {
        // Compressed into a rented buffer of the worst case, then copied once at its real size.
        var scratch = ArrayPool<byte>.Shared.Rent(LZ4Codec.MaximumOutputSize(json.Length));
        try
        {
            var length = LZ4Codec.Encode(json, scratch, LZ4Level.L00_FAST);
            if (length < 0)
            {
                throw new InvalidOperationException("LZ4 could not compress a stored blob.");
            }

            var packed = new byte[Header + length];
            packed[0] = Compressed;
            BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(1), json.Length);
            scratch.AsSpan(0, length).CopyTo(packed.AsSpan(Header));
            return packed;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>The JSON of a stored blob: unpacked when the store compressed it, as it is when it did not (schema 1).</summary>
    /// <exception cref="InvalidDataException">The blob is compressed and damaged.</exception>
    public static byte[] Unpack(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Length == 0 || stored[0] != Compressed)
        {
            return stored;
        }

        var length = stored.Length >= Header ? BinaryPrimitives.ReadInt32LittleEndian(stored.AsSpan(1)) : -1;
        if (length < 0)
        {
            throw new InvalidDataException("A stored blob is damaged: its header is cut short.");
        }

        var json = new byte[length];
        return LZ4Codec.Decode(stored.AsSpan(Header), json) == length
            ? json
            : throw new InvalidDataException("A stored blob is damaged: it does not decompress to its length.");
    }
}
