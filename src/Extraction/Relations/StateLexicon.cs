namespace Extraction.Relations;

/// <summary>A state a word stands for: a nationality adjective (російський), a demonym (росіяни) or a capital (Москва).</summary>
/// <param name="Name">Canonical Ukrainian name, e.g. Росія.</param>
/// <param name="English">English label, or null.</param>
/// <param name="KnowledgeBaseId">Wikidata id, or null.</param>
/// <param name="Iso">ISO 3166-1 alpha-2 code, or null.</param>
internal sealed record StateReference(string Name, string? English, string? KnowledgeBaseId, string? Iso);

/// <summary>
/// The state lookups the relation stage needs from the knowledge base. Kept as an interface so the stage does not
/// reach into the linker's internals and can be tested with hand-built lexicons.
/// </summary>
internal interface IStateLexicon
{
    /// <summary>The state of a nationality adjective lemma (російський → Росія), or null.</summary>
    StateReference? FindByNationalityAdjective(ReadOnlySpan<char> lemma);

    /// <summary>The state whose capital is <paramref name="lemma"/> (Пхеньян → Північна Корея), or null.</summary>
    StateReference? FindByCapital(ReadOnlySpan<char> lemma);

    /// <summary>The state with ISO code <paramref name="iso"/>, or null.</summary>
    StateReference? FindByIso(string iso);

    /// <summary>The state one of whose names is <paramref name="name"/> in the dictionary form (Німеччина, США), or null.</summary>
    StateReference? FindByName(ReadOnlySpan<char> name);
}

/// <summary>A lexicon that knows no state: adjectives, demonyms and capitals are then not resolved.</summary>
internal sealed class EmptyStateLexicon : IStateLexicon
{
    public static readonly EmptyStateLexicon Instance = new();

    public StateReference? FindByNationalityAdjective(ReadOnlySpan<char> lemma) => null;

    public StateReference? FindByCapital(ReadOnlySpan<char> lemma) => null;

    public StateReference? FindByIso(string iso) => null;

    public StateReference? FindByName(ReadOnlySpan<char> name) => null;
}

/// <summary>Demonyms (plural nouns for a state's people or forces) and the ISO code of their state.</summary>
internal static class Demonyms
{
    private static readonly Dictionary<string, string> ByLemma = new(StringComparer.Ordinal)
    {
        ["росіянин"] = "RU", ["росіяни"] = "RU", ["українець"] = "UA", ["українці"] = "UA",
        ["північнокореєць"] = "KP", ["північнокорейці"] = "KP", ["американець"] = "US", ["американці"] = "US",
        ["китаєць"] = "CN", ["китайці"] = "CN", ["білорус"] = "BY", ["білоруси"] = "BY", ["іранець"] = "IR", ["іранці"] = "IR",
        ["ізраїльтянин"] = "IL", ["ізраїльтяни"] = "IL", ["британець"] = "GB", ["британці"] = "GB", ["француз"] = "FR", ["французи"] = "FR",
        ["німець"] = "DE", ["німці"] = "DE", ["поляк"] = "PL", ["поляки"] = "PL",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByLemma.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ISO code of the state whose people <paramref name="word"/> names (lemma or lower-case surface), or null.</summary>
    public static string? IsoOf(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out string? iso) ? iso : null;
}
