namespace Weinan.Benchmarking.Sdk.Numbers;

/// <summary>
/// Decimal arithmetic that reports an out-of-range result instead of throwing. The engine uses it wherever written
/// numbers meet factors (unit and basis conversions, guard bands, relative gaps), so that extreme but well-formed input
/// becomes an indeterminate verdict or a missing figure with its reason, never an exception. A product or quotient of
/// non-zero numbers that is too small to hold (it would read as 0) is out of range too: a conversion must never turn a
/// measured value into 0.
/// </summary>
public static class DecimalMath
{
    /// <summary>a × b; false when the product is beyond <see cref="decimal"/> or too small to hold.</summary>
    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        try
        {
            product = a * b;
            return product != 0m || a == 0m || b == 0m;
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }
    }

    /// <summary>a ÷ b; false when b is zero or the quotient is beyond <see cref="decimal"/> or too small to hold.</summary>
    public static bool TryDivide(decimal a, decimal b, out decimal quotient)
    {
        quotient = 0m;
        if (b == 0m)
        {
            return false;
        }

        try
        {
            quotient = a / b;
            return quotient != 0m || a == 0m;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>a + b; false when the sum is beyond <see cref="decimal"/>.</summary>
    public static bool TryAdd(decimal a, decimal b, out decimal sum)
    {
        try
        {
            sum = a + b;
            return true;
        }
        catch (OverflowException)
        {
            sum = 0m;
            return false;
        }
    }

    /// <summary>a − b; false when the difference is beyond <see cref="decimal"/>.</summary>
    public static bool TrySubtract(decimal a, decimal b, out decimal difference) => TryAdd(a, -b, out difference);

    /// <summary>
    /// a + b, held at <see cref="decimal.MaxValue"/> or <see cref="decimal.MinValue"/> when the sum is beyond them. A bound
    /// moved that far still compares the right way with every value the engine can hold.
    /// </summary>
    public static decimal SaturatingAdd(decimal a, decimal b) =>
        TryAdd(a, b, out var sum) ? sum : b > 0m ? decimal.MaxValue : decimal.MinValue;
}
