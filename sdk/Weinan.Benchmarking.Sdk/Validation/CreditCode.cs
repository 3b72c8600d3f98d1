namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the 31-symbol set
/// <c>0-9 A-H J-N P-R T U W-Y</c> (no I, O, Z, S, V); positions 3–8 are the GB/T 2260 division code (digits);
/// position 18 is a check character, <c>C18 = 31 − (Σ Ci·Wi mod 31)</c> with <c>Wi = 3^(i−1) mod 31</c>, where a
/// result of 31 becomes <c>'0'</c>.
/// </summary>
/// <remarks>
/// Strict: there is no whitelist. A few early codes issued in Fujian reportedly fail the check; they are reported
/// as invalid like any other (see <c>docs/formats.md</c>, "Credit codes").
/// </remarks>
public static class CreditCode
{
    /// <summary>Length of a credit code.</summary>
    public const int Length = 18;

    /// <summary>The 31 symbols in value order: '0' = 0 … 'Y' = 30.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// Whether <paramref name="code"/> is a valid credit code: exactly 18 characters (upper case, no blanks), all in
    /// the character set, digits at positions 3–8, and the right check character.
    /// </summary>
    public static bool IsValid(string? code) =>
        code is { Length: Length } &&
        HasValidCharacters(code) &&
        HasDigitDivision(code) &&
        ExpectedCheckCharacter(code) == code[Length - 1];

    /// <summary>
    /// The check character for the first 17 characters of <paramref name="code"/>, or null when there are fewer than
    /// 17 characters or one of them is not in the character set. Characters after the 17th are ignored.
    /// </summary>
    public static char? ExpectedCheckCharacter(string? code)
    {
        if (code is null || code.Length < Length - 1)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Whether every character is in the 31-symbol set.</summary>
    internal static bool HasValidCharacters(string code) => code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>Whether positions 3–8 (the administrative division) are digits.</summary>
    internal static bool HasDigitDivision(string code) => code.Length >= 8 && !code.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9');
}
