using System.Text;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>
/// Reads a text file line by line as UTF-8 bytes, so that a JSONL row goes to the JSON reader without being decoded to a
/// string and encoded again. Lines end where <see cref="StreamReader.ReadLine"/> ends them (<c>\n</c>, <c>\r\n</c> or a
/// lone <c>\r</c>), so rows are numbered as before. A UTF-8 byte order mark is skipped; a file that starts with a UTF-16
/// or UTF-32 one is transcoded to UTF-8 as it is read. Bytes that are not valid UTF-8 are handed on as they are: the
/// reader of a row decides what to do with them.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _file;
    private readonly Stream _text;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _ended;

    private Utf8LineReader(Stream file, Stream text)
    {
        _file = file;
        _text = text;
    }

    /// <summary>How far into the file its bytes have been read (for the share of the input read); null when it cannot be told.</summary>
    public long? FilePosition => _file.CanSeek ? _file.Position : null;

    /// <summary>Opens <paramref name="path"/>; throws what opening a file throws.</summary>
    public static Utf8LineReader Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        try
        {
            Span<byte> mark = stackalloc byte[4];
            var length = file.ReadAtLeast(mark, mark.Length, throwOnEndOfStream: false);
            var (encoding, skip) = Detect(mark[..length]);
            file.Position = skip;
            var text = encoding is null ? file : Encoding.CreateTranscodingStream(file, encoding, Encoding.UTF8, leaveOpen: true);
            return new Utf8LineReader(file, text);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The next line without its end, or null at the end of the file.</summary>
    public byte[]? ReadLine()
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var end = pending.IndexOfAny((byte)'\n', (byte)'\r');
            // A \r last in the buffer may be the first half of \r\n: read on before deciding.
            if (end >= 0 && !(pending[end] == '\r' && end + 1 == pending.Length && !_ended))
            {
                var line = pending[..end].ToArray();
                _start += end + (pending[end] == '\r' && end + 1 < pending.Length && pending[end + 1] == '\n' ? 2 : 1);
                return line;
            }

            if (_ended)
            {
                if (pending.IsEmpty)
                {
                    return null;
                }

                _start = _end;
                return pending.ToArray();
            }

            Fill();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!ReferenceEquals(_text, _file))
        {
            _text.Dispose();
        }

        _file.Dispose();
    }

    private void Fill()
    {
        if (_start > 0)
        {
            // Keep the start of a line not yet ended, at the front.
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _text.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _ended = read == 0;
    }

    /// <summary>The encoding a byte order mark names (null for UTF-8 or none) and the bytes it takes.</summary>
    private static (Encoding? Encoding, int Skip) Detect(ReadOnlySpan<byte> start) => start switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (null, 3),
        [0xFF, 0xFE, 0x00, 0x00] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0x00, 0x00, 0xFE, 0xFF] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        _ => (null, 0),
    };
}
