namespace Weinan.Benchmarking.Batch.Intake;

/// <summary>A county-level division: its name and its GB/T 2260 code (positions 3–8 of a credit code registered there).</summary>
/// <param name="Name">The name, e.g. <c>临渭区</c>.</param>
/// <param name="Division">The six-digit division code, e.g. <c>610502</c>.</param>
public sealed record County(string Name, string Division);

/// <summary>The eleven counties, county-level cities and districts of Weinan (渭南市), in the order of their codes.</summary>
public static class WeinanCounties
{
    /// <summary>All eleven.</summary>
    public static IReadOnlyList<County> All { get; } =
    [
        new("临渭区", "610502"),
        new("华州区", "610503"),
        new("潼关县", "610522"),
        new("大荔县", "610523"),
        new("合阳县", "610524"),
        new("澄城县", "610525"),
        new("蒲城县", "610526"),
        new("白水县", "610527"),
        new("富平县", "610528"),
        new("韩城市", "610581"),
        new("华阴市", "610582"),
    ];
}
