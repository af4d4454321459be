namespace Extraction.Entities;

/// <summary>One row of the shipped knowledge base: a country, place, person, organization, weapon or weapon class.</summary>
internal sealed class KbEntry
{
    public KbEntry(string id, EntityType type, string nameUk, string nameEn, string[] aliases)
    {
        Id = id;
        Type = type;
        NameUk = nameUk;
        NameEn = nameEn;
        Aliases = aliases;
    }

    /// <summary>Stable row id such as <c>c-RU</c>, <c>p-sergei-shoigu</c>, <c>w-himars</c>.</summary>
    public string Id { get; }

    public EntityType Type { get; }

    /// <summary>Canonical Ukrainian name (nominative).</summary>
    public string NameUk { get; }

    /// <summary>English name as commonly written.</summary>
    public string NameEn { get; }

    /// <summary>Other names (acronyms, long official forms, other spellings); the two names above are not repeated.</summary>
    public string[] Aliases { get; }

    /// <summary>Wikidata Q-id, or null where the knowledge base is not sure.</summary>
    public string? Wikidata { get; init; }

    /// <summary>ISO 3166-1 alpha-2 for countries.</summary>
    public string? Iso { get; init; }

    /// <summary>The country (ISO) a person or organization belongs to, or the state a capital is the capital of.</summary>
    public string? CountryIso { get; init; }

    /// <summary>True for a capital city: a LOCATION that can stand for its state (<see cref="CountryIso"/>).</summary>
    public bool IsCapital { get; init; }

    /// <summary>For a named weapon system, the lemma of its class (e.g. <c>балістична ракета</c>).</summary>
    public string? WeaponClass { get; init; }

    /// <summary>True for a row of the weapon-class table (a class noun phrase, not a named system).</summary>
    public bool IsWeaponClass { get; init; }

    /// <summary>Nationality adjectives (masculine lemmas) of a country.</summary>
    public string[] Adjectives { get; init; } = [];

    /// <summary>Demonyms (singular lemmas) of a country: росіянин, українець.</summary>
    public string[] Demonyms { get; init; } = [];

    /// <summary>For a person: the family-name part a text may use alone (last word, first word for eastern order, or explicit).</summary>
    public string? Surname { get; init; }

    /// <summary>For a person: the family name comes first (Кім Чен Ин, Сі Цзіньпін).</summary>
    public bool IsEasternOrder { get; init; }

    /// <summary>For a person: preferred when a bare surname fits several people of the knowledge base.</summary>
    public bool IsPrimaryForSurname { get; init; }

    /// <summary>Lookup keys (<see cref="AliasKey"/>) of the Ukrainian name, English name and surname, computed once.</summary>
    public string NameKey => _nameKey ??= AliasKey.Normalize(NameUk);

    /// <inheritdoc cref="NameKey"/>
    public string EnglishKey => _englishKey ??= AliasKey.Normalize(NameEn);

    /// <inheritdoc cref="NameKey"/>
    public string? SurnameKey => Surname is null ? null : _surnameKey ??= AliasKey.Normalize(Surname);

    private string? _nameKey;
    private string? _englishKey;
    private string? _surnameKey;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Type.ToLabel()} {NameUk} / {NameEn}";
}
