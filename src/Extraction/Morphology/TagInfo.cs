namespace Extraction.Morphology;

/// <summary>The grammatical facts of one VESUM tag string that the tagger and the phrase lemmatizer need, decoded once.</summary>
internal readonly record struct TagInfo(
    string Vesum,
    UniversalPos Pos,
    string? Features,
    WordClass Class,
    byte Case,
    byte Number,
    byte Gender,
    TagFlags Flags)
{
    /// <summary>Case codes: 0 none, then nominative, genitive, dative, accusative, instrumental, locative, vocative.</summary>
    public const byte Nominative = 1, Genitive = 2, Dative = 3, Accusative = 4, Instrumental = 5, Locative = 6, Vocative = 7;

    /// <summary>Number codes.</summary>
    public const byte Singular = 1, Plural = 2;

    /// <summary>Gender codes.</summary>
    public const byte Masculine = 1, Feminine = 2, Neuter = 3;

    public bool Has(TagFlags flag) => (Flags & flag) != 0;
}

/// <summary>The VESUM part of speech (the first tag).</summary>
internal enum WordClass : byte
{
    Other,
    Noun,
    Adjective,
    Verb,
    Adverb,
    AdverbialParticiple,
    Preposition,
    Conjunction,
    Particle,
    Interjection,
    Numeral,
    Punctuation,
    Number,
    Symbol,
    Uninflected,
}

/// <summary>Secondary VESUM tags kept as bits.</summary>
[Flags]
internal enum TagFlags : ushort
{
    None = 0,
    Proper = 1,
    Pronoun = 2,
    Indeclinable = 4,
    PluraleTantum = 8,
    Abbreviation = 16,
    Participle = 32,
    Ordinal = 64,
    FirstName = 128,
    Surname = 256,
    Patronymic = 512,
    Geo = 1024,
    Animate = 2048,
}
