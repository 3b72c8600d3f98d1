namespace Weinan.Benchmarking.Sdk.Numbers;

/// <summary>GB/T 8170-2008 §3.3 sign suffix of a value reported with one extra digit.</summary>
public enum SignSuffix
{
    /// <summary>No suffix.</summary>
    None,
    /// <summary>"(+)": the true value is above the reported one (digits were dropped).</summary>
    Plus,
    /// <summary>"(−)": the true value is below the reported one (it was rounded up).</summary>
    Minus,
}
