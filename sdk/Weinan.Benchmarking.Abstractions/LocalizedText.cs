namespace Weinan.Benchmarking.Abstractions;

/// <summary>A text in Simplified Chinese and English.</summary>
/// <param name="Zh">zh-CN text (the default language).</param>
/// <param name="En">English text.</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text for a language tag: English for tags starting with "en", else Chinese.</summary>
    public string For(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? (string.IsNullOrEmpty(En) ? Zh : En) : (string.IsNullOrEmpty(Zh) ? En : Zh);

    /// <inheritdoc />
    public override string ToString() => Zh;

    /// <summary>No text in either language: the shared default of the model's text fields.</summary>
    internal static LocalizedText Empty { get; } = new("", "");
}
