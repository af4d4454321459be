using System.Runtime.CompilerServices;
using Extraction.Tokenization;

namespace Extraction.Entities;

/// <summary>Allocation-free hashing of folded token text and of feature tuples for the entity tagger.</summary>
internal static class FeatureHashing
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Fold of every UTF-16 unit, computed once: lower-casing a Cyrillic letter otherwise goes through the culture tables.
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Lower-cases and unifies apostrophes; returns '\0' for characters that normalization drops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => FoldTable[c];

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) table[c] = FoldSlowly((char)c);
        return table;
    }

    private static char FoldSlowly(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (TokenNormalizer.IsApostropheVariant(c)) return '\'';
        if (TokenNormalizer.IsDropped(c)) return '\0';
        return char.ToLowerInvariant(c);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="buffer"/> and returns the folded length (truncated to the buffer).</summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in text)
        {
            char f = Fold(c);
            if (f == '\0') continue;
            if (n == buffer.Length) break;
            buffer[n++] = f;
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>FNV-1a over the characters of <paramref name="folded"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> folded)
    {
        ulong h = Seed;
        foreach (char c in folded) h = Step(h, c);
        return h;
    }

    /// <summary>The hash of <paramref name="text"/> after folding: what gazetteer and cluster keys are built from.</summary>
    public static ulong HashFolded(ReadOnlySpan<char> text)
    {
        ulong h = Seed;
        foreach (char c in text)
        {
            char f = Fold(c);
            if (f != '\0') h = Step(h, f);
        }
        return h;
    }

    /// <summary>Combines a feature template with up to three values into a bucket index of <paramref name="bits"/> bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bucket(int bits, ulong template, ulong a, ulong b = 0, ulong c = 0)
    {
        ulong h = (a ^ (template * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
        h ^= b * 0x94D049BB133111EBUL;
        h = (h ^ (h >> 31)) * 0xD6E8FEB86659FD93UL;
        h ^= c * 0xC2B2AE3D27D4EB4FUL;
        h = (h ^ (h >> 29)) * 0x9E3779B97F4A7C15UL;
        return (int)(h >> (64 - bits));
    }
}
