using System.Text;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Hosting;
using Weinan.Benchmarking.Sdk.Catalogs;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Cli.Tests;

/// <summary>
/// The plugin id, the reporting period and the edition year are checked by code written out rather than by regular
/// expressions (so that a cold <c>assess</c> never starts the regular-expression engine). Each must accept exactly what
/// its pattern accepts: here the pattern is the oracle, over hand-picked edge cases and thousands of seeded random texts
/// built from the characters that matter (ASCII and non-ASCII digits, separators, Unicode white space, a final line feed).
/// </summary>
public class WrittenOutPatternTests
{
    private static readonly Regex Id = new("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Period = new(@"^(19|2\d)\d{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$", RegexOptions.CultureInvariant);
    private static readonly Regex YearSuffix = new(@"\s*[-—:：]\s*\d{4}$");
    private static readonly Regex AstmYear = new(@"-\d{2}[a-z]?(\(\d{4}\))?([eEε]\d+)?$");

    private const string Digits = "0123456789２٣";
    private const string Spaces = " \t\n\u3000\u00A0\u0085";

    private static readonly string[] PeriodEnds =
        ["", "00", "01", "09", "0٣", "10", "12", "13", "20", "H0", "H1", "H2", "H3", "Q0", "Q1", "Q4", "Q5", "h1", "1", "123"];

    [Theory]
    [InlineData("textiles")]
    [InlineData("a")]
    [InlineData("a.b_c-d")]
    [InlineData(".a")]
    [InlineData("-a")]
    [InlineData("Textiles")]
    [InlineData("textiles\n")]
    [InlineData("\n")]
    [InlineData("a\n\n")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData("ａ")]
    public void A_Plugin_Id_Is_What_Its_Pattern_Accepts(string id) => DescriptorChecks.IsId(id).ShouldBe(Id.IsMatch(id), Show(id));

    [Theory]
    [InlineData("2026")]
    [InlineData("1999")]
    [InlineData("1899")]
    [InlineData("3000")]
    [InlineData("2026-H1")]
    [InlineData("2026-H3")]
    [InlineData("2026-Q4")]
    [InlineData("2026-Q5")]
    [InlineData("2026-07")]
    [InlineData("2026-00")]
    [InlineData("2026-12")]
    [InlineData("2026-13")]
    [InlineData("2026\n")]
    [InlineData("2026-H1\n")]
    [InlineData("2026\n\n")]
    [InlineData("2٣26")]
    [InlineData("２026")]
    [InlineData("2026-h1")]
    [InlineData("2026-")]
    [InlineData(" 2026")]
    public void A_Period_Is_What_Its_Pattern_Accepts(string period) => Periods.IsValid(period).ShouldBe(Period.IsMatch(period), Show(period));

    [Theory]
    [InlineData("GB 18401-2010", "GB 18401")]
    [InlineData("GB/T 1596—2017", "GB/T 1596")]
    [InlineData("ISO 3071:2020", "ISO 3071")]
    [InlineData("OEKO-TEX STANDARD 100:2026", "OEKO-TEX STANDARD 100")]
    [InlineData("EN 14372 - 2004", "EN 14372")]
    [InlineData("ASTM A706", "ASTM A706")]
    [InlineData("GB 1-20100", "GB 1-20100")]
    [InlineData("-2010", "")]
    [InlineData("X--2010", "X-")]
    [InlineData(" GB 5009.12－2017 ", "GB 5009.12－2017")]
    [InlineData("Q/WNCY 0001-2025\n", "Q/WNCY 0001")]
    [InlineData("A\u3000：\u30002٣26", "A")]
    [InlineData("ASTM D1613-17", "ASTM D1613")]
    [InlineData("ASTM D1613-17a(2023)e1", "ASTM D1613")]
    [InlineData("ASTM D1209-05(2019)", "ASTM D1209")]
    [InlineData("ASTM E1064-16ε1", "ASTM E1064")]
    [InlineData("astm a615/a615m-20", "astm a615/a615m")]
    [InlineData("ASTM D1613-2017", "ASTM D1613")]
    [InlineData("ASTM A706/A706M", "ASTM A706/A706M")]
    [InlineData("ASTM D1613-1", "ASTM D1613-1")]
    [InlineData("ASTM D1613-17E", "ASTM D1613-17E")]
    [InlineData("EN 197-1", "EN 197-1")]
    [InlineData("ISO 6935-2:2019", "ISO 6935-2")]
    public void A_Family_Is_The_Code_Without_What_Its_Pattern_Matches(string code, string family)
    {
        StandardEditions.Family(code).ShouldBe(family);
        StandardEditions.Family(code).ShouldBe(OracleFamily(code), Show(code));
    }

    [Fact]
    public void Random_Texts_Are_Judged_As_The_Patterns_Judge_Them()
    {
        var random = new Random(20261130);
        for (var n = 0; n < 20_000; n++)
        {
            var id = Text(random, "abz09.-_A " + "\n", random.Next(0, 7));
            DescriptorChecks.IsId(id).ShouldBe(Id.IsMatch(id), Show(id));

            var period = (random.Next(3) switch { 0 => "19", 1 => "2" + Digits[random.Next(Digits.Length)], _ => Text(random, Digits, 2) }) +
                         Text(random, Digits + "H", random.Next(1, 3)) + Text(random, "-\n ", random.Next(0, 2)) +
                         PeriodEnds[random.Next(PeriodEnds.Length)] + Text(random, "\n0", random.Next(0, 2));
            Periods.IsValid(period).ShouldBe(Period.IsMatch(period), Show(period));

            var code = Text(random, "GB 1/T.", random.Next(0, 5)) + Text(random, Spaces, random.Next(0, 3)) +
                       Text(random, "-—:：x", random.Next(0, 3)) + Text(random, Spaces, random.Next(0, 3)) +
                       Text(random, Digits + "-", random.Next(0, 6)) + Text(random, Spaces, random.Next(0, 2));
            StandardEditions.Family(code).ShouldBe(OracleFamily(code), Show(code));

            var astm = (random.Next(2) == 0 ? "ASTM " : "astm") + Text(random, "AD1/M-", random.Next(0, 4)) + Text(random, Digits + "-", random.Next(0, 4)) +
                       Text(random, "aeEεz(" + Digits, random.Next(0, 3)) + Text(random, Digits + ")", random.Next(0, 6)) + Text(random, "eε1" + Spaces, random.Next(0, 3));
            StandardEditions.Family(astm).ShouldBe(OracleFamily(astm), Show(astm));
        }
    }

    private static string OracleFamily(string code)
    {
        var trimmed = code.Trim();
        var year = YearSuffix.Match(trimmed);
        if (!year.Success && trimmed.StartsWith("ASTM", StringComparison.OrdinalIgnoreCase))
        {
            year = AstmYear.Match(trimmed);
        }

        return year.Success ? trimmed.Remove(year.Index, year.Length) : trimmed;
    }

    private static string Text(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string Show(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
