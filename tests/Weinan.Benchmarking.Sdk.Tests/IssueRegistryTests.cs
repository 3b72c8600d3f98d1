using System.Reflection;
using System.Text.RegularExpressions;

namespace Weinan.Benchmarking.Sdk.Tests;

/// <summary>
/// <see cref="IssueCodes"/> is the one registry of issue codes: its constants and <see cref="IssueCodes.All"/> agree, every
/// code is well-formed, unique and bilingual, the docs' code tables list exactly its codes with their severities, and no
/// source file outside it spells a code.
/// </summary>
public partial class IssueRegistryTests
{
    private const string RegistryFile = "sdk/Weinan.Benchmarking.Abstractions/IssueCodes.cs";

    private static readonly string[] Documents = ["docs/formats.md", "docs/cli.md", "docs/batch.md"];

    private static readonly string[] SourceFolders = ["sdk", "host-cli", "plugins"];

    private static string RepositoryRoot { get; } = typeof(IssueRegistryTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    [GeneratedRegex(@"^WB\d{4}$")]
    private static partial Regex WellFormed();

    [GeneratedRegex(@"WB\d{4}")]
    private static partial Regex AnyCode();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\|\s*(WB\d{4})\s*\|([^|]*)\|")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\b(E|W|error|warning)\b")]
    private static partial Regex SeverityWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [Fact]
    public void Should_Define_Every_Constant_Once_In_Code_Order_When_Listing_All()
    {
        // Given: the constants and the list
        var constants = typeof(IssueCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var codes = IssueCodes.All.Select(d => d.Code).ToList();

        // Then: well-formed, unique, the same set, in code order, and found by code
        constants.Count.ShouldBeGreaterThan(130);
        constants.Values.Where(c => !WellFormed().IsMatch(c)).ShouldBeEmpty();
        constants.Values.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        codes.ShouldBeUnique();
        codes.Order(StringComparer.Ordinal).ShouldBe(constants.Values.Order(StringComparer.Ordinal));
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToList());
        IssueCodes.All.Where(d => !ReferenceEquals(IssueCodes.Find(d.Code), d)).ShouldBeEmpty();
        IssueCodes.Find("WB0000").ShouldBeNull();
        IssueCodes.Find(IssueCodes.UnknownSector)!.DefaultSeverity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void Should_Word_Every_Code_In_Both_Languages_With_The_Same_Placeholders()
    {
        var problems = IssueCodes.All.SelectMany(d => Problems(d.Code, d.Message)).ToList();

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Document_Exactly_The_Registry_Codes_When_Tabling_Codes_In_The_Docs()
    {
        // Given: every row of a code table in the docs
        var rows = DocumentedRows().ToList();
        var documented = rows.Select(r => r.Code).ToList();
        var registry = IssueCodes.All.Select(d => d.Code).ToList();

        // Then: each code in one row, and the rows' codes are the registry's
        rows.Select(r => r.Document).Distinct().Count().ShouldBe(Documents.Length);
        documented.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        registry.Except(documented).ShouldBeEmpty("codes of the registry that no docs table lists");
        documented.Except(registry).ShouldBeEmpty("codes in the docs' tables that the registry does not have");
    }

    [Fact]
    public void Should_Document_The_Default_Severity_When_The_Table_States_One()
    {
        // Given: the rows whose second cell is a severity (formats.md: E/W; cli.md and batch.md: error/warning)
        var stated = DocumentedRows()
            .Select(r => (r.Code, r.Document, Words: SeverityWord().Matches(r.Cell).Select(m => m.Value).ToList()))
            .Where(r => r.Words.Count > 0)
            .ToList();

        // When: the first severity named is the default; a second one only where the registry says the severity varies
        var mismatches = stated.Select(r => (r.Code, r.Document, r.Words, Definition: IssueCodes.Find(r.Code)))
            .Where(r => r.Definition is not null)
            .Where(r => ParseSeverity(r.Words[0]) != r.Definition!.DefaultSeverity ||
                        (r.Words.Select(ParseSeverity).Distinct().Count() > 1) != r.Definition.SeverityVaries)
            .Select(r => $"{r.Code} in {r.Document}: documented {string.Join("/", r.Words)}, registry {r.Definition!.DefaultSeverity}" +
                         (r.Definition.SeverityVaries ? " (varies)" : ""))
            .ToList();

        // Then: every code's severity is stated in its table
        stated.Count.ShouldBe(IssueCodes.All.Count);
        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Spell_No_Code_Outside_The_Registry_When_Scanning_The_Sources()
    {
        // Given: every C# file of the libraries, the CLI and the plugins
        var files = SourceFolders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, f), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepositoryRoot, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .ToList();

        // When: codes in code (not in comments) are looked for
        var spelled = files.Where(f => f != RegistryFile)
            .SelectMany(f => File.ReadLines(Path.Combine(RepositoryRoot, f)).Select((line, i) => (File: f, Line: i + 1, Code: CodePart(line))))
            .Where(l => AnyCode().IsMatch(l.Code))
            .Select(l => $"{l.File}:{l.Line}: {l.Code.Trim()}")
            .ToList();

        // Then: only the registry spells them
        files.Count.ShouldBeGreaterThan(100);
        files.ShouldContain(RegistryFile);
        AnyCode().Count(File.ReadAllText(Path.Combine(RepositoryRoot, RegistryFile))).ShouldBeGreaterThan(130);
        spelled.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("        Code = \"WB4101\",", true)]
    [InlineData("        issues.Add(Warning(\"WB2904\", path, zh, en));", true)]
    [InlineData("        var m = $\"see WB1001 at {line}\";", true)]
    [InlineData("    /// <summary>Code <c>WB5006</c>.</summary>", false)]
    [InlineData("        // The engine refuses any other factor (WB2906).", false)]
    [InlineData("        Code = IssueCodes.UnknownSector, // WB4101", false)]
    public void Should_Tell_Code_From_Comment_When_Scanning_A_Line(string line, bool spelled)
    {
        AnyCode().IsMatch(CodePart(line)).ShouldBe(spelled);
    }

    private static IEnumerable<string> Problems(string code, LocalizedText message)
    {
        if (string.IsNullOrWhiteSpace(message.Zh) || !Chinese().IsMatch(message.Zh))
        {
            yield return $"{code}: no zh-CN text";
        }

        if (string.IsNullOrWhiteSpace(message.En) || Chinese().IsMatch(message.En))
        {
            yield return $"{code}: no English text";
        }

        var zh = Placeholder().Matches(message.Zh).Select(m => m.Groups[1].Value).ToHashSet();
        var en = Placeholder().Matches(message.En).Select(m => m.Groups[1].Value).ToHashSet();
        if (!zh.SetEquals(en))
        {
            yield return $"{code}: placeholders {{{string.Join(", ", zh)}}} in zh-CN, {{{string.Join(", ", en)}}} in English";
        }
    }

    private static IEnumerable<(string Document, string Code, string Cell)> DocumentedRows() =>
        Documents.SelectMany(d => File.ReadLines(Path.Combine(RepositoryRoot, d))
            .Select(line => TableRow().Match(line))
            .Where(m => m.Success)
            .Select(m => (d, m.Groups[1].Value, m.Groups[2].Value.Trim())));

    private static Severity ParseSeverity(string word) => word is "E" or "error" ? Severity.Error : Severity.Warning;

    /// <summary>A line without its comment: a doc or line comment, or a trailing <c> // </c> comment.</summary>
    private static string CodePart(string line)
    {
        if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
        {
            return "";
        }

        var comment = line.IndexOf(" // ", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }
}
