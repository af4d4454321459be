using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// Argument phrases the relation stage reads beside the entity mentions: the Ukrainian defence forces named in lower
/// case or with a generic head ("сили ППО", "протиповітряна оборона", "Сили оборони"), and the parts of a place
/// mention that nests its container ("Салтівському районі Харкова", "Новодонецьке Донецької області"). They only
/// shape relation arguments; the entity mentions themselves are left as the entity stage made them.
/// </summary>
internal static class ArgumentPhrases
{
    /// <summary>Name of the air-defence force entity (as the knowledge base names it).</summary>
    public const string AirDefence = "Протиповітряна оборона";

    /// <summary>Name of the Ukrainian Defence Forces entity (as the knowledge base names it).</summary>
    public const string DefenceForces = "Сили оборони України";

    private static readonly HashSet<string> AdministrativeUnits = new(StringComparer.Ordinal)
    {
        "область", "обл", "район", "громада", "округ", "край", "регіон", "повіт", "штат", "провінція", "округа",
    };

    private static readonly HashSet<string> DistrictNouns = new(StringComparer.Ordinal) { "район", "мікрорайон" };

    /// <summary>Lemmas of a weapon class a following "ППО" or "протиповітряної оборони" belongs to (системи ППО is a weapon).</summary>
    private static readonly HashSet<string> SystemNouns = new(StringComparer.Ordinal)
    {
        "засіб", "система", "комплекс", "ракета", "установка", "батарея",
    };

    /// <summary>
    /// The defence-force phrase starting at token <paramref name="t"/>: its length in tokens and the entity it names,
    /// or (0, null). "сили/Силам ППО", "Сили (протиповітряної) оборони [України]", "протиповітряна оборона", "ППО".
    /// </summary>
    public static (int Length, string? Name) DefenceForce(ReadOnlySpan<Token> tokens, Sentence sentence, int t)
    {
        if (t > sentence.FirstToken && SystemNouns.Contains(TokenFeatures.LemmaOf(tokens[t - 1]))) return (0, null);
        int end = sentence.EndToken;
        string lemma = TokenFeatures.LemmaOf(tokens[t]);
        if (IsForceNoun(tokens[t]) && t + 1 < end)
        {
            if (tokens[t + 1].Text == "ППО") return (2, AirDefence);
            if (IsAirDefence(tokens, t + 1, end)) return (3, AirDefence);
            if (TokenFeatures.LemmaOf(tokens[t + 1]) == "оборона" && TokenFeatures.Get(tokens[t + 1], "Case") == "Gen")
            {
                bool ukraine = t + 2 < end && TokenFeatures.LemmaOf(tokens[t + 2]) == "Україна";
                return (ukraine ? 3 : 2, DefenceForces);
            }
            return (0, null);
        }
        if (IsAirDefence(tokens, t, end)) return (2, AirDefence);
        if (tokens[t].Text == "ППО") return (1, AirDefence);
        return (0, null);
    }

    /// <summary>"сили"/"Сили": at a sentence start the tagger may read the capitalized word as a name (lemma "Сила").</summary>
    public static bool IsForceNoun(in Token token) => TokenFeatures.LemmaOf(token).Equals("сила", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The case a force phrase's head shows: "сили"/"Сили" is genitive singular or nominative/accusative plural alike,
    /// and the disambiguator's pick is no evidence for either, so it stays open (null).
    /// </summary>
    public static string? ForceHeadCase(in Token head) =>
        IsForceNoun(head) && head.Text.Equals("сили", StringComparison.OrdinalIgnoreCase) ? null : TokenFeatures.Get(head, "Case");

    private static bool IsAirDefence(ReadOnlySpan<Token> tokens, int t, int end) =>
        t + 1 < end && TokenFeatures.LemmaOf(tokens[t]) == "протиповітряний" && TokenFeatures.LemmaOf(tokens[t + 1]) == "оборона";

    /// <summary>True when the mention's tokens are the air-defence abbreviation or a defence phrase a preceding "сили" belongs to.</summary>
    public static bool TakesForceHead(ReadOnlySpan<Token> tokens, int first, int end) =>
        (end - first == 1 && tokens[first].Text == "ППО")
        || (end - first <= 3 && TokenFeatures.LemmaOf(tokens[end - 1]) == "оборона")
        || (end - first <= 3 && end - first >= 2 && TokenFeatures.LemmaOf(tokens[end - 1]) == "Україна" && TokenFeatures.LemmaOf(tokens[end - 2]) == "оборона");

    /// <summary>
    /// Where a place mention [first, end) holds its container: the end of the inner place and the first token of the
    /// container, or null. The container is a genitive administrative phrase ("Донецької області", "Покровського
    /// району"), a genitive name after a district noun ("районі Харкова"), or a phrase after an inner preposition
    /// ("Часового Яру в Донецькій області").
    /// </summary>
    public static (int InnerEnd, int ContainerFirst)? SplitPlace(ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (end - first < 2) return null;
        for (int k = first + 1; k < end - 1; k++)
        {
            if (tokens[k].Pos == UniversalPos.ADP && TokenFeatures.LemmaOf(tokens[k]) is "в" or "у" or "на" or "біля" or "поблизу"
                && HasName(tokens, first, k) && HasName(tokens, k + 1, end))
            {
                return (k, k + 1);
            }
        }
        for (int k = first + 1; k < end; k++)
        {
            if (!HasName(tokens, first, k) || !EndsInName(tokens[k - 1])) continue;
            if (IsAdministrativePhrase(tokens, k, end) && TokenFeatures.Get(tokens[end - 1], "Case") == "Gen") return (k, k);
            if (DistrictNouns.Contains(TokenFeatures.LemmaOf(tokens[k - 1])) && k == end - 1 && IsCapitalized(tokens[k])
                && TokenFeatures.Get(tokens[k], "Case") == "Gen")
            {
                return (k, k);
            }
        }
        return null;
    }

    /// <summary>Adjectives ending in an administrative unit noun: "Донецької області", "Покровського району", "Курської обл".</summary>
    public static bool IsAdministrativePhrase(ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (end - first < 2 || end - first > 3) return false;
        if (!AdministrativeUnits.Contains(TokenFeatures.LemmaOf(tokens[end - 1])) && !AdministrativeUnits.Contains(tokens[end - 1].Text.TrimEnd('.'))) return false;
        for (int i = first; i < end - 1; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !IsCapitalized(tokens[i])) return false;
        }
        return true;
    }

    /// <summary>True when the last token of [first, end) is a district noun (районі, району).</summary>
    public static bool EndsWithDistrictNoun(ReadOnlySpan<Token> tokens, int first, int end) =>
        end > first && DistrictNouns.Contains(TokenFeatures.LemmaOf(tokens[end - 1]));

    private static bool HasName(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Pos != UniversalPos.ADP) return true;
        }
        return false;
    }

    /// <summary>An inner place ends in a word that can end a name, not in a conjunction ("Сумської та Харківської областей").</summary>
    private static bool EndsInName(in Token token) =>
        token.Kind == TokenKind.Word && (token.Pos is UniversalPos.NOUN or UniversalPos.PROPN || IsCapitalized(token));

    private static bool IsCapitalized(in Token token) => token.Text.Length > 0 && char.IsUpper(token.Text[0]);
}
