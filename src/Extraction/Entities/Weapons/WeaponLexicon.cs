using System.Collections.Frozen;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>What a lexicon word contributes to a WEAPON phrase.</summary>
internal enum WeaponRole : byte
{
    /// <summary>Not in the lexicon.</summary>
    None,

    /// <summary>A weapon noun that is a class mention by itself (ракета, дрон, БпЛА).</summary>
    Head,

    /// <summary>A noun that is a mention only with a defining modifier or genitive (система, комплекс, засіб).</summary>
    Generic,

    /// <summary>A defining prenominal adjective (крилатий, балістичний, ударний).</summary>
    Modifier,

    /// <summary>An adjective that makes the platform noun after it civilian (пасажирський, комерційний).</summary>
    Civilian,
}

/// <summary>One row of the weapon lexicon.</summary>
/// <param name="Lemma">The lower-case lemma (several words for a genitive phrase).</param>
/// <param name="Role">head, generic, modifier, genitive, prefix or system.</param>
/// <param name="English">English label.</param>
/// <param name="Class">Coarse class (missile, drone, …) or, for modifiers, what they define.</param>
internal sealed record WeaponLexiconEntry(string Lemma, string Role, string English, string Class);

/// <summary>
/// The recognizer's word lists: class heads, generic heads, defining modifiers and genitives, designation prefixes
/// (from the embedded <c>weapon-lexicon.tsv</c>), and the aliases of named systems (from the knowledge base, plus the
/// few systems the lexicon adds). All lookups take spans of lower-case text and never allocate. Immutable, thread-safe.
/// </summary>
internal sealed class WeaponLexicon
{
    /// <summary>The embedded lexicon's resource name.</summary>
    public const string ResourceName = "Extraction.Weapons.weapon-lexicon.tsv";

    /// <summary>Longest alias of a named system, in tokens.</summary>
    public const int MaxAliasTokens = 6;

    private static readonly Lazy<WeaponLexicon> LazyDefault =
        new(() => Create(ReadEmbedded(), KnowledgeBase.Default, MorphologyModel.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, WeaponRole>.AlternateLookup<ReadOnlySpan<char>> _roles;
    private readonly FrozenDictionary<string, WeaponRole>.AlternateLookup<ReadOnlySpan<char>> _stems;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _genitives;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _systems;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _aliasStarts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _standalone;

    private WeaponLexicon(
        IReadOnlyList<WeaponLexiconEntry> entries,
        Dictionary<string, WeaponRole> roles,
        Dictionary<string, WeaponRole> stems,
        HashSet<string> genitives,
        HashSet<string> prefixes,
        Dictionary<string, bool> systems)
    {
        Entries = entries;
        _roles = roles.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _genitives = genitives.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _systems = systems.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        SystemCount = systems.Count;
        _standalone = entries.Where(e => e.Role == "modifier" && e.Class == StandaloneClass).Select(e => e.Lemma)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _aliasStarts = systems.Keys.Select(FirstPart).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon over the embedded word list and the embedded knowledge base.</summary>
    public static WeaponLexicon Default => LazyDefault.Value;

    /// <summary>The rows of the word list.</summary>
    public IReadOnlyList<WeaponLexiconEntry> Entries { get; }

    /// <summary>Number of distinct system alias keys.</summary>
    public int SystemCount { get; }

    /// <summary>The role of a lower-case lemma or word.</summary>
    public WeaponRole RoleOf(ReadOnlySpan<char> lower) => _roles.TryGetValue(lower, out var role) ? role : WeaponRole.None;

    /// <summary>The role of a head or generic noun whose stem (lemma without its final vowel) is <paramref name="lowerStem"/>.</summary>
    public WeaponRole NounRoleOfStem(ReadOnlySpan<char> lowerStem) => _stems.TryGetValue(lowerStem, out var role) ? role : WeaponRole.None;

    /// <summary>True when the lower-case lemmas joined by single spaces form a defining genitive (ППО, протиповітряний оборона).</summary>
    public bool IsGenitive(ReadOnlySpan<char> lowerLemmas) => _genitives.Contains(lowerLemmas);

    /// <summary>True when <paramref name="lower"/> is the letter part of model designations (су, f, х).</summary>
    public bool IsPrefix(ReadOnlySpan<char> lower) => _prefixes.Contains(lower);

    /// <summary>
    /// Whether <paramref name="key"/> (an alias key: lower case, dashes as '-', single spaces) names a system;
    /// <paramref name="weak"/> tells that the name is also an ordinary word or a place and needs context.
    /// </summary>
    public bool TryGetSystem(ReadOnlySpan<char> key, out bool weak) => _systems.TryGetValue(key, out weak);

    /// <summary>The modifier class whose adjectives also name a missile class alone (крилаті, балістичні).</summary>
    public const string StandaloneClass = "propulsion";

    /// <summary>True when the lower-case modifier lemma names a weapon class by itself when its noun is left out (крилатий, балістичний).</summary>
    public bool IsStandalone(ReadOnlySpan<char> lowerLemma) => _standalone.Contains(lowerLemma);

    /// <summary>True when some system alias key starts with <paramref name="firstPart"/> up to its first space, hyphen or slash.</summary>
    public bool IsAliasStart(ReadOnlySpan<char> firstPart) => _aliasStarts.Contains(firstPart);

    private static string FirstPart(string key)
    {
        int cut = key.AsSpan().IndexOfAny(" -/");
        return cut < 0 ? key : key[..cut];
    }

    /// <summary>Reads the embedded word list.</summary>
    public static IReadOnlyList<WeaponLexiconEntry> ReadEmbedded()
    {
        using var stream = typeof(WeaponLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The weapon lexicon {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader);
    }

    /// <summary>Parses the TSV word list: '#' comment lines, a header, then lemma, role, English, class.</summary>
    /// <exception cref="FormatException">A row has the wrong number of fields or an unknown role.</exception>
    public static IReadOnlyList<WeaponLexiconEntry> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<WeaponLexiconEntry>();
        bool header = true;
        int line = 0;
        for (string? row = reader.ReadLine(); row is not null; row = reader.ReadLine())
        {
            line++;
            if (row.Length == 0 || row[0] == '#') continue;
            if (header)
            {
                header = false;
                continue;
            }
            string[] f = row.Split('\t');
            if (f.Length != 4 || f[0].Length == 0)
                throw new FormatException($"weapon lexicon line {line}: expected lemma, role, English, class.");
            if (f[1] is not ("head" or "generic" or "modifier" or "genitive" or "prefix" or "system" or "civilian"))
                throw new FormatException($"weapon lexicon line {line}: unknown role '{f[1]}'.");
            entries.Add(new WeaponLexiconEntry(f[0].ToLowerInvariant(), f[1], f[2], f[3]));
        }
        return entries;
    }

    /// <summary>Builds the lookups from the word list and the weapon systems of <paramref name="kb"/>.</summary>
    public static WeaponLexicon Create(IReadOnlyList<WeaponLexiconEntry> entries, KnowledgeBase kb, MorphologyModel? morphology)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(kb);
        var roles = new Dictionary<string, WeaponRole>(StringComparer.Ordinal);
        var stems = new Dictionary<string, WeaponRole>(StringComparer.Ordinal);
        var genitives = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var systems = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            switch (e.Role)
            {
                case "head":
                case "generic":
                    var role = e.Role == "head" ? WeaponRole.Head : WeaponRole.Generic;
                    // A word both a generic head and a genitive (ППО) keeps its head role here.
                    roles[e.Lemma] = role;
                    stems.TryAdd(StemOf(e.Lemma), role);
                    break;
                case "modifier":
                    roles.TryAdd(e.Lemma, WeaponRole.Modifier);
                    break;
                case "civilian":
                    roles.TryAdd(e.Lemma, WeaponRole.Civilian);
                    break;
                case "genitive":
                    genitives.Add(e.Lemma);
                    break;
                case "prefix":
                    prefixes.Add(e.Lemma);
                    break;
                case "system":
                    // The word list's systems are curated: they need no context even when they are also words.
                    systems[AliasKey.Normalize(e.Lemma)] = false;
                    break;
            }
        }
        var curated = systems.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in kb.Entries)
        {
            if (entry.Type != EntityType.Weapon || entry.IsWeaponClass) continue;
            foreach (string name in KnowledgeBase.NamesOf(entry))
            {
                // Aliases that start with a class noun (крейсер Москва) would swallow the class mention before the name.
                if (name.Length == 0 || (char.IsLower(name[0]) && name.Contains(' '))) continue;
                if (!systems.ContainsKey(AliasKey.Normalize(name)) || !curated.Contains(AliasKey.Normalize(name))) AddSystem(systems, name, morphology);
            }
        }
        foreach (string key in systems.Keys)
        {
            // The letter part of every known designation (су in су-34, kn in kn-23) is a designation prefix.
            int letters = 0;
            while (letters < key.Length && char.IsLetter(key[letters])) letters++;
            if (letters > 0 && letters + 1 < key.Length && key[letters] == '-' && char.IsAsciiDigit(key[letters + 1])
                && !AmbiguousPrefixes.Contains(key[..letters]))
            {
                prefixes.Add(key[..letters]);
            }
        }
        return new WeaponLexicon(entries, roles, stems, genitives, prefixes, systems);
    }

    // One letter also used for fuel grades and road numbers (А-95, М-30, Н-31): designations with it must be known names.
    private static readonly HashSet<string> AmbiguousPrefixes = new(StringComparer.Ordinal) { "а", "a", "м", "m", "н", "h", "р", "p", "д", "е", "e", "і", "i", "в" };

    private static void AddSystem(Dictionary<string, bool> systems, string name, MorphologyModel? morphology)
    {
        string key = AliasKey.Normalize(name);
        if (key.Length == 0) return;
        // A one-word Cyrillic name that is also a dictionary word or a place (Град, Москва, Точка) needs context.
        bool weak = !key.Contains(' ') && !key.Contains('-') && CyrillicScript.Any(key) && morphology is not null && morphology.IsKnownLemma(key);
        systems[key] = systems.TryGetValue(key, out bool existing) ? existing || weak : weak;
    }

    /// <summary>The lemma without a final vowel or soft sign (ракета → ракет), the part every inflected form starts with.</summary>
    public static string StemOf(string lemma)
    {
        int end = lemma.Length;
        while (end > 2 && "аяоеєиіїйуюь".Contains(lemma[end - 1])) end--;
        return lemma[..end];
    }
}
