using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Tests;

public class RoundingTests
{
    // Dossier §2.2 R1–R20 (GB/T 8170-2008 §3 examples).
    [Theory]
    [InlineData("R1", "12.1498", "1", "12")]
    [InlineData("R2", "12.1498", "0.1", "12.1")]
    [InlineData("R3", "1268", "100", "1300")]
    [InlineData("R4", "10.5002", "1", "11")]
    [InlineData("R5", "1.050", "0.1", "1.0")]
    [InlineData("R6", "0.350", "0.1", "0.4")]
    [InlineData("R7", "2500", "1000", "2000")]
    [InlineData("R8", "3500", "1000", "4000")]
    [InlineData("R9", "450", "100", "400")]
    [InlineData("R10", "350", "100", "400")]
    [InlineData("R13", "-0.0365", "0.001", "-0.036")]
    [InlineData("R16", "15.4546", "1", "15")]
    [InlineData("R17", "3.4546", "1", "3")]
    [InlineData("R18", "60.28", "0.5", "60.5")]
    [InlineData("R19", "838", "20", "840")]
    [InlineData("R20a", "63.37", "0.5", "63.5")]
    [InlineData("R20b", "63.37", "5", "65")]
    public void Should_Round_To_Interval_Like_GbT8170(string id, string input, string interval, string expected)
    {
        var result = Rounding.GbT8170(WrittenNumber.Parse(input), decimal.Parse(interval, System.Globalization.CultureInfo.InvariantCulture));
        result.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected, id);
    }

    [Theory]
    [InlineData("R11", "1.325", 3, "1.32")]
    [InlineData("R12", "132500", 3, "132000")]
    [InlineData("R14", "-365", 2, "-360")]
    [InlineData("R15", "8.53459", 3, "8.53")]
    public void Should_Round_To_Significant_Digits(string id, string input, int digits, string expected)
    {
        var result = Rounding.ToSignificantDigits(WrittenNumber.Parse(input), digits);
        result.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected, id);
    }

    // Dossier Appendix A.1 RND-01..RND-20 (those not already covered above by the same input).
    [Theory]
    [InlineData("RND-15", "12.25", "0.1", "12.2")]
    [InlineData("RND-16", "12.35", "0.1", "12.4")]
    [InlineData("RND-17", "1225.1", "10", "1230")]
    [InlineData("RND-18", "1001.5", "1", "1002")]
    [InlineData("RND-19", "-3.5", "1", "-4")]
    [InlineData("RND-20", "1.861", "0.01", "1.86")]
    [InlineData("ISO-0.5", "60.25", "0.5", "60.0")]
    [InlineData("ISO-neg", "-0.5", "1", "0")]
    [InlineData("JIS", "1000.5", "1", "1000")]
    public void Should_Match_Appendix_A_And_Rule_A(string id, string input, string interval, string expected) =>
        Rounding.ToInterval(WrittenNumber.Parse(input), decimal.Parse(interval, System.Globalization.CultureInfo.InvariantCulture))
            .ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected, id);

    // GB/T 8170 §3.3 sign suffix: a reported extra digit 5 with (+) rounds up, with (−) drops.
    // RND-21/22 of the dossier (tagged derived) apply the suffix at interval 0.1, where the dropped part of 16.50 is 0,
    // not half, so the suffix cannot act: 16.50(±) → 16.5. At interval 1 the dropped part is exactly half and the
    // suffix decides: 17 and 16. The SDK follows the rule; see docs/rules.md.
    [Theory]
    [InlineData("RND-21", "16.50(+)", "0.1", "16.5")]
    [InlineData("RND-22", "16.50(−)", "0.1", "16.5")]
    [InlineData("RND-21@1", "16.50(+)", "1", "17")]
    [InlineData("RND-22@1", "16.50(−)", "1", "16")]
    [InlineData("GB-15.5(-)", "15.5(-)", "1", "15")]
    [InlineData("GB-16.5(+)", "16.5(+)", "1", "17")]
    [InlineData("GB-17.5", "17.5", "1", "18")]
    [InlineData("GB-neg", "-15.5(-)", "1", "-15")]
    public void Should_Honour_The_Sign_Suffix_Only_On_An_Exact_Half(string id, string input, string interval, string expected) =>
        Rounding.ToInterval(WrittenNumber.Parse(input), decimal.Parse(interval, System.Globalization.CultureInfo.InvariantCulture))
            .ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected, id);

    [Theory]
    [InlineData("1,2.3")]
    [InlineData("NaN")]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("Infinity")]
    [InlineData("12 3")]
    public void Should_Reject_Values_That_Are_Not_Written_Decimals(string text) =>
        WrittenNumber.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Should_Keep_The_Written_Precision() =>
        WrittenNumber.Parse("0.10").LastDigitInterval.ShouldBe(0.01m);
}
