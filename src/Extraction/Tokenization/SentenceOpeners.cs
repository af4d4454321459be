using System.Collections.Frozen;
using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// Capitalized words that open a sentence and are never part of a name: prepositions, conjunctions, pronouns, adverbs
/// of time and the verbs news uses to open a paragraph (На, Також, Цієї, Вчора, Нагадаємо). Web pages lose the line
/// break between a heading and the paragraph after it ("ЗСУ відбивають шість атак На Оріхівському напрямку …"), and
/// such a word written with a capital right after a word is where the paragraph begins.
/// One-letter words are left out (В and А also stand for the letters of a series or group).
/// </summary>
internal static class SentenceOpeners
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // prepositions
        "На", "Під", "Після", "Через", "Для", "Від", "Із", "Зі", "До", "Про", "Над", "Біля", "Поблизу", "Серед", "Між",
        "Попри", "Щодо", "Завдяки", "Внаслідок", "Протягом", "Упродовж", "Впродовж", "Напередодні", "Крім", "Окрім",
        // conjunctions and particles
        "Але", "Однак", "Проте", "Також", "Тому", "Тоді", "Втім", "Водночас", "Натомість", "Зокрема", "Адже", "Якщо",
        "Коли", "Хоча", "Щоб", "Оскільки", "Лише", "Тільки", "Навіть", "Вже", "Ще", "Не", "Ні", "Отже", "Відтак",
        // pronouns and determiners
        "Це", "Цей", "Ця", "Ці", "Цього", "Цієї", "Цих", "Цим", "Цьому", "Цією", "Він", "Вона", "Воно", "Вони", "Його",
        "Її", "Їх", "Їхні", "Ми", "Нам", "Нас", "Вам", "Вас", "Там", "Тут", "Хто", "Який", "Яка", "Які", "Яке",
        // adverbs of time and place
        "Вчора", "Сьогодні", "Завтра", "Вночі", "Уночі", "Вранці", "Зранку", "Увечері", "Ввечері", "Раніше", "Згодом",
        "Пізніше", "Нині", "Наразі", "Зараз", "Тепер", "Нещодавно", "Днями", "Невдовзі", "Загалом", "Минулого",
        // verbs that open a news paragraph
        "Нагадаємо", "Нагадуємо", "Зазначимо", "Зауважимо", "Додамо", "Відзначимо", "Відомо", "Зазначається",
        "Повідомляється", "Як",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="next"/> is a sentence opener written with a capital right after the word or number
    /// <paramref name="token"/>, with only a space between.
    /// </summary>
    public static bool StartsGluedSentence(ReadOnlySpan<char> text, RawToken token, RawToken next)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Number) || next.Kind != TokenKind.Word) return false;
        if (next.Length < 2 || !char.IsUpper(text[next.Start])) return false;
        var word = text.Slice(next.Start, next.Length);
        if (!Lookup.Contains(word)) return false;
        // a law's title opens with Про, quoted or not: закону Про військовий обов'язок
        return !(word is "Про" && IsActOfLaw(text.Slice(token.Start, token.Length)));
    }

    private static bool IsActOfLaw(ReadOnlySpan<char> word) =>
        word.StartsWith("закон", StringComparison.OrdinalIgnoreCase) || word.StartsWith("указ", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("постанов", StringComparison.OrdinalIgnoreCase) || word.StartsWith("кодекс", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("розпорядж", StringComparison.OrdinalIgnoreCase);
}
