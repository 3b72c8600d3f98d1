using System.Collections.Concurrent;
using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Sdk.Assessment;

/// <summary>
/// Texts put together from a catalog's wordings (rung names, reasons, requirement names), made once per combination and
/// shared by every submission: the parts are shared instances, compared by reference. Texts that name a value or the
/// enterprise's own standard are new in every submission and must not be put together here.
/// </summary>
internal static class SharedWording
{
    /// <summary>How parts are put together.</summary>
    public enum Form
    {
        /// <summary>Skipped rungs and the last reason, joined by <c>；</c> / <c>; </c>.</summary>
        Joined,

        /// <summary>An indicator's name and what it lacks: <c>名称（原因）</c> / <c>name (reason)</c>.</summary>
        NameAndReason,
    }

    private static readonly ConcurrentDictionary<Key, LocalizedText> Made = new();

    // Every plan (catalog and options) brings its own wordings: a process that makes plan after plan must not keep
    // them all. Past this many, texts are made each time.
    private const int MaxRemembered = 1 << 16;

    private static int _remembered;

    /// <summary>The parts put together in the form, made on first use.</summary>
    public static LocalizedText Of(Form form, LocalizedText[] parts, Func<LocalizedText[], LocalizedText> make)
    {
        var key = new Key(form, parts);
        if (Made.TryGetValue(key, out var made))
        {
            return made;
        }

        made = make(parts);
        if (Volatile.Read(ref _remembered) >= MaxRemembered)
        {
            return made;
        }

        if (Made.TryAdd(key, made))
        {
            Interlocked.Increment(ref _remembered);
            return made;
        }

        // Another thread made it first: share that one.
        return Made.GetValueOrDefault(key, made);
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
