using Extraction.Morphology;
using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>
/// Groups the mentions of one document into entities and labels each entity from the knowledge base.
/// <para>Rules, in order:</para>
/// <list type="number">
/// <item>Type repair through the knowledge base: a LOCATION (or ORGANIZATION) that names a state becomes COUNTRY
/// (КНДР, РФ, США); a COUNTRY that names a capital becomes LOCATION and keeps its state in
/// <see cref="EntityDraft.StateIndex"/>; a COUNTRY or LOCATION that names an international body (ЄС, НАТО) becomes ORGANIZATION.</item>
/// <item>Mentions that resolve to one knowledge-base entry form one entity (РФ = Росія = Російська Федерація);
/// other mentions group by type and normalized lemma (case, apostrophe shape and spacing ignored).</item>
/// <item>A person mention whose words are a proper first or last part of a fuller person name in the document
/// (Шойгу → Сергій Шойгу, Кім → Кім Чен Ин) joins that person. When several people fit, it joins the one whose
/// full name was written most recently before it, unless the two most recent candidates were both introduced in
/// the same sentence (no evidence which is meant): then it stays an entity of its own. A part seen only before
/// every full name joins only when exactly one person fits.</item>
/// <item>A bare surname with no fuller name in the document links to the knowledge base's person with that family
/// name when exactly one fits (or one is marked primary for it, as Kim Jong Un for Кім).</item>
/// <item>Failing that, a one-word person mention the lemmatizer left inflected (Хегсета) that is an oblique-case form of the family name
/// of exactly one fuller person name in the document joins that person and takes the family name as its lemma.</item>
/// <item>Name: the knowledge base's canonical Ukrainian name, else the fullest lemma seen (most words, then longest).
/// English: the knowledge base's, else the official transliteration for names (none for dates, amounts and titles).</item>
/// </list>
/// Cost: one normalized key and one knowledge-base lookup per mention, dictionary grouping, and for a partial
/// person name only, a comparison with the document's few full person names (no allocation).
/// </summary>
internal sealed class EntityLinker
{
    private readonly KnowledgeBase _kb;

    public EntityLinker(KnowledgeBase kb) => _kb = kb ?? throw new ArgumentNullException(nameof(kb));

    public void Link(AnalysisDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = document.Mentions;
        document.Entities.Clear();
        if (mentions.Count == 0) return;

        var state = new LinkState(document, mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            m.EntityIndex = -1;
            bool inText = m.Span.Start >= 0 && m.Span.End <= document.Text.Length && m.Span.Start <= m.Span.End;
            bool hasLemma = !string.IsNullOrWhiteSpace(m.Lemma);
            string name = hasLemma ? m.Lemma!.Trim() : inText ? m.Span.Substring(document.Text).Trim() : "";
            state.Names[i] = name;
            state.Keys[i] = AliasKey.Normalize(name);
            var hit = ResolveKey(m, state.Keys[i]);
            if (hit is null && hasLemma && inText)
            {
                // The lemmatizer may have got a rare name wrong; the surface can still be a known alias (РФ, HIMARS).
                string surfaceKey = AliasKey.Normalize(document.Text.AsSpan(m.Span.Start, m.Span.Length));
                if (surfaceKey != state.Keys[i]) hit = ResolveKey(m, surfaceKey);
            }
            state.Kb[i] = hit;
        }
        cancellationToken.ThrowIfCancellationRequested();

        // Pass 1: knowledge-base hits, non-person mentions, and the full (maximal, multi-word) person names.
        var personNames = CollectPersonNames(state, mentions);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (state.Kb[i] is { } entry)
            {
                Assign(state, i, state.EntityForKb(entry));
            }
            else if (m.Type != EntityType.Person)
            {
                Assign(state, i, state.EntityForKey(m.Type, state.Keys[i], state.Names[i]));
            }
            else if (WordCount(state.Keys[i]) > 1 && !IsProperPartOfAny(state.Keys[i], personNames))
            {
                // A multi-word family name of a known person (Лула да Сілва) still links through the knowledge base.
                Assign(state, i, TryFindPersonBySurname(state.Keys[i]) is { } known
                    ? state.EntityForKb(known)
                    : state.EntityForKey(EntityType.Person, state.Keys[i], state.Names[i]));
            }
        }

        // Pass 2: partial person names (surname or first part alone).
        List<(string Key, int Entity, bool IsFamilyName)>? fullNames = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].EntityIndex >= 0) continue;
            fullNames ??= CollectFullNames(state, mentions);
            int entity = ResolvePart(state, fullNames, i);
            if (entity == NoCandidate && TryFindPersonBySurname(state.Keys[i]) is { } person)
            {
                entity = state.EntityForKb(person);
            }
            if (entity == NoCandidate) entity = ResolveInflectedSurname(state, i);
            if (entity < 0) entity = state.EntityForKey(EntityType.Person, state.Keys[i], state.Names[i]);
            Assign(state, i, entity);
        }

        Finish(state);
    }

    private KbEntry? ResolveKey(MentionDraft m, string key)
    {
        if (!_kb.TryGetAllByKey(key, out var entries)) return null; // one lookup; the type rules below pick among its entries
        switch (m.Type)
        {
            case EntityType.Location:
            case EntityType.Country:
                // A state is a COUNTRY; a capital stays a place (its state is kept apart); an international body is an organization.
                return Pick(m, entries, EntityType.Country) ?? Pick(m, entries, EntityType.Location) ?? Pick(m, entries, EntityType.Organization);
            case EntityType.Organization:
                return Pick(m, entries, EntityType.Organization) ?? Pick(m, entries, EntityType.Country);
            case EntityType.Person:
            case EntityType.Weapon:
                return Pick(m, entries, m.Type);
            default:
                return null;
        }
    }

    private static KbEntry? Pick(MentionDraft m, KbEntry[] entries, EntityType type)
    {
        foreach (var entry in entries)
        {
            if (entry.Type != type) continue;
            m.Type = type;
            return entry;
        }
        return null;
    }

    private KbEntry? TryFindPersonBySurname(string key)
    {
        if (!_kb.TryFindPeopleBySurnameKey(key, out var people)) return null;
        if (people.Length == 1) return people[0];
        KbEntry? primary = null;
        foreach (var p in people)
        {
            if (!p.IsPrimaryForSurname) continue;
            if (primary is not null) return null;
            primary = p;
        }
        return primary;
    }

    private const int NoCandidate = -1;
    private const int Ambiguous = -2;

    /// <summary>The person entity a partial name means, <see cref="NoCandidate"/>, or <see cref="Ambiguous"/>.</summary>
    private static int ResolvePart(LinkState state, List<(string Key, int Entity, bool IsFamilyName)> fullNames, int mention)
    {
        string part = state.Keys[mention];
        int first = -1;
        List<int>? candidates = null;
        foreach (var (key, entity, isFamilyName) in fullNames)
        {
            bool fits = isFamilyName ? key == part : IsProperPart(part, key);
            if (!fits || entity == first || (candidates?.Contains(entity) ?? false)) continue;
            if (first < 0)
            {
                first = entity;
                continue;
            }
            candidates ??= [first];
            candidates.Add(entity);
        }
        if (first < 0) return NoCandidate;
        if (candidates is null) return first;

        // Several people fit: the most recently written full name before this mention wins, unless the two most
        // recent candidates were introduced in one sentence.
        int start = state.Document.Mentions[mention].Span.Start;
        int best = -1, bestPos = -1, secondPos = -1;
        foreach (int entity in candidates)
        {
            int pos = state.LastFullMentionBefore(entity, start);
            if (pos > bestPos)
            {
                secondPos = bestPos;
                bestPos = pos;
                best = entity;
            }
            else if (pos > secondPos)
            {
                secondPos = pos;
            }
        }
        if (best < 0 || bestPos < 0) return Ambiguous;
        if (secondPos >= 0 && state.SentenceOf(secondPos) == state.SentenceOf(bestPos)) return Ambiguous;
        return best;
    }

    /// <summary>
    /// The person a one-word mention names when the lemmatizer left it in an oblique case but it is an inflected form
    /// of the family name of exactly one fuller person name of the document (Хегсета beside Піт Хегсет, Безуглу
    /// beside Мар'яна Безугла), or is written as that family name. The mention then takes that family name as its lemma. <see cref="NoCandidate"/> otherwise.
    /// </summary>
    private static int ResolveInflectedSurname(LinkState state, int mention)
    {
        var mentions = state.Document.Mentions;
        string part = state.Keys[mention];
        if (part.Length < 4 || part.Contains(' ', StringComparison.Ordinal)) return NoCandidate;
        var m = mentions[mention];
        // A plural (Лук'янових, the Лук'янови family) is not the one person.
        if (m.EndToken - m.FirstToken == 1 && m.FirstToken < state.Document.Tokens.Count
            && PhraseLemmatizer.Feature(state.Document.Tokens[m.FirstToken].Features, "Number").SequenceEqual("Plur"))
        {
            return NoCandidate;
        }
        var span = m.Span;
        // The surface may be the family name itself where the lemmatizer read a woman's surname as a man's (Горбунова).
        string surface = span.End <= state.Document.Text.Length ? AliasKey.Normalize(state.Document.Text.AsSpan(span.Start, span.Length)) : part;
        int found = NoCandidate;
        string? familyName = null;
        for (int j = 0; j < mentions.Count; j++)
        {
            if (j == mention || mentions[j].Type != EntityType.Person || mentions[j].EntityIndex < 0) continue;
            string key = state.Keys[j];
            int space = key.LastIndexOf(' ');
            if (space < 0) continue;
            var family = key.AsSpan(space + 1);
            if (!IsInflectedForm(part, family) && !IsInflectedForm(surface, family) && !IsWrittenAsFamilyName(part, surface, family)) continue;
            int entity = mentions[j].EntityIndex;
            if (found >= 0 && found != entity) return NoCandidate;
            found = entity;
            string name = state.Names[j];
            familyName = name[(name.LastIndexOf(' ') + 1)..];
        }
        if (found < 0 || familyName is null) return NoCandidate;
        mentions[mention].Lemma = familyName;
        state.Names[mention] = familyName;
        state.Keys[mention] = AliasKey.Normalize(familyName);
        return found;
    }

    /// <summary>
    /// True when the mention is written as the family name and that name is either a woman's surname in -а the
    /// lemmatizer turned into the man's (Горбунова read as Горбунов; Скотта, a man's genitive, is not trusted) or ends in a vowel foreign names keep in every
    /// case (Міллі, Роналду). Other surfaces are not trusted: the fuller name's lemma may itself be left inflected.
    /// </summary>
    private static bool IsWrittenAsFamilyName(string lemma, string surface, ReadOnlySpan<char> family)
    {
        if (!surface.AsSpan().SequenceEqual(family)) return false;
        return family[^1] is 'і' or 'у' or 'ю' or 'е'
            || IsMasculineOfWomansSurname(lemma, family);
    }

    /// <summary>
    /// True when <paramref name="lemma"/> is <paramref name="family"/>, a woman's surname of possessive form (Горбунова,
    /// Гостєва, Фаріна, also as the first part of a double name), with the final а of that form dropped. A man's
    /// genitive looks the same, so only these forms are trusted.
    /// </summary>
    private static bool IsMasculineOfWomansSurname(ReadOnlySpan<char> lemma, ReadOnlySpan<char> family)
    {
        if (lemma.Length != family.Length - 1) return false;
        int hyphen = family.IndexOf('-');
        int end = hyphen < 0 ? family.Length : hyphen;
        var first = family[..end];
        bool possessive = first.EndsWith("ова") || first.EndsWith("ева") || first.EndsWith("єва")
                          || first.EndsWith("іна") || first.EndsWith("їна") || first.EndsWith("ина");
        return possessive && lemma.StartsWith(family[..(end - 1)], StringComparison.Ordinal) && lemma[(end - 1)..].SequenceEqual(family[end..]);
    }

    /// <summary>Endings a family name ending in a consonant takes in the oblique cases (Хегсет → Хегсета, Хегсетом).</summary>
    private static readonly string[] ConsonantStemEndings = ["а", "у", "ові", "ом", "і", "ем", "еві", "ю", "я"];

    /// <summary>Endings replacing the final а/я of a family name (Безугла → Безуглу, Захарова → Захаровою).</summary>
    private static readonly string[] AStemEndings = ["и", "і", "у", "ою", "ю", "ї", "ею", "ій", "ої"];

    /// <summary>Endings replacing the final о of a family name (Коваленко → Коваленка, Коваленком).</summary>
    private static readonly string[] OStemEndings = ["а", "у", "ові", "ом"];

    /// <summary>Endings replacing the final ий/ій of an adjectival family name (Сирський → Сирського).</summary>
    private static readonly string[] AdjectiveEndings = ["ого", "ому", "им", "ім", "ього", "ьому"];

    /// <summary>True when <paramref name="form"/> (a key) is an oblique-case form of the family name <paramref name="name"/> (a key).</summary>
    internal static bool IsInflectedForm(ReadOnlySpan<char> form, ReadOnlySpan<char> name)
    {
        if (name.Length < 3 || form.SequenceEqual(name)) return false;
        char last = name[^1];
        if (name.EndsWith("ий") || name.EndsWith("ій"))
        {
            return EndsWithAny(form, name[..^2], AdjectiveEndings);
        }
        if (last is 'а' or 'я' or 'о')
        {
            return EndsWithAny(form, name[..^1], last == 'о' ? OStemEndings : AStemEndings);
        }
        return char.IsLetter(last) && "аеєиіїоуюяь".IndexOf(last) < 0 && EndsWithAny(form, name, ConsonantStemEndings);
    }

    private static bool EndsWithAny(ReadOnlySpan<char> form, ReadOnlySpan<char> stem, string[] endings)
    {
        if (!form.StartsWith(stem, StringComparison.Ordinal)) return false;
        var rest = form[stem.Length..];
        foreach (string ending in endings)
        {
            if (rest.SequenceEqual(ending)) return true;
        }
        return false;
    }

    /// <summary>Every person name of the document (mention lemmas and canonical names of linked people), to tell full names from parts.</summary>
    private static List<string> CollectPersonNames(LinkState state, List<MentionDraft> mentions)
    {
        var names = new List<string>(mentions.Count * 2);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != EntityType.Person) continue;
            names.Add(state.Keys[i]);
            if (state.Kb[i] is { } entry) names.Add(entry.NameKey);
        }
        return names;
    }

    private static bool IsProperPartOfAny(string part, List<string> names)
    {
        foreach (string name in names)
        {
            if (IsProperPart(part, name)) return true;
        }
        return false;
    }

    /// <summary>The full names of the people linked in pass 1: multi-word lemmas, and the canonical, English and family names of known people.</summary>
    private static List<(string Key, int Entity, bool IsFamilyName)> CollectFullNames(LinkState state, List<MentionDraft> mentions)
    {
        var names = new List<(string, int, bool)>(mentions.Count * 3);
        for (int i = 0; i < mentions.Count; i++)
        {
            int entity = mentions[i].EntityIndex;
            if (entity < 0 || mentions[i].Type != EntityType.Person) continue;
            names.Add((state.Keys[i], entity, false));
            if (state.Kb[i] is { } kb)
            {
                names.Add((kb.NameKey, entity, false));
                if (kb.NameEn.Length > 0) names.Add((kb.EnglishKey, entity, false));
                // The family name matches as a whole, also where it is not a first or last word run (Лула in Луїс Інасіу Лула да Сілва).
                if (kb.SurnameKey is { } surname) names.Add((surname, entity, true));
            }
        }
        return names;
    }

    /// <summary>True when <paramref name="part"/> is a proper first or last run of whole words of <paramref name="name"/>.</summary>
    private static bool IsProperPart(string part, string name)
    {
        if (part.Length == 0 || part.Length >= name.Length) return false;
        return (name[part.Length] == ' ' && name.StartsWith(part, StringComparison.Ordinal))
            || (name[name.Length - part.Length - 1] == ' ' && name.EndsWith(part, StringComparison.Ordinal));
    }

    private static void Assign(LinkState state, int mention, int entity)
    {
        var draft = state.Document.Mentions[mention];
        draft.EntityIndex = entity;
        var e = state.Document.Entities[entity];
        e.MentionIndices.Add(mention);
        if (state.KbOfEntity[entity] is null) state.OfferName(entity, state.Names[mention]);
    }

    private void Finish(LinkState state)
    {
        OrderByFirstMention(state);
        var entities = state.Document.Entities;
        var countryByIso = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            entity.MentionIndices.Sort();
            if (state.KbOfEntity[e] is { } kb)
            {
                entity.Name = kb.NameUk;
                entity.English = kb.NameEn.Length > 0 ? kb.NameEn : UkrainianTransliterator.ToLatin(kb.NameUk);
                entity.KnowledgeBaseId = kb.Wikidata;
                entity.Iso = entity.Type == EntityType.Country ? kb.Iso : null;
                if (entity.Iso is { } iso) countryByIso.TryAdd(iso, e);
            }
            else
            {
                entity.English = HasEnglishLabel(entity.Type) ? UkrainianTransliterator.ToLatin(entity.Name) : null;
            }
        }
        for (int e = 0; e < entities.Count; e++)
        {
            if (state.KbOfEntity[e] is { IsCapital: true, CountryIso: { } iso } && countryByIso.TryGetValue(iso, out int country))
            {
                entities[e].StateIndex = country;
            }
        }
    }

    /// <summary>Renumbers the entities in the order of their first mention, as a reader meets them.</summary>
    private static void OrderByFirstMention(LinkState state)
    {
        var entities = state.Document.Entities;
        var mentions = state.Document.Mentions;
        var newIndex = new int[entities.Count];
        Array.Fill(newIndex, -1);
        var ordered = new List<EntityDraft>(entities.Count);
        var orderedKb = new List<KbEntry?>(entities.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            int old = mentions[m].EntityIndex;
            if (newIndex[old] < 0)
            {
                newIndex[old] = ordered.Count;
                ordered.Add(entities[old]);
                orderedKb.Add(state.KbOfEntity[old]);
            }
            mentions[m].EntityIndex = newIndex[old];
        }
        entities.Clear();
        entities.AddRange(ordered);
        state.KbOfEntity.Clear();
        state.KbOfEntity.AddRange(orderedKb);
    }

    private static bool HasEnglishLabel(EntityType type) => type is EntityType.Person or EntityType.Country
        or EntityType.Location or EntityType.Organization or EntityType.Weapon or EntityType.Document
        or EntityType.Artifact or EntityType.Misc;

    private static int WordCount(string key)
    {
        int count = key.Length == 0 ? 0 : 1;
        foreach (char c in key) if (c == ' ') count++;
        return count;
    }

    /// <summary>The per-document working tables.</summary>
    private sealed class LinkState
    {
        private readonly Dictionary<string, int> _byKb;
        private readonly Dictionary<(EntityType, string), int> _byKey;
        private readonly List<string?> _bestName;
        private int[]? _sentenceStarts;

        public LinkState(AnalysisDocument document, int mentionCount)
        {
            Document = document;
            _byKb = new Dictionary<string, int>(mentionCount, StringComparer.Ordinal);
            _byKey = new Dictionary<(EntityType, string), int>(mentionCount);
            _bestName = new List<string?>(mentionCount);
            KbOfEntity = new List<KbEntry?>(mentionCount);
            if (document.Entities.Capacity < mentionCount) document.Entities.Capacity = mentionCount;
            Names = new string[mentionCount];
            Keys = new string[mentionCount];
            Kb = new KbEntry?[mentionCount];
        }

        public AnalysisDocument Document { get; }
        public string[] Names { get; }
        public string[] Keys { get; }
        public KbEntry?[] Kb { get; }
        public List<KbEntry?> KbOfEntity { get; }

        public int EntityForKb(KbEntry entry)
        {
            if (_byKb.TryGetValue(entry.Id, out int index)) return index;
            index = Add(new EntityDraft(entry.Type, entry.NameUk), entry);
            _byKb.Add(entry.Id, index);
            return index;
        }

        public int EntityForKey(EntityType type, string key, string name)
        {
            if (_byKey.TryGetValue((type, key), out int index)) return index;
            index = Add(new EntityDraft(type, name), null);
            _byKey.Add((type, key), index);
            return index;
        }

        /// <summary>Keeps the fullest name: most words, then most characters, then the first seen.</summary>
        public void OfferName(int entity, string name)
        {
            string? current = _bestName[entity];
            if (current is null || WordCount(name) > WordCount(current)
                || (WordCount(name) == WordCount(current) && name.Length > current.Length))
            {
                _bestName[entity] = name;
                Document.Entities[entity].Name = name;
            }
        }

        /// <summary>Start of the last mention of <paramref name="entity"/> before <paramref name="position"/> that is more than a part of its name, or -1.</summary>
        public int LastFullMentionBefore(int entity, int position)
        {
            int best = -1;
            foreach (int m in Document.Entities[entity].MentionIndices)
            {
                var span = Document.Mentions[m].Span;
                if (span.Start < position && WordCount(Keys[m]) > 1 && span.Start > best) best = span.Start;
            }
            return best;
        }

        public int SentenceOf(int position)
        {
            var sentences = Document.Sentences;
            if (sentences.Count == 0) return 0;
            if (_sentenceStarts is null)
            {
                _sentenceStarts = new int[sentences.Count];
                for (int i = 0; i < sentences.Count; i++) _sentenceStarts[i] = sentences[i].Span.Start;
            }
            int found = Array.BinarySearch(_sentenceStarts, position);
            return found >= 0 ? found : Math.Max(0, ~found - 1);
        }

        private int Add(EntityDraft draft, KbEntry? entry)
        {
            Document.Entities.Add(draft);
            KbOfEntity.Add(entry);
            _bestName.Add(null);
            return Document.Entities.Count - 1;
        }
    }
}
