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
}
