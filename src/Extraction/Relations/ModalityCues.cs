using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// Decides ASSERTED / POSSIBLE / NEGATED from cue words in the clause around a pair: negation (не, ні, жоден,
/// відмовитися …) wins over possibility (може, планує, хоче, ймовірно, закликає, future tense …).
/// </summary>
internal static class ModalityCues
{
    private static readonly HashSet<string> PossibleLemmas = new(StringComparer.Ordinal)
    {
        "могти", "можливо", "можливий", "планувати", "план", "намір", "збиратися", "готуватися", "хотіти", "розглядати",
        "очікуватися", "очікувати", "ймовірно", "імовірно", "нібито", "припускати", "закликати", "заклик", "якщо",
        "сподіватися", "потенційно", "обіцяти", "пообіцяти", "погрожувати", "пропонувати", "запропонувати", "мабуть",
        "вірогідно", "здатний", "допускати", "імовірний", "ймовірний", "просити", "вимагати",
    };

    private static readonly HashSet<string> NegationLemmas = new(StringComparer.Ordinal)
    {
        "не", "ні", "жоден", "відмовитися", "відмовлятися", "заперечити", "заперечувати", "спростувати",
    };

    private static readonly HashSet<string> WritersAsides = new(StringComparer.Ordinal)
    {
        "нагадати", "зазначити", "додати", "уточнити", "підкреслити", "наголосити", "пояснити", "зауважити", "розповісти",
        "розглянути", "нагадувати", "повідомити", "відзначити",
    };

    private static readonly HashSet<string> NotNegating = new(StringComparer.Ordinal)
    {
        "лише", "тільки", "менше", "більше", "раніше", "пізніше", "вперше", "раз", "зважаючи", "тільки-но",
    };

    /// <summary>Cues of wishing and asking: for SEEKS they are the relation itself, not a doubt about it.</summary>
    private static readonly HashSet<string> WishLemmas = new(StringComparer.Ordinal) { "хотіти", "просити", "вимагати", "сподіватися" };

    /// <summary>
    /// The modality of a relation between the token ranges [<paramref name="first"/>, <paramref name="end"/>) of
    /// <paramref name="sentence"/>; with <paramref name="wishIsTheRelation"/> (SEEKS) a wish or request leaves it asserted.
    /// </summary>
    public static Modality Detect(ReadOnlySpan<Token> tokens, Sentence sentence, int first, int end, bool wishIsTheRelation = false)
    {
        var (from, to) = Clause(tokens, sentence, first, end);
        bool possible = false;
        for (int i = from; i < to; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind != TokenKind.Word) continue;
            string lemma = TokenFeatures.LemmaOf(token);
            string lower = token.Normalized.ToLowerInvariant();
            if (NegationLemmas.Contains(lower) || NegationLemmas.Contains(lemma))
            {
                if ((lower is "не" or "ні") && i + 1 < to && NotNegating.Contains(tokens[i + 1].Normalized.ToLowerInvariant())) continue;
                if (lower is "ні" && i + 1 < to && tokens[i + 1].Normalized == ",") continue;
                return Modality.Negated;
            }
            if (wishIsTheRelation && WishLemmas.Contains(lemma)) continue;
            if (PossibleLemmas.Contains(lemma) || PossibleLemmas.Contains(lower)) possible = true;
            // "нагадаємо", "зазначимо": the writer's asides are first-person futures, not announcements ("ми передамо" is one)
            else if (token.Pos is UniversalPos.VERB or UniversalPos.AUX && TokenFeatures.Get(token, "Tense") == "Fut" && !WritersAsides.Contains(lemma)) possible = true;
            else if (lower is "буде" or "будуть" or "стане" or "зможе" or "зможуть" or "б" or "би") possible = true;
        }
        return possible ? Modality.Possible : Modality.Asserted;
    }

    /// <summary>
    /// The clause around the pair: from the last clause break before the pair's start to the first one after its end,
    /// where a break is a semicolon, a dash, or a comma followed by a subordinating word (що, який, але, проте …).
    /// </summary>
    private static (int From, int To) Clause(ReadOnlySpan<Token> tokens, Sentence sentence, int first, int end)
    {
        int from = first;
        while (from > sentence.FirstToken && !IsBreak(tokens, from - 1, sentence.EndToken) && first - from < 12) from--;
        int to = end;
        while (to < sentence.EndToken && !IsBreak(tokens, to, sentence.EndToken) && to - end < 6) to++;
        return (from, to);
    }

    private static bool IsBreak(ReadOnlySpan<Token> tokens, int i, int sentenceEnd)
    {
        string text = tokens[i].Text;
        if (text is ";" or "—" or "–" or ":") return true;
        if (text == "," && i + 1 < sentenceEnd)
        {
            string next = tokens[i + 1].Normalized.ToLowerInvariant();
            return next is "але" or "проте" or "однак" or "а" or "тоді" or "хоча" or "бо" or "тому" or "коли" or "після" or "поки";
        }
        return false;
    }
}
