using System.Collections.Concurrent;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Texts put together from a catalog's wordings (rung names, reasons, requirement names), made once per combination and
/// shared by every submission: the parts are shared instances, compared by reference. Texts that name a value or the
/// enterprise's own standard are new in every submission and must not be put together here.
/// </summary>
internal sealed class SharedWording(int maxRemembered)
{
    /// <summary>How parts are put together.</summary>
    public enum Form
    {
        /// <summary>Skipped rungs and the last reason, joined by <c>；</c> / <c>; </c>.</summary>
        Joined,

        /// <summary>An indicator's name and what it lacks: <c>名称（原因）</c> / <c>name (reason)</c>.</summary>
        NameAndReason,
    }

    /// <summary>
    /// The texts every assessment shares. Every plan (catalog and options) brings its own wordings: a process that makes
    /// plan after plan must not keep them all, so past this many, texts are made each time.
    /// </summary>
    public static SharedWording Shared { get; } = new(1 << 16);

    private readonly ConcurrentDictionary<Key, LocalizedText> _made = new();

    private int _remembered;

    /// <summary>Combinations remembered.</summary>
    public int Remembered => Volatile.Read(ref _remembered);

    /// <summary>The parts put together in the form, made on first use (shared texts: <see cref="Shared"/>).</summary>
    public static LocalizedText Of(Form form, LocalizedText[] parts, Func<LocalizedText[], LocalizedText> make) =>
        Shared.Get(form, parts, make);

    /// <summary>The parts put together in the form: the text made for the same parts before, while fewer than the bound
    /// are remembered; otherwise made now.</summary>
    public LocalizedText Get(Form form, LocalizedText[] parts, Func<LocalizedText[], LocalizedText> make)
    {
        var key = new Key(form, parts);
        if (_made.TryGetValue(key, out var made))
        {
            return made;
        }

        made = make(parts);
        if (Volatile.Read(ref _remembered) >= maxRemembered)
        {
            return made;
        }

        if (_made.TryAdd(key, made))
        {
            Interlocked.Increment(ref _remembered);
            return made;
        }

        // Another thread made it first: share that one.
        return _made.GetValueOrDefault(key, made);
    }

    /// <summary>Parts compared by reference, with their form.</summary>
    private sealed class Key(Form form, LocalizedText[] parts) : IEquatable<Key>
    {
        public LocalizedText[] Parts { get; } = parts;

        private readonly Form _form = form;

        public bool Equals(Key? other)
        {
            if (other is null || other._form != _form || other.Parts.Length != Parts.Length)
            {
                return false;
            }

            for (var i = 0; i < Parts.Length; i++)
            {
                if (!ReferenceEquals(Parts[i], other.Parts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add((int)_form);
            foreach (var part in Parts)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(part));
            }

            return hash.ToHashCode();
        }
    }
}
