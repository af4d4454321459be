using System.Collections.Frozen;

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

    private const int MaxLength = 8;

    private static readonly FrozenDictionary<string, byte> Kinds = Build();

    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => KindOf(word) != 0;

    /// <summary>True when a period after <paramref name="word"/> never ends a sentence on its own.</summary>
    public static bool IsNonFinal(ReadOnlySpan<char> word) => KindOf(word) == NonFinalWord;

    /// <summary>True when a period after <paramref name="word"/> may also end the sentence.</summary>
    public static bool MayEnd(ReadOnlySpan<char> word) => KindOf(word) == MayEndWord;

    // Lower-cases into a small buffer so the ordinal lookup stays cheap for Cyrillic (an ignore-case hash is not).
    private static byte KindOf(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength) return 0;
        Span<char> lower = stackalloc char[MaxLength];
        InvariantLower.Copy(word, lower);
        return Lookup.TryGetValue(lower[..word.Length], out byte kind) ? kind : (byte)0;
    }

    private static FrozenDictionary<string, byte> Build()
    {
        var kinds = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (string word in NonFinal) kinds[word] = NonFinalWord;
        foreach (string word in MayEndSentence) kinds[word] = MayEndWord;
        return kinds.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
