using System.Text;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// A workbook's shared strings, kept as UTF-8 one after another with the offset of each, rather than as a string each: a
/// workbook saved by a spreadsheet program keeps every text cell here, and one of a million rows can hold millions of
/// distinct texts (ids, names, numbers typed as text). Past the bound it is made with (<see cref="DefaultMemoryBytes"/> unless told) of text, the text goes to a
/// temporary file (deleted when the table is disposed), read back one string at a time through a small cache, so memory
/// stays flat whatever the workbook's size.
/// </summary>
internal sealed class SharedStringTable : IDisposable
{
    /// <summary>Text kept in memory at most, by default.</summary>
    public const int DefaultMemoryBytes = 32 << 20;

    private const int CacheSlots = 4096;

    private readonly int _memoryBytes;
    private readonly List<long> _offsets = [0];
    private readonly (int Index, string? Text)[] _cache = new (int, string?)[CacheSlots];
    private byte[] _buffer = new byte[4096];
    private int _buffered;
    private long _spilled;
    private bool _unflushed;
    private FileStream? _file;

    public SharedStringTable(int memoryBytes = DefaultMemoryBytes)
    {
        _memoryBytes = memoryBytes;
    }

    /// <summary>Whether the text went to a temporary file.</summary>
    public bool Spilled => _file is not null;

    public int Count => _offsets.Count - 1;

    public void Add(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        if (_file is null && _buffered + length > _memoryBytes)
        {
            Spill();
        }

        if (_file is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            _file.Write(bytes);
            _unflushed = true;
            _spilled += bytes.Length;
            _offsets.Add(_spilled);
            return;
        }

        if (_buffered + length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffered + length, Math.Min(_memoryBytes, _buffer.Length * 2)));
        }

        _buffered += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_buffered));
        _offsets.Add(_buffered);
    }

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var start = _offsets[index];
            var length = (int)(_offsets[index + 1] - start);
            if (_file is null)
            {
                return Encoding.UTF8.GetString(_buffer, (int)start, length);
            }

            ref var slot = ref _cache[index % CacheSlots];
            if (slot.Index == index && slot.Text is not null)
            {
                return slot.Text;
            }

            if (_unflushed)
            {
                _file.Flush();
                _unflushed = false;
            }

            Span<byte> bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(_file.SafeFileHandle, bytes[read..], start + read);
                read += n > 0 ? n : throw new InvalidDataException("The workbook's shared strings could not be read back.");
            }

            var text = Encoding.UTF8.GetString(bytes);
            slot = (index, text);
            return text;
        }
    }

    public void Dispose() => _file?.Dispose();

    /// <summary>Moves the text so far to a temporary file, where the rest goes too.</summary>
    private void Spill()
    {
        _file = new FileStream(Path.Combine(Path.GetTempPath(), $"wbench-strings-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _file.Write(_buffer, 0, _buffered);
        _unflushed = true;
        _spilled = _buffered;
        _buffer = [];
        _buffered = 0;
    }
}
