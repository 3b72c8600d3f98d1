using System.Text;
using Weinan.Benchmarking.Batch.Sources;

namespace Weinan.Benchmarking.Batch.Tests;

/// <summary>
/// JSONL rows are read as UTF-8 bytes (<see cref="Utf8LineReader"/>): split and numbered as a text reader splits lines,
/// whatever the line ends, byte order mark, line length or bytes.
/// </summary>
public sealed class LineReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wbench-lines-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("a\rb\r\n\r\nc\r", new[] { "a", "b", "", "c" })]
    [InlineData("", new string[0])]
    [InlineData("\n", new[] { "" })]
    [InlineData("\uFEFF{\"x\":1}\n", new[] { "{\"x\":1}" })]
    public void Should_Split_Lines_As_A_Text_Reader_Does(string text, string[] lines)
    {
        // Given
        var file = Write(Encoding.UTF8.GetBytes(text));

        // When / Then
        Lines(file).ShouldBe(lines);
        TextReaderLines(file).ShouldBe(lines);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Should_Read_A_File_With_A_Utf16_Or_Utf32_Byte_Order_Mark_As_Utf8(string name)
    {
        // Given
        var encoding = Encoding.GetEncoding(name);
        var file = Write([.. encoding.GetPreamble(), .. encoding.GetBytes("{\"enterprise\":\"渭南纺织\"}\r\n第二行")]);

        // When / Then
        Lines(file).ShouldBe(["{\"enterprise\":\"渭南纺织\"}", "第二行"]);
    }

    [Fact]
    public void Should_Read_The_Same_Lines_As_A_Text_Reader_Over_Random_Files()
    {
        // Given: lines up to four times the reader's buffer, every kind of line end, Chinese text and bytes that are not
        // UTF-8; a \r falls on a buffer's edge now and then
        var random = new Random(20261130);
        for (var n = 0; n < 40; n++)
        {
            var bytes = new List<byte>();
            var lines = random.Next(1, 30);
            for (var i = 0; i < lines; i++)
            {
                var length = random.Next(10) == 0 ? random.Next(60_000, 260_000) : random.Next(0, 300);
                for (var k = 0; k < length; k++)
                {
                    bytes.AddRange(random.Next(40) switch
                    {
                        0 => Encoding.UTF8.GetBytes("渭"),
                        1 => [0xE6, 0xB8],
                        2 => [0xFF],
                        _ => [(byte)random.Next(0x20, 0x7F)],
                    });
                }

                bytes.AddRange(random.Next(4) switch { 0 => "\r"u8.ToArray(), 1 => "\r\n"u8.ToArray(), 2 => [], _ => "\n"u8.ToArray() });
            }

            var file = Write([.. bytes]);

            // When / Then
            Lines(file).ShouldBe(TextReaderLines(file), $"file {n}");
        }
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Should_Tell_Where_A_Line_Ends_When_Its_Return_Is_The_Last_Byte_Read(string end)
    {
        // Given: a line that fills the first read (64 KiB) but for its \r
        var first = new string('x', (1 << 16) - 1);
        var file = Write(Encoding.UTF8.GetBytes(first + end + "second"));

        // When / Then
        Lines(file).ShouldBe([first, "second"]);
    }

    [Fact]
    public void Should_Read_Rows_With_Bytes_That_Are_Not_Utf8_As_A_Text_Reader_Decodes_Them()
    {
        // Given: a plain row whose enterprise name holds a byte that is not UTF-8, and a blank row of ideographic spaces
        var row = "{\"schemaVersion\":\"1.2\",\"id\":\"s1\",\"sector\":\"textiles\",\"enterprise\":{\"name\":\"渭南\uFFFD纺织\"},\"product\":{\"name\":\"衬衫\"},\"results\":[]}";
        var bytes = Encoding.UTF8.GetBytes(row + "\n\u3000\u3000\n");
        var at = Array.IndexOf(bytes, (byte)0xEF, Encoding.UTF8.GetByteCount(row[..row.IndexOf('\uFFFD', StringComparison.Ordinal)]));
        var file = Write([.. bytes[..at], 0xFF, .. bytes[(at + 3)..]]);
        var counters = new BatchCounters();

        // When
        var rows = JsonSources.Lines(file, counters).Select(r => r.Parse()).ToList();

        // Then
        var read = rows.ShouldHaveSingleItem();
        read.Issues.ShouldBeEmpty();
        read.Submission!.Enterprise.Name.ShouldBe("渭南\uFFFD纺织");
        counters.BlankRows.ShouldBe(1);
    }

    private string Write(byte[] bytes)
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(file, bytes);
        return file;
    }

    private static List<string> Lines(string file)
    {
        using var reader = Utf8LineReader.Open(file);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(Encoding.UTF8.GetString(line));
        }

        return lines;
    }

    private static List<string> TextReaderLines(string file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
