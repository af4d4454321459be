namespace Extraction.Tokenization;

/// <summary>
/// Words written with a period after them (the period is a token of its own, as in UD Ukrainian).
/// Looked up by span, case-insensitively, without allocating.
/// </summary>
internal static class Abbreviations
{
    private const byte NonFinalWord = 1;
    private const byte MayEndWord = 2;

    // Usually followed by a name or a number, so a period after them does not end a sentence:
    // вул. Хрещатик, ім. Шевченка, м. Київ, с. Гостомель, див. нижче.
    private static readonly string[] NonFinal =
    [
        "вул", "просп", "пров", "пл", "бул", "узв", "наб", "шос", "майд", "м", "с", "смт", "сел", "х", "ім", "св", "о",
        "оз", "г", "проф", "акад", "доц", "ген", "полк", "підполк", "лейт", "капт", "канд", "заст", "гол", "нар",
        "деп", "гр", "див", "напр", "порівн", "тел", "моб", "ч", "пп", "рис", "мал", "табл", "розд", "абз", "вид",
        "кв", "буд", "корп", "ред", "упор", "пер", "англ", "укр", "рос", "нім", "франц", "лат", "грец", "mr",
        "mrs", "ms", "dr", "st", "vs", "no", "prof", "gen",
    ];

    // Also close enumerations and amounts, so a period after them ends a sentence when a capital follows:
    // і т. д., та ін., у 2016 р., 5 млн грн., XIX ст.
    private static readonly string[] MayEndSentence =
    [
        "т", "д", "п", "ін", "інш", "р", "рр", "тис", "млн", "млрд", "трлн", "грн", "коп", "дол", "обл", "н", "е", "ст",
        "стор", "ц", "etc", "inc", "ltd", "co", "corp",
    ];

    /// <summary>The longest abbreviation, in UTF-16 code units.</summary>
    public const int MaxLength = 8;
    private const int SlotBits = 8;

    // Open addressing over the lower-cased word packed into two 64-bit keys (four UTF-16 units each, zero padded;
    // letters are never U+0000, so packing is one-to-one). Cheaper than hashing a span into a string dictionary.
    private static readonly (ulong Low, ulong High, byte Kind)[] Slots = Build();

    private static readonly ulong[] Sketches = BuildSketches();

    /// <summary>Every listed abbreviation, lower case (for tests).</summary>
    internal static IEnumerable<string> Words => NonFinal.Concat(MayEndSentence);

    /// <summary>True when <paramref name="word"/> is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => KindOf(word) != 0;

    /// <summary>True when a period after <paramref name="word"/> never ends a sentence on its own.</summary>
    public static bool IsNonFinal(ReadOnlySpan<char> word) => KindOf(word) == NonFinalWord;

    /// <summary>True when a period after <paramref name="word"/> may also end the sentence.</summary>
    public static bool MayEnd(ReadOnlySpan<char> word) => KindOf(word) == MayEndWord;

    private static byte KindOf(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength) return 0;
        // Most words asked about are ordinary sentence-final words: a 1,024-bit filter over (length, first and last
        // letter) turns nine in ten of them away before the whole word is lower-cased and hashed.
        int sketch = SketchOf(word.Length, InvariantLower.Of(word[0]), InvariantLower.Of(word[^1]));
        if ((Sketches[sketch >> 6] & (1UL << sketch)) == 0) return 0;
        ulong low = 0, high = 0;
        for (int i = 0; i < word.Length; i++)
        {
            ulong c = InvariantLower.Of(word[i]);
            if (i < 4) low |= c << (16 * i);
            else high |= c << (16 * (i - 4));
        }
        var slots = Slots;
        for (int slot = SlotOf(low, high); ; slot = (slot + 1) & (slots.Length - 1))
        {
            var entry = slots[slot];
            if (entry.Kind == 0) return 0;
            if (entry.Low == low && entry.High == high) return entry.Kind;
        }
    }

    private static int SketchOf(int length, char first, char last) => (int)(((uint)(first * 31 + last) * 0x9E3779B1u + (uint)length * 0x85EBCA6Bu) >> 22);

    private static int SlotOf(ulong low, ulong high) =>
        (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> (64 - SlotBits));

    private static (ulong, ulong, byte)[] Build()
    {
        var slots = new (ulong Low, ulong High, byte Kind)[1 << SlotBits];
        foreach (string word in NonFinal) Add(slots, word, NonFinalWord);
        foreach (string word in MayEndSentence) Add(slots, word, MayEndWord);
        return slots;
    }

    private static ulong[] BuildSketches()
    {
        var sketches = new ulong[1024 / 64];
        foreach (string word in NonFinal.Concat(MayEndSentence))
        {
            int sketch = SketchOf(word.Length, word[0], word[^1]);
            sketches[sketch >> 6] |= 1UL << sketch;
        }
        return sketches;
    }

    private static void Add((ulong Low, ulong High, byte Kind)[] slots, string word, byte kind)
    {
        ulong low = 0, high = 0;
        for (int i = 0; i < word.Length; i++)
        {
            if (i < 4) low |= (ulong)word[i] << (16 * i);
            else high |= (ulong)word[i] << (16 * (i - 4));
        }
        int slot = SlotOf(low, high);
        while (slots[slot].Kind != 0 && (slots[slot].Low != low || slots[slot].High != high)) slot = (slot + 1) & (slots.Length - 1);
        slots[slot] = (low, high, kind);
    }
}
