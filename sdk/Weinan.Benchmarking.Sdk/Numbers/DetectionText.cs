namespace Weinan.Benchmarking.Sdk.Numbers;

/// <summary>How a laboratory writes "below the detection limit": <c>ND</c>, <c>未检出</c>, <c>&lt;0.01</c>, <c>＜0.01</c>.</summary>
internal static class DetectionText
{
    private static readonly string[] NotDetectedWords = ["nd", "n.d.", "n.d", "not detected", "未检出", "<lod", "<dl", "＜lod", "＜dl"];

    /// <summary>Whether the text says "not detected" without a number.</summary>
    public static bool IsNotDetected(string text) => NotDetectedWords.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the text is "&lt;number" (ASCII or full-width); <paramref name="number"/> is the rest.</summary>
    public static bool IsLessThan(string text, out string number)
    {
        var t = text.Trim();
        if (t.StartsWith('<') || t.StartsWith('＜'))
        {
            number = t[1..].Trim();
            return true;
        }

        number = "";
        return false;
    }
}
