using System.Runtime.CompilerServices;

namespace Extraction.Tokenization;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> with the ASCII and basic Cyrillic ranges computed inline: on Linux the
/// BCL asks ICU for every non-ASCII character, which made lower-casing the costliest step of abbreviation look-ups.
/// </summary>
internal static class InvariantLower
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Of(char c)
    {
        if (c < 0x80) return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        if (c is >= '\u0410' and <= '\u042F') return (char)(c + 0x20);
        if (c is >= '\u0430' and <= '\u045F') return c;
        if (c is >= '\u0400' and <= '\u040F') return (char)(c + 0x50);
        return char.ToLowerInvariant(c);
    }

    /// <summary>Writes the lower-case form of <paramref name="source"/> to <paramref name="destination"/> (at least as long).</summary>
    public static void Copy(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++) destination[i] = Of(source[i]);
    }
}
