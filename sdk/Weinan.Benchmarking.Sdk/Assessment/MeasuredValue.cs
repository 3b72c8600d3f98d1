using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Numbers;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>What a written value means.</summary>
internal enum MeasuredValueKind
{
    Number,
    BelowDetection,
    Ordinal,
    Categorical,
    Invalid,
}

/// <summary>A measured value parsed from its written form.</summary>
internal readonly record struct MeasuredValue(
    MeasuredValueKind Kind,
    WrittenNumber Number = default,
    WrittenNumber? DetectionLimit = null,
    int Rank = 0,
    string Text = "",
    WrittenNumber? Uncertainty = null)
{
    public static MeasuredValue Parse(MeasuredResult result, Indicator indicator)
    {
        var text = result.Value?.Trim() ?? "";
        switch (indicator.Kind)
        {
            case IndicatorKind.Ordinal:
                var rank = IndexOf(indicator.Scale, text);
                return rank < 0
                    ? new(MeasuredValueKind.Invalid, Text: text)
                    : new(MeasuredValueKind.Ordinal, Rank: rank, Text: text);
            case IndicatorKind.Categorical:
                return text.Length == 0 ? new(MeasuredValueKind.Invalid, Text: text) : new(MeasuredValueKind.Categorical, Text: text);
        }

        WrittenNumber? u = WrittenNumber.TryParse(result.Uncertainty, out var un) ? un : null;
        WrittenNumber? dl = WrittenNumber.TryParse(result.DetectionLimit, out var d) ? d : null;
        if (DetectionText.IsLessThan(text, out var rest) && WrittenNumber.TryParse(rest, out var lessThan))
        {
            return new(MeasuredValueKind.BelowDetection, DetectionLimit: lessThan, Text: text);
        }

        if (result.BelowDetectionLimit || DetectionText.IsNotDetected(text))
        {
            return new(MeasuredValueKind.BelowDetection, DetectionLimit: dl, Text: text);
        }

        return WrittenNumber.TryParse(text, out var number)
            ? new(MeasuredValueKind.Number, number, Text: text, Uncertainty: u)
            : new(MeasuredValueKind.Invalid, Text: text);
    }

    internal static int IndexOf(IReadOnlyList<string> scale, string? text)
    {
        if (text is null)
        {
            return -1;
        }

        var t = text.Trim().Replace('–', '-').Replace('/', '-');
        for (var i = 0; i < scale.Count; i++)
        {
            if (string.Equals(scale[i], t, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
