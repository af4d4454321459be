using System.Collections.Frozen;

namespace Extraction.Tokenization;

/// <summary>
/// Words written with a period after them (the period is a token of its own, as in UD Ukrainian).
/// Looked up by span, case-insensitively, without allocating.
/// </summary>
internal static class Abbreviations
{
    // Usually followed by a name or a number, so a period after them does not end a sentence:
    // вул. Хрещатик, ім. Шевченка, м. Київ, с. Гостомель, див. нижче, ст. 185.
    private static readonly FrozenSet<string> NonFinal = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "вул", "просп", "пров", "пл", "бул", "узв", "наб", "шос", "майд", "м", "с", "смт", "сел", "х", "ім", "св", "о",
        "оз", "г", "проф", "акад", "доц", "ген", "полк", "підполк", "лейт", "капт", "канд", "заст", "гол", "нар",
        "деп", "гр", "див", "напр", "порівн", "тел", "моб", "ч", "пп", "рис", "мал", "табл", "розд", "абз", "вид",
        "кв", "буд", "корп", "ред", "упор", "пер", "англ", "укр", "рос", "нім", "франц", "лат", "грец", "mr",
        "mrs", "ms", "dr", "st", "vs", "no", "prof", "gen");

    // Also close enumerations and amounts, so a period after them ends a sentence when a capital follows:
    // і т. д., та ін., у 2016 р., 5 млн грн.
    private static readonly FrozenSet<string> MayEndSentence = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "т", "д", "п", "ін", "інш", "р", "рр", "тис", "млн", "млрд", "трлн", "грн", "коп", "дол", "обл", "н", "е", "ст",
        "стор", "ц", "etc", "inc", "ltd", "co", "corp");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonFinalLookup =
        NonFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MayEndSentenceLookup =
        MayEndSentence.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => IsNonFinal(word) || MayEnd(word);

    /// <summary>True when a period after <paramref name="word"/> never ends a sentence on its own.</summary>
    public static bool IsNonFinal(ReadOnlySpan<char> word) =>
        word.Length <= 8 && NonFinalLookup.Contains(word);

    /// <summary>True when a period after <paramref name="word"/> may also end the sentence.</summary>
    public static bool MayEnd(ReadOnlySpan<char> word) =>
        word.Length <= 8 && MayEndSentenceLookup.Contains(word);
}
