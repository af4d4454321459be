using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
