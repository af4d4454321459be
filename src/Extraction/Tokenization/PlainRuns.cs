using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Extraction.Tokenization;

/// <summary>
/// Vector classification of the characters most news text is made of: plain letters (A–Z, a–z, U+0400–U+0481,
/// U+048A–U+052F), ASCII digits and plain whitespace (space, line feed). They are subsets of the table's
/// <see cref="CharClass.Letter"/> (without the normalization bit), <see cref="CharClass.Digit"/> and
/// <see cref="CharClass.Space"/>, so a scan that trusts them and asks the table about everything else gives exactly
/// the table's answer.
/// </summary>
internal static class PlainRuns
{
    /// <summary>Characters classified by one <see cref="Classify"/> call, one bit each.</summary>
    public const int BlockLength = 64;

    /// <summary>True when <see cref="Classify"/> runs on vector hardware (otherwise callers scan with the table).</summary>
    public static bool IsAccelerated => Vector128.IsHardwareAccelerated;

    /// <summary>
    /// Bit masks of the plain letters (returned), the ASCII digits (<paramref name="digits"/>) and plain whitespace
    /// (<paramref name="spaces"/>) among the <see cref="BlockLength"/> characters from <paramref name="start"/>;
    /// bit n stands for text[start + n].
    /// </summary>
    /// <remarks>The caller guarantees <c>start + BlockLength &lt;= text.Length</c>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Classify(ReadOnlySpan<char> text, int start, out ulong digits, out ulong spaces)
    {
        ref ushort p = ref Unsafe.Add(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), start);
        if (Vector512.IsHardwareAccelerated)
        {
            var a = Vector512.LoadUnsafe(ref p);
            var b = Vector512.LoadUnsafe(ref p, 32);
            spaces = Spaces(a).ExtractMostSignificantBits() | Spaces(b).ExtractMostSignificantBits() << 32;
            digits = Digits(a).ExtractMostSignificantBits() | Digits(b).ExtractMostSignificantBits() << 32;
            return Letters(a).ExtractMostSignificantBits() | Letters(b).ExtractMostSignificantBits() << 32;
        }
        if (Vector256.IsHardwareAccelerated)
        {
            ulong letters = 0, digit = 0, space = 0;
            for (int part = 0; part < 4; part++)
            {
                var v = Vector256.LoadUnsafe(ref p, (nuint)(part * 16));
                letters |= (ulong)Letters(v).ExtractMostSignificantBits() << (part * 16);
                digit |= (ulong)Digits(v).ExtractMostSignificantBits() << (part * 16);
                space |= (ulong)Spaces(v).ExtractMostSignificantBits() << (part * 16);
            }
            digits = digit;
            spaces = space;
            return letters;
        }
        ulong l = 0, d = 0, s = 0;
        for (int part = 0; part < 8; part++)
        {
            var v = Vector128.LoadUnsafe(ref p, (nuint)(part * 8));
            l |= (ulong)Letters(v).ExtractMostSignificantBits() << (part * 8);
            d |= (ulong)Digits(v).ExtractMostSignificantBits() << (part * 8);
            s |= (ulong)Spaces(v).ExtractMostSignificantBits() << (part * 8);
        }
        digits = d;
        spaces = s;
        return l;
    }

    /// <summary>
    /// Index of the first character at or after <paramref name="start"/> that is not a <see cref="CharClass.Letter"/>
    /// (or the text length): plain letters are tested 16 or 8 at a time, anything else with the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LetterRunEnd(ReadOnlySpan<char> text, int start)
    {
        int k = start;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        while (true)
        {
            if (Vector256.IsHardwareAccelerated)
            {
                while (k <= text.Length - Vector256<ushort>.Count)
                {
                    uint others = ~Letters(Vector256.LoadUnsafe(ref first, (nuint)k)).ExtractMostSignificantBits() & 0xFFFF;
                    if (others != 0)
                    {
                        k += BitOperations.TrailingZeroCount(others);
                        goto Found;
                    }
                    k += Vector256<ushort>.Count;
                }
            }
            else if (Vector128.IsHardwareAccelerated)
            {
                while (k <= text.Length - Vector128<ushort>.Count)
                {
                    uint others = ~Letters(Vector128.LoadUnsafe(ref first, (nuint)k)).ExtractMostSignificantBits() & 0xFF;
                    if (others != 0)
                    {
                        k += BitOperations.TrailingZeroCount(others);
                        goto Found;
                    }
                    k += Vector128<ushort>.Count;
                }
            }
            while (k < text.Length && CharClasses.Entry(text[k]) == (byte)CharClass.Letter) k++;
            return k;
        Found:
            // A letter outside the plain ranges (é, Greek) continues the run.
            if (CharClasses.Entry(text[k]) != (byte)CharClass.Letter) return k;
            k++;
        }
    }

    /// <summary>True for the characters tested as plain letters (exposed for a consistency test).</summary>
    public static bool IsPlainLetter(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u0400' and <= '\u0481' or >= '\u048A' and <= '\u052F';

    /// <summary>
    /// True for the marks that are a token of their own whenever a plain letter or plain whitespace follows them, and
    /// that end a word written right before them without joining it (except the period, which may end an
    /// abbreviation or sit inside a domain name): , . : ; ! ? ( ) " « » – —.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainMark(char c) =>
        c < 0x80 ? ((PlainAsciiMarks >> (c & 0x3F)) & (c < 0x40 ? 1UL : 0UL)) != 0 : c is '«' or '»' or '–' or '—';

    // Bit n set for the ASCII mark U+00nn (all of them below U+0040).
    private const ulong PlainAsciiMarks =
        1UL << ',' | 1UL << '.' | 1UL << ':' | 1UL << ';' | 1UL << '!' | 1UL << '?' | 1UL << '(' | 1UL << ')' | 1UL << '"';

    /// <summary>True for the characters tested as plain whitespace (exposed for a consistency test).</summary>
    public static bool IsPlainSpace(char c) => c is ' ' or '\n';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> Letters(Vector512<ushort> v) =>
        Vector512.LessThan((v | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)26))
        | Vector512.LessThan(v - Vector512.Create((ushort)0x0400), Vector512.Create((ushort)0x82))
        | Vector512.LessThan(v - Vector512.Create((ushort)0x048A), Vector512.Create((ushort)(0x0530 - 0x048A)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Letters(Vector256<ushort> v) =>
        Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26))
        | Vector256.LessThan(v - Vector256.Create((ushort)0x0400), Vector256.Create((ushort)0x82))
        | Vector256.LessThan(v - Vector256.Create((ushort)0x048A), Vector256.Create((ushort)(0x0530 - 0x048A)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Letters(Vector128<ushort> v) =>
        Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26))
        | Vector128.LessThan(v - Vector128.Create((ushort)0x0400), Vector128.Create((ushort)0x82))
        | Vector128.LessThan(v - Vector128.Create((ushort)0x048A), Vector128.Create((ushort)(0x0530 - 0x048A)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> Digits(Vector512<ushort> v) => Vector512.LessThan(v - Vector512.Create((ushort)'0'), Vector512.Create((ushort)10));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Digits(Vector256<ushort> v) => Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Digits(Vector128<ushort> v) => Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> Spaces(Vector512<ushort> v) =>
        Vector512.Equals(v, Vector512.Create((ushort)' ')) | Vector512.Equals(v, Vector512.Create((ushort)'\n'));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Spaces(Vector256<ushort> v) =>
        Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.Equals(v, Vector256.Create((ushort)'\n'));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Spaces(Vector128<ushort> v) =>
        Vector128.Equals(v, Vector128.Create((ushort)' ')) | Vector128.Equals(v, Vector128.Create((ushort)'\n'));
}
