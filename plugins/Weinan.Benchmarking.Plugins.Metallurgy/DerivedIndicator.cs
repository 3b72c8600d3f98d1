using System.Globalization;
using System.Text.RegularExpressions;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Plugins.Metallurgy;

/// <summary>
/// An indicator computed from raw results of one kind of unit (stresses, mass fractions, masses per metre). The inputs
/// are read as written, computed with <see cref="decimal"/> only and the value is rounded once (GB/T 8170, half to even)
/// to <see cref="Decimals"/> places, two more than the limits it is judged against, so that the absolute method judges
/// it as computed. Returns null, never throws, when an input is missing, not a plain number (below detection, a word),
/// in another unit, or the arithmetic has no answer.
/// </summary>
internal abstract partial class DerivedIndicator(string id, IReadOnlyList<string> inputIds, IReadOnlySet<string> units, int decimals)
    : IDerivedIndicator
{
    /// <summary>Stress units an input may be written in: the indicator's (blank), MPa and its alias N/mm².</summary>
    protected static readonly IReadOnlySet<string> Stress = new HashSet<string>(StringComparer.Ordinal) { "", "MPa", "N/mm²", "N/mm2" };

    /// <summary>Mass fractions: the indicator's unit (blank) or %.</summary>
    protected static readonly IReadOnlySet<string> Percent = new HashSet<string>(StringComparer.Ordinal) { "", "%" };

    /// <summary>Masses per metre: the indicator's unit (blank) or kg/m.</summary>
    protected static readonly IReadOnlySet<string> KilogramPerMetre = new HashSet<string>(StringComparer.Ordinal) { "", "kg/m" };

    private static readonly decimal Ceiling = 1e20m;

    /// <inheritdoc />
    public string IndicatorId { get; } = id;

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs { get; } = inputIds;

    /// <summary>Decimal places of the computed value.</summary>
    public int Decimals { get; } = decimals;

    /// <inheritdoc />
    public MeasuredResult? Compute(IReadOnlyDictionary<string, MeasuredResult> inputs)
    {
        if (inputs is null)
        {
            return null;
        }

        var results = new List<MeasuredResult>(Inputs.Count);
        var values = new decimal[Inputs.Count];
        for (var i = 0; i < Inputs.Count; i++)
        {
            if (!inputs.TryGetValue(Inputs[i], out var result) || result is null || !TryRead(result, out values[i]))
            {
                return null;
            }

            results.Add(result);
        }

        decimal? value;
        try
        {
            value = Calculate(values);
        }
        catch (OverflowException)
        {
            return null;
        }

        if (value is not { } v)
        {
            return null;
        }

        return new MeasuredResult
        {
            IndicatorId = IndicatorId,
            Value = decimal.Round(v, Decimals, MidpointRounding.ToEven).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            Evidence = results.Min(r => r.Evidence),
            Reference = Join(results.Select(r => r.Reference), "; "),
            TestMethod = Join(results.Select(r => r.TestMethod), " + "),
        };
    }

    /// <summary>Computes the value from the inputs, in the order of <see cref="Inputs"/>; null when it has none.</summary>
    protected abstract decimal? Calculate(IReadOnlyList<decimal> values);

    /// <summary>
    /// Reads a raw value: a plain non-negative decimal as written (optionally with a GB/T 8170 sign suffix, which does not
    /// change its number), in one of the accepted units, below 1e20.
    /// </summary>
    private bool TryRead(MeasuredResult result, out decimal value)
    {
        value = 0m;
        var unit = (result.Unit ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (result.BelowDetectionLimit || !units.Contains(unit) || result.Value is null)
        {
            return false;
        }

        // Matched first, then the number cut out of the text: reading the match's group would allocate for every value.
        var text = result.Value.AsSpan().Trim();
        if (!PlainNumber().IsMatch(text))
        {
            return false;
        }

        var number = text.TrimStart('+');
        if (number.EndsWith(')'))
        {
            number = number[..number.LastIndexOf('(')];
        }

        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value) &&
               value < Ceiling;
    }

    private static string? Join(IEnumerable<string?> texts, string separator)
    {
        var distinct = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join(separator, distinct);
    }

    [GeneratedRegex(@"^\+?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(\((\+|-|−)\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
