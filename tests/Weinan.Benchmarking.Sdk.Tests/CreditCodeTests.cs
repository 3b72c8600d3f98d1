using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

public class CreditCodeTests
{
    [Theory]
    [InlineData("91512081MA62K0260E")] // §3.3 worked example: Σ 1505, mod 31 = 17, 31 − 17 = 14 → 'E'
    [InlineData("91110000802100433B")] // §3.4: Σ 485, mod 31 = 20 → 'B'
    [InlineData("9131000063159284XQ")] // §3.4: Σ 1495, mod 31 = 7 → 'Q' (reported as failing by its poster, but passes)
    public void Should_Accept_Code_When_Check_Character_Matches(string code)
    {
        // When / Then
        CreditCode.IsValid(code).ShouldBeTrue();
        CreditCode.ExpectedCheckCharacter(code).ShouldBe(code[^1]);
    }

    [Theory]
    [InlineData("91350100M000100Y4Z", '3')] // §3.4: Σ 1640, mod 31 = 28; 'Z' is not even in the character set
    [InlineData("91350211M0000XUF46", 'R')] // §3.4: Σ 2207, mod 31 = 6; reported as a real early Fujian code — strict: rejected
    [InlineData("91350203M0001QAY9B", '9')] // §3.4: Σ 2533, mod 31 = 22; whitelisted elsewhere — strict: rejected
    public void Should_Reject_Code_When_Check_Character_Differs(string code, char expected)
    {
        // When / Then
        CreditCode.IsValid(code).ShouldBeFalse();
        CreditCode.ExpectedCheckCharacter(code).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("91512081MA62K0260")] // 17 characters
    [InlineData("91512081MA62K0260E0")] // 19 characters
    [InlineData("91512081ma62k0260e")] // lower case
    [InlineData("91512081MA62K026OE")] // letter O
    [InlineData("915120A1MA62K0260E")] // letter in the division code
    [InlineData(" 91512081MA62K0260E")]
    public void Should_Reject_Code_When_Format_Is_Wrong(string code) =>
        CreditCode.IsValid(code).ShouldBeFalse();

    [Fact]
    public void Should_Map_Remainder_Zero_To_Character_Zero_When_Sum_Is_A_Multiple_Of_31()
    {
        // Given: a weighted sum of 0, so 31 − 0 = 31, which becomes '0'; and 'Y' (30) × weight 3 at position 2 plus
        // 'Y' (30) × weight 28 at position 17 = 930 = 31 × 30
        // When / Then
        CreditCode.ExpectedCheckCharacter("00000000000000000").ShouldBe('0');
        CreditCode.ExpectedCheckCharacter("0Y00000000000000Y").ShouldBe('0');
    }

    [Fact]
    public void Should_Return_Null_When_First_17_Characters_Are_Not_In_The_Set()
    {
        CreditCode.ExpectedCheckCharacter("9151208").ShouldBeNull();
        CreditCode.ExpectedCheckCharacter("91512081MA62K02I0E").ShouldBeNull();
        CreditCode.ExpectedCheckCharacter(null).ShouldBeNull();
    }
}
