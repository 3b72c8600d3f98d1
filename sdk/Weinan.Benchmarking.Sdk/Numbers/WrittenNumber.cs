using System.Globalization;

namespace Weinan.Benchmarking.Sdk.Numbers;

/// <summary>
/// A decimal exactly as written: the value keeps its scale (<c>"0.50"</c> has two decimals), and an optional
/// GB/T 8170 sign suffix. Never a <see cref="double"/>.
/// </summary>
/// <param name="Value">The decimal, with the written scale.</param>
/// <param name="Suffix">Sign suffix.</param>
public readonly record struct WrittenNumber(decimal Value, SignSuffix Suffix = SignSuffix.None)
{
    /// <summary>Values of this magnitude or more are refused (1e20).</summary>
    public static readonly decimal MaxMagnitude = 100_000_000_000_000_000_000m;

    /// <summary>Number of decimals as written (0 for integers).</summary>
    public int Decimals => Value.Scale;

    /// <summary>
    /// The interval implied by the last written digit: <c>"0.10"</c> → 0.01, <c>"4"</c> → 1.
    /// </summary>
    public decimal LastDigitInterval => Decimals == 0 ? 1m : new decimal(1, 0, 0, false, (byte)Decimals);

    /// <summary>Parses a written decimal; see <see cref="TryParse(string?, out WrittenNumber)"/>.</summary>
    public static WrittenNumber Parse(string text) =>
        TryParse(text, out var n) ? n : throw new FormatException($"'{text}' is not a written decimal.");

    /// <summary>
    /// Parses <c>[+|-]digits[.digits][e±n]</c> with an optional suffix <c>(+)</c>, <c>(-)</c> or <c>(−)</c>.
    /// Rejects thousands separators (<c>"1,2.3"</c>), <c>NaN</c>, infinities, magnitudes of 1e20 or more, empty text and
    /// anything else.
    /// </summary>
    public static bool TryParse(string? text, out WrittenNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var suffix = SignSuffix.None;
        if (span.EndsWith("(+)", StringComparison.Ordinal))
        {
            suffix = SignSuffix.Plus;
            span = span[..^3].TrimEnd();
        }
        else if (span.EndsWith("(-)", StringComparison.Ordinal) || span.EndsWith("(−)", StringComparison.Ordinal))
        {
            suffix = SignSuffix.Minus;
            span = span[..^3].TrimEnd();
        }

        if (!IsPlainDecimal(span))
        {
            return false;
        }

        // U+2212 minus sign is accepted as a leading sign.
        Span<char> buffer = stackalloc char[span.Length];
        span.CopyTo(buffer);
        if (buffer.Length > 0 && buffer[0] == '−')
        {
            buffer[0] = '-';
        }

        if (!decimal.TryParse(buffer, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        // Far beyond any physical indicator, and keeps unit conversion, rounding and gap arithmetic inside decimal range.
        if (Math.Abs(value) >= MaxMagnitude)
        {
            return false;
        }

        number = new WrittenNumber(value, suffix);
        return true;
    }

    private static bool IsPlainDecimal(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-' || s[i] == '−'))
        {
            i++;
        }

        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                i++;
            }

            var exp = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                exp++;
            }

            if (exp == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    /// <summary>The value as written (invariant culture, scale kept), with its suffix.</summary>
    public override string ToString() =>
        Value.ToString(CultureInfo.InvariantCulture) + Suffix switch { SignSuffix.Plus => "(+)", SignSuffix.Minus => "(−)", _ => "" };
}
