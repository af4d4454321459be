using System.Runtime.InteropServices;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;
using static Extraction.Entities.NameTokens;

namespace Extraction.Entities;

/// <summary>
/// Retypes a name from the common noun it stands in apposition to: "місто Пенза", "у столиці Перу Лімі" (a place),
/// "кіностудія Довженко", "компанії «Сирник»" (an organization), "есмінець Spruance" (a named warship, WEAPON).
/// The tagger often reads such one-word names as people; the noun before them settles the type. A person after an
/// organization noun stays a person when it can be an owner ("компанії Ілона Маска"). Mentions keep their spans.
/// </summary>
internal static class ClassifierNounRetyping
{
    private static readonly Dictionary<string, EntityType> TypeByNoun = Build(
        (EntityType.Location,
        [
            "місто", "містечко", "село", "селище", "смт", "хутір", "столиця", "штат", "провінція", "острів", "півострів",
            "курорт", "порт", "регіон", "округ", "річка", "озеро", "мегаполіс", "емірат",
        ]),
        (EntityType.Organization,
        [
            "компанія", "кіностудія", "студія", "концерн", "корпорація", "банк", "агентство", "видання", "газета", "журнал",
            "телеканал", "радіостанція", "партія", "клуб", "фонд", "холдинг", "завод", "підприємство", "університет",
            "організація", "угруповання", "оператор", "фірма", "бренд", "стартап", "асоціація", "спілка", "товариство",
            "інститут", "академія", "ритейлер", "виробник", "автовиробник", "держкомпанія", "телекомпанія", "медіахолдинг",
        ]),
        (EntityType.Weapon, ["авіаносець", "есмінець", "фрегат", "крейсер", "корвет", "субмарина"]));

    private static readonly HashSet<string> BusinessNouns = new(StringComparer.Ordinal)
    {
        "компанія", "концерн", "корпорація", "банк", "холдинг", "завод", "підприємство", "фірма", "держкомпанія", "стартап",
        "ритейлер", "оператор",
    };

    /// <summary>Retypes the mentions of <paramref name="document"/> that follow a classifier noun (see the type's summary).</summary>
    public static void Apply(AnalysisDocument document)
    {
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        var mentions = document.Mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Type is not (EntityType.Person or EntityType.Location or EntityType.Organization or EntityType.Artifact or EntityType.Misc)) continue;
            int before = WordBefore(tokens, mention.FirstToken);
            // "у столиці Перу Лімі", "есмінець Південної Кореї ROKS …": a state named between the noun and the name
            if (before >= 0 && i > 0 && mentions[i - 1].EndToken == before + 1 && IsState(tokens, mentions[i - 1]))
            {
                before = WordBefore(tokens, mentions[i - 1].FirstToken);
            }
            if (before < 0 || ClassOf(tokens, before) is not { } type || type == mention.Type) continue;
            if (!MayTake(tokens, mention, type, tokens[before])) continue;
            // "авіаносець США": an acronym after a vessel noun is its owner, not its name
            if (type == EntityType.Weapon && mention.EndToken - mention.FirstToken == 1 && IsAcronym(tokens[mention.FirstToken])) continue;
            mention.Type = type;
        }
    }

    /// <summary>The type the singular noun at <paramref name="t"/> names its apposition as, or null.</summary>
    internal static EntityType? ClassOf(ReadOnlySpan<Token> tokens, int t)
    {
        ref readonly var token = ref tokens[t];
        if (token.Kind != TokenKind.Word || token.Pos != UniversalPos.NOUN || token.Text.Length == 0) return null;
        if (char.IsUpper(token.Text[0]) && !IsSentenceStartWord(tokens, t)) return null;
        // "від Партії регіонів Миколи …": a plural noun names no single thing in apposition
        if (token.Features is { } features && features.Contains("Number=Plur", StringComparison.Ordinal)) return null;
        string lemma = token.Lemma ?? token.Normalized.ToLowerInvariant();
        if (lemma == "човен") return t > 0 && tokens[t - 1].Lemma == "підводний" ? EntityType.Weapon : null;
        return TypeByNoun.TryGetValue(lemma, out var type) ? type : null;
    }

    /// <summary>
    /// Whether the mention stands in apposition to the noun: a quoted name, or a one-word name in the noun's own case.
    /// "мер міста Петро Мельник", "фірму Колуги і Ігнатова", "компанії Ілона Маска" are people the noun is tied to,
    /// not its name. Person and place mentions may change; a product or title only to the business a business noun
    /// names in quotes (outlets and products keep their type).
    /// </summary>
    private static bool MayTake(ReadOnlySpan<Token> tokens, MentionDraft mention, EntityType type, in Token noun)
    {
        if (type == EntityType.Location && mention.Type != EntityType.Person) return false;
        // a quoted title after a business noun names the business ("компанію «X»"); after a media noun it may be the outlet's
        // title, after a maker a product ("виробника «X»")
        if (mention.Type is EntityType.Artifact or EntityType.Misc)
        {
            return type == EntityType.Organization && BusinessNouns.Contains(noun.Lemma ?? "") && IsQuoted(tokens, mention.FirstToken);
        }
        if (type == EntityType.Organization && mention.Type is not (EntityType.Person or EntityType.Location)) return false;
        if (IsQuoted(tokens, mention.FirstToken)) return true;
        if (mention.EndToken - mention.FirstToken > 1)
        {
            // a Latin ship or company name of several words (есмінець Spruance, USS Carl Vinson)
            return type == EntityType.Weapon && IsLatin(tokens[mention.FirstToken]);
        }
        ref readonly var name = ref tokens[mention.FirstToken];
        if (IsLatin(name)) return true;
        // a common-noun reading (Маска as "маска") says nothing about the name's case
        if (name.Pos != UniversalPos.PROPN) return false;
        string? nameCase = CaseOf(name);
        if (nameCase is null) return true;
        // "компанії Маска": a genitive after a genitive noun may be the owner
        return SameCase(nameCase, CaseOf(noun)) && !(type == EntityType.Organization && nameCase == "Gen");
    }

    /// <summary>Equal cases; nominative and accusative count as one (an inanimate masculine name has one form for both).</summary>
    private static bool SameCase(string a, string? b) => a == b || (a is "Nom" or "Acc" && b is "Nom" or "Acc");

    private static string? CaseOf(in Token token)
    {
        if (PhraseLemmatizer.Feature(token.Features, "Uninflect").SequenceEqual("Yes")) return null;
        var found = PhraseLemmatizer.Feature(token.Features, "Case");
        return found.IsEmpty ? null : found.ToString();
    }

    /// <summary>A state named between a classifier noun and a name: a state mention, or an acronym the tagger typed otherwise (США).</summary>
    private static bool IsState(ReadOnlySpan<Token> tokens, MentionDraft mention) =>
        mention.EndToken - mention.FirstToken <= 3
        && (mention.Type == EntityType.Country || (mention.EndToken - mention.FirstToken == 1 && IsAcronym(tokens[mention.FirstToken])));


    /// <summary>The word right before <paramref name="first"/>, skipping one opening quote; -1 when there is none.</summary>
    private static int WordBefore(ReadOnlySpan<Token> tokens, int first)
    {
        int t = first - 1;
        if (t >= 0 && IsOpeningQuote(tokens[t])) t--;
        return t >= 0 && tokens[t].Kind == TokenKind.Word ? t : -1;
    }

    private static bool IsQuoted(ReadOnlySpan<Token> tokens, int first) => first > 0 && IsOpeningQuote(tokens[first - 1]);

    private static bool IsSentenceStartWord(ReadOnlySpan<Token> tokens, int t) =>
        t == 0 || tokens[t - 1].Kind == TokenKind.Punctuation && tokens[t - 1].Text is "." or "!" or "?" or "…" or "«" or "\"" or "—" or "–";

    private static Dictionary<string, EntityType> Build(params (EntityType Type, string[] Nouns)[] groups)
    {
        var map = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (type, nouns) in groups)
        {
            foreach (string noun in nouns) map[noun] = type;
        }
        return map;
    }
}
