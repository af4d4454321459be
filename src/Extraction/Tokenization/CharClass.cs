using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Extraction.Tokenization;

/// <summary>What a UTF-16 code unit means to the tokenizer.</summary>
internal enum CharClass : byte
{
    /// <summary>Control, private-use or unassigned: always a token of its own.</summary>
    Other,
    Space,
    Letter,
    Digit,
    /// <summary>A combining mark (stress, breve, variation selector): stays inside the token it follows.</summary>
    Mark,
    /// <summary>A zero-width or format character (ZWSP, ZWJ, soft hyphen, BOM): stays inside the token it touches.</summary>
    Invisible,
    Apostrophe,
    /// <summary>A hyphen that may join word parts: - U+2010 U+2011.</summary>
    Hyphen,
    Period,
    /// <summary>! ? … — the other sentence-ending marks.</summary>
    Terminal,
    Punctuation,
    Symbol,
    HighSurrogate,
    LowSurrogate,
}

/// <summary>
/// A 64K-entry table built once: the class of every UTF-16 code unit, plus a bit saying whether the unit
/// makes a token's normalized form differ from its surface. One array read per character while scanning.
/// </summary>
internal static class CharClasses
{
    public const byte ClassMask = 0x1F;
    public const byte NormalizeBit = 0x40;

    private static readonly byte[] Table = Build();

    public static ReadOnlySpan<byte> Entries => Table;

    /// <summary>The entry of <paramref name="c"/>; the table has an entry for every char value, so no bounds check is needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Entry(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Table), (nint)c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => (CharClass)(Entry(c) & ClassMask);

    /// <summary>
    /// Index of the first character at or after <paramref name="start"/> that is not a <see cref="CharClass.Letter"/>
    /// (or the text length). Basic Latin and Cyrillic letters are tested 16 or 8 at a time; anything else falls back
    /// to the table, so the result is exactly that of a table scan.
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
                    uint others = ~VectorLetters(Vector256.LoadUnsafe(ref first, (nuint)k)).ExtractMostSignificantBits() & 0xFFFF;
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
                    uint others = ~VectorLetters(Vector128.LoadUnsafe(ref first, (nuint)k)).ExtractMostSignificantBits() & 0xFF;
                    if (others != 0)
                    {
                        k += BitOperations.TrailingZeroCount(others);
                        goto Found;
                    }
                    k += Vector128<ushort>.Count;
                }
            }
            while (k < text.Length && Entry(text[k]) == (byte)CharClass.Letter) k++;
            return k;
        Found:
            // A letter outside the vector ranges (é, Greek) continues the run.
            if (Entry(text[k]) != (byte)CharClass.Letter) return k;
            k++;
        }
    }

    // Lanes holding A–Z, a–z, U+0400–U+0481 or U+048A–U+052F: letters with no normalization bit (a unit test checks the table agrees).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> VectorLetters(Vector256<ushort> v) =>
        Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26))
        | Vector256.LessThan(v - Vector256.Create((ushort)0x0400), Vector256.Create((ushort)0x82))
        | Vector256.LessThan(v - Vector256.Create((ushort)0x048A), Vector256.Create((ushort)(0x0530 - 0x048A)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> VectorLetters(Vector128<ushort> v) =>
        Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26))
        | Vector128.LessThan(v - Vector128.Create((ushort)0x0400), Vector128.Create((ushort)0x82))
        | Vector128.LessThan(v - Vector128.Create((ushort)0x048A), Vector128.Create((ushort)(0x0530 - 0x048A)));

    /// <summary>True for the characters <see cref="LetterRunEnd"/> tests in vector lanes (exposed for a consistency test).</summary>
    internal static bool IsVectorLetter(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u0400' and <= '\u0481' or >= '\u048A' and <= '\u052F';

    private static byte[] Build()
    {
        var table = new byte[65536];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            var cls = Classify(c);
            bool normalizes = TokenNormalizer.IsApostropheVariant(c) || TokenNormalizer.IsDropped(c) || TokenNormalizer.IsComposable(c);
            table[i] = (byte)((byte)cls | (normalizes ? NormalizeBit : 0));
        }
        return table;
    }

    private static CharClass Classify(char c)
    {
        if (char.IsWhiteSpace(c)) return CharClass.Space;
        switch (c)
        {
            case '\'' or '\u2019' or '\u02BC' or '`' or '\u2018' or '\u02B9': return CharClass.Apostrophe;
            case '-' or '\u2010' or '\u2011': return CharClass.Hyphen;
            case '.': return CharClass.Period;
            case '!' or '?' or '\u2026': return CharClass.Terminal;
            case '%' or '\u2030' or '\u2031' or '#' or '&' or '*' or '@' or '\u00A7' or '\u2116': return CharClass.Symbol;
        }
        if (char.IsHighSurrogate(c)) return CharClass.HighSurrogate;
        if (char.IsLowSurrogate(c)) return CharClass.LowSurrogate;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.Letter,
            UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
            UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
            UnicodeCategory.Format => CharClass.Invisible,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => CharClass.Punctuation,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => CharClass.Symbol,
            _ => CharClass.Other,
        };
    }
}
