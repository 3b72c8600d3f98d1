
namespace Weinan.Benchmarking.Sdk.Tests;

public class DisplayTextTests
{
    [Theory]
    [InlineData("a\u001b[31mb", "a<U+001B>[31mb")]
    [InlineData("title\u001b]0;x\u0007", "title<U+001B>]0;x<U+0007>")]
    [InlineData("nul\u0000tab\tline\nend", "nul<U+0000>tab<U+0009>line<U+000A>end")]
    [InlineData("c1\u0085\u009b", "c1<U+0085><U+009B>")]
    [InlineData("sep\u2028\u2029", "sep<U+2028><U+2029>")]
    [InlineData("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", "<U+202A><U+202B><U+202C><U+202D><U+202E><U+2066><U+2067><U+2068><U+2069>")]
    [InlineData("甲醛 ≤ 75 mg/kg", "甲醛 ≤ 75 mg/kg")]
    [InlineData(null, "")]
    public void Should_Mark_Every_Character_That_Would_Act_On_A_Terminal(string? text, string shown) =>
        DisplayText.ForTerminal(text).ShouldBe(shown);

    [Fact]
    public void Should_Mark_Only_Bidi_Controls_For_Reports()
    {
        DisplayText.MarkBidiControls("abc\u202edef\u2069\tghi\u200f").ShouldBe("abc<U+202E>def<U+2069>\tghi\u200f");
        var clean = "纯文本 plain";
        DisplayText.MarkBidiControls(clean).ShouldBeSameAs(clean);
    }
}
