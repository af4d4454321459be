using System.Collections.Frozen;
using System.Reflection;

namespace Extraction.Entities;

/// <summary>
/// The shipped knowledge base: countries and territories, capitals, people, organizations, weapon systems and
/// weapon classes, read once from the TSV files embedded as <c>Extraction.KnowledgeBase.*.tsv</c>.
/// Lookups take spans, ignore case and apostrophe shape, and are safe from any thread.
/// </summary>
internal sealed class KnowledgeBase
{
    /// <summary>The table files, in load order.</summary>
    public static readonly string[] TableFiles =
        ["countries.tsv", "locations.tsv", "people.tsv", "organizations.tsv", "weapons.tsv", "weapon-classes.tsv"];

    /// <summary>The file naming which aliases may be shared by entries of different types, and the type an untyped lookup prefers.</summary>
    public const string AmbiguityFile = "ambiguous-aliases.tsv";

    private const string ResourcePrefix = "Extraction.KnowledgeBase.";

    private static readonly Lazy<KnowledgeBase> DefaultInstance =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, KbEntry[]> _byAlias;
    private readonly FrozenDictionary<string, KbEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byAliasSpan;
    private readonly FrozenDictionary<string, KbEntry[]> _peopleBySurname;
    private readonly FrozenDictionary<string, KbEntry[]>.AlternateLookup<ReadOnlySpan<char>> _peopleBySurnameSpan;
    private readonly FrozenDictionary<string, KbEntry> _countryByAdjective;
    private readonly FrozenDictionary<string, KbEntry> _countryByDemonym;
    private readonly FrozenDictionary<string, KbEntry> _countryByIso;
    private readonly FrozenDictionary<string, EntityType> _preferredType;

    internal KnowledgeBase(IReadOnlyList<KbEntry> entries, IReadOnlyDictionary<string, EntityType> preferredType)
    {
        Entries = entries;
        var byAlias = new Dictionary<string, List<KbEntry>>(StringComparer.Ordinal);
        var bySurname = new Dictionary<string, List<KbEntry>>(StringComparer.Ordinal);
        var byAdjective = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        var byIso = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        var byDemonym = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (string name in NamesOf(entry)) Add(byAlias, AliasKey.Normalize(name), entry);
            if (entry.Type == EntityType.Person)
            {
                if (entry.Surname is { } surname) Add(bySurname, AliasKey.Normalize(surname), entry);
                if (LatinSurname(entry) is { } latin) Add(bySurname, AliasKey.Normalize(latin), entry);
                // Other spellings and pseudonyms (Піт Хегсет, Ігор Стрєлков) give their family-name word too.
                foreach (string alias in entry.Aliases)
                {
                    string[] words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length > 1) Add(bySurname, AliasKey.Normalize(entry.IsEasternOrder ? words[0] : words[^1]), entry);
                }
            }
            if (entry.Type == EntityType.Country && entry.Iso is { } iso)
            {
                byIso[iso] = entry;
                foreach (string adjective in entry.Adjectives) byAdjective[AliasKey.Normalize(adjective)] = entry;
                foreach (string demonym in entry.Demonyms) byDemonym[AliasKey.Normalize(demonym)] = entry;
            }
        }
        _byAlias = byAlias.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byAliasSpan = _byAlias.GetAlternateLookup<ReadOnlySpan<char>>();
        _peopleBySurname = bySurname.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _peopleBySurnameSpan = _peopleBySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        _countryByAdjective = byAdjective.ToFrozenDictionary(StringComparer.Ordinal);
        _countryByIso = byIso.ToFrozenDictionary(StringComparer.Ordinal);
        _countryByDemonym = byDemonym.ToFrozenDictionary(StringComparer.Ordinal);
        _preferredType = preferredType.ToFrozenDictionary(p => AliasKey.Normalize(p.Key), p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>The knowledge base embedded in this assembly, loaded on first use.</summary>
    public static KnowledgeBase Default => DefaultInstance.Value;

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<KbEntry> Entries { get; }

    /// <summary>The weapon-class table (артилерійський снаряд, крилата ракета, …) with English labels, for the WEAPON recognizer.</summary>
    public IReadOnlyList<KbEntry> WeaponClasses => _weaponClasses ??= Entries.Where(e => e.IsWeaponClass).ToArray();

    private KbEntry[]? _weaponClasses;

    /// <summary>Every normalized alias with the entries it names (for validation and tools).</summary>
    public IReadOnlyDictionary<string, KbEntry[]> AliasIndex => _byAlias;

    /// <summary>Aliases the ambiguity file allows to be shared across types, with the type an untyped lookup prefers.</summary>
    public IReadOnlyDictionary<string, EntityType> PreferredTypes => _preferredType;

    /// <summary>
    /// Finds the entry named <paramref name="alias"/>. With a <paramref name="type"/>, only entries of that type count;
    /// without one, a shared alias resolves to the type the ambiguity file prefers.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> alias, EntityType? type, out KbEntry entry)
    {
        entry = null!;
        if (!TryGetAll(alias, out var candidates)) return false;
        if (type is { } wanted)
        {
            foreach (var c in candidates)
            {
                if (c.Type == wanted)
                {
                    entry = c;
                    return true;
                }
            }
            return false;
        }
        if (candidates.Length > 1 && _preferredType.Count > 0)
        {
            string key = AliasKey.Normalize(alias);
            if (_preferredType.TryGetValue(key, out var preferred))
            {
                foreach (var c in candidates)
                {
                    if (c.Type == preferred)
                    {
                        entry = c;
                        return true;
                    }
                }
            }
        }
        entry = candidates[0];
        return true;
    }

    /// <summary>Every entry whose name has the already normalized key <paramref name="key"/> (see <see cref="AliasKey"/>).</summary>
    public bool TryGetAllByKey(string key, out KbEntry[] entries) => _byAlias.TryGetValue(key, out entries!);

    /// <summary>People whose family name has the already normalized key <paramref name="key"/>.</summary>
    public bool TryFindPeopleBySurnameKey(string key, out KbEntry[] people) => _peopleBySurname.TryGetValue(key, out people!);

    /// <summary>Every entry named <paramref name="alias"/>, of any type.</summary>
    public bool TryGetAll(ReadOnlySpan<char> alias, out KbEntry[] entries) => Lookup(_byAliasSpan, alias, out entries);

    /// <summary>People of the knowledge base whose family name (Ukrainian or English) is <paramref name="surname"/>.</summary>
    public bool TryFindPeopleBySurname(ReadOnlySpan<char> surname, out KbEntry[] people) =>
        Lookup(_peopleBySurnameSpan, surname, out people);

    /// <summary>The country whose nationality adjective is <paramref name="lemma"/> (російський → Росія); feminine, neuter and plural forms are accepted.</summary>
    public KbEntry? FindCountryByNationalityAdjective(ReadOnlySpan<char> lemma)
    {
        string key = AliasKey.Normalize(lemma);
        if (_countryByAdjective.TryGetValue(key, out var country)) return country;
        foreach (string ending in AdjectiveEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal)
                && _countryByAdjective.TryGetValue(string.Concat(key.AsSpan(0, key.Length - ending.Length), "ий"), out country))
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>The country whose people <paramref name="lemma"/> names (росіянин → Росія); the plural lemma (росіяни) is accepted too.</summary>
    public KbEntry? FindCountryByDemonym(ReadOnlySpan<char> lemma)
    {
        string key = AliasKey.Normalize(lemma);
        if (_countryByDemonym.TryGetValue(key, out var country)) return country;
        // Plurals: -ни (росіяни ← росіянин), -йці (корейці ← кореєць), -ці (українці ← українець), -и (поляки ← поляк).
        if (key.EndsWith("ни", StringComparison.Ordinal) && _countryByDemonym.TryGetValue(key[..^1] + "ин", out country)) return country;
        if (key.EndsWith("йці", StringComparison.Ordinal) && _countryByDemonym.TryGetValue(key[..^3] + "єць", out country)) return country;
        if (key.EndsWith("ці", StringComparison.Ordinal) && _countryByDemonym.TryGetValue(key[..^2] + "ець", out country)) return country;
        if (key.EndsWith('и') && _countryByDemonym.TryGetValue(key[..^1], out country)) return country;
        return null;
    }

    /// <summary>The state whose capital is named <paramref name="lemma"/> (Москва → Росія), or null.</summary>
    public KbEntry? FindCountryByCapital(ReadOnlySpan<char> lemma) =>
        TryFind(lemma, EntityType.Location, out var city) && city.IsCapital && city.CountryIso is { } iso
            ? FindCountryByIso(iso)
            : null;

    /// <summary>The country with ISO 3166-1 alpha-2 code <paramref name="iso"/> (upper case), or null.</summary>
    public KbEntry? FindCountryByIso(string iso) => _countryByIso.GetValueOrDefault(iso);

    /// <summary>Names under which <paramref name="entry"/> is found: Ukrainian, English and every alias.</summary>
    public static IEnumerable<string> NamesOf(KbEntry entry)
    {
        yield return entry.NameUk;
        if (entry.NameEn.Length > 0) yield return entry.NameEn;
        foreach (string alias in entry.Aliases) yield return alias;
    }

    /// <summary>Loads the tables embedded in this assembly.</summary>
    public static KnowledgeBase LoadEmbedded()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var entries = new List<KbEntry>();
        foreach (string file in TableFiles)
        {
            using var reader = OpenResource(assembly, file);
            entries.AddRange(KnowledgeBaseReader.ReadTable(reader, file));
        }
        using var ambiguity = OpenResource(assembly, AmbiguityFile);
        return new KnowledgeBase(entries, KnowledgeBaseReader.ReadAmbiguities(ambiguity, AmbiguityFile));
    }

    private static StreamReader OpenResource(Assembly assembly, string file)
    {
        var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The knowledge-base table {file} is not embedded in {assembly.GetName().Name}.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }

    private static readonly string[] AdjectiveEndings = ["ого", "ому", "ими", "ій", "ої", "ою", "их", "им", "а", "е", "і", "у"];

    private static bool Lookup(FrozenDictionary<string, KbEntry[]>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> name, out KbEntry[] entries)
    {
        if (name.Length > AliasKey.StackLimit)
        {
            return lookup.TryGetValue(AliasKey.Normalize(name), out entries!);
        }
        Span<char> buffer = stackalloc char[AliasKey.StackLimit];
        int length = AliasKey.Normalize(name, buffer);
        return lookup.TryGetValue(buffer[..length], out entries!);
    }

    private static string? LatinSurname(KbEntry person)
    {
        if (person.NameEn.Length == 0 || person.Surname is null) return null;
        string[] uk = person.NameUk.Split(' ');
        string[] en = person.NameEn.Split(' ');
        if (en.Length < 2) return null;
        // The Ukrainian surname's position tells which English word is the family name.
        return uk.Length > 0 && uk[0] == person.Surname ? en[0] : en[^1];
    }

    private static void Add(Dictionary<string, List<KbEntry>> map, string key, KbEntry entry)
    {
        if (key.Length == 0) return;
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }
        if (!list.Contains(entry)) list.Add(entry);
    }
}
