namespace Weinan.Benchmarking.Sdk.Numbers;

/// <summary>Decimal arithmetic that reports overflow as false instead of throwing: input never reaches an exception.</summary>
internal static class Checked
{
    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        try
        {
            product = a * b;
            return true;
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }
    }

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
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

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

    public static bool TryRound(WrittenNumber value, decimal interval, out decimal rounded)
    {
        try
        {
            rounded = Rounding.ToInterval(value, interval);
            return true;
        }
        catch (OverflowException)
        {
            rounded = 0m;
            return false;
        }
    }
}
