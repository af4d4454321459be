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
/// <item>Name: the knowledge base's canonical Ukrainian name, else the fullest lemma seen (most words, then longest).
/// English: the knowledge base's, else the official transliteration for names (none for dates, amounts and titles).</item>
/// </list>
/// Cost is linear in the mentions: every grouping decision is a dictionary lookup on normalized names.
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
            string surface = m.Span.Start >= 0 && m.Span.End <= document.Text.Length ? m.Span.Substring(document.Text) : "";
            string name = string.IsNullOrWhiteSpace(m.Lemma) ? surface.Trim() : m.Lemma.Trim();
            state.Names[i] = name;
            state.Keys[i] = AliasKey.Normalize(name);
            state.Kb[i] = Resolve(m, name, surface);
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
            else if (WordCount(state.Keys[i]) > 1 && !personNames.IsProperPart(state.Keys[i]))
            {
                // A multi-word family name of a known person (Лула да Сілва) still links through the knowledge base.
                Assign(state, i, TryFindPersonBySurname(state.Names[i]) is { } known
                    ? state.EntityForKb(known)
                    : state.EntityForKey(EntityType.Person, state.Keys[i], state.Names[i]));
            }
        }

        // Pass 2: partial person names (surname or first part alone).
        var parts = BuildPartIndex(state, mentions);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].EntityIndex >= 0) continue;
            int entity = ResolvePart(state, parts, i);
            if (entity == NoCandidate && TryFindPersonBySurname(state.Names[i]) is { } person)
            {
                entity = state.EntityForKb(person);
            }
            if (entity < 0) entity = state.EntityForKey(EntityType.Person, state.Keys[i], state.Names[i]);
            Assign(state, i, entity);
        }

        Finish(state);
    }

    private KbEntry? Resolve(MentionDraft m, string name, string surface)
    {
        var hit = ResolveName(m, name);
        if (hit is null && surface.Length > 0 && !surface.Equals(name, StringComparison.Ordinal)) hit = ResolveName(m, surface);
        return hit;
    }

    private KbEntry? ResolveName(MentionDraft m, string name)
    {
        switch (m.Type)
        {
            case EntityType.Location:
            case EntityType.Country:
                if (_kb.TryFind(name, EntityType.Country, out var country))
                {
                    m.Type = EntityType.Country;
                    return country;
                }
                if (_kb.TryFind(name, EntityType.Location, out var place))
                {
                    m.Type = EntityType.Location; // a capital stays a place; its state is kept apart
                    return place;
                }
                if (_kb.TryFind(name, EntityType.Organization, out var body))
                {
                    m.Type = EntityType.Organization;
                    return body;
                }
                return null;
            case EntityType.Organization:
                if (_kb.TryFind(name, EntityType.Organization, out var org)) return org;
                if (_kb.TryFind(name, EntityType.Country, out var state))
                {
                    m.Type = EntityType.Country;
                    return state;
                }
                return null;
            case EntityType.Person:
            case EntityType.Weapon:
                return _kb.TryFind(name, m.Type, out var entry) ? entry : null;
            default:
                return null;
        }
    }

    private KbEntry? TryFindPersonBySurname(string name)
    {
        if (!_kb.TryFindPeopleBySurname(name, out var people)) return null;
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
    private static int ResolvePart(LinkState state, Dictionary<string, List<int>> parts, int mention)
    {
        if (!parts.TryGetValue(state.Keys[mention], out var candidates)) return NoCandidate;
        if (candidates.Count == 1) return candidates[0];

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

    /// <summary>Every person name of the document (mention lemmas and canonical names of linked people), to tell full names from parts.</summary>
    private static PersonNameSet CollectPersonNames(LinkState state, List<MentionDraft> mentions)
    {
        var set = new PersonNameSet();
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != EntityType.Person) continue;
            set.Add(state.Keys[i]);
            if (state.Kb[i] is { } entry) set.Add(AliasKey.Normalize(entry.NameUk));
        }
        return set;
    }

    /// <summary>Maps each proper first or last word run of every person's full names (and KB family names) to the people it may mean.</summary>
    private static Dictionary<string, List<int>> BuildPartIndex(LinkState state, List<MentionDraft> mentions)
    {
        var parts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Count; i++)
        {
            int entity = mentions[i].EntityIndex;
            if (entity < 0 || mentions[i].Type != EntityType.Person) continue;
            AddParts(parts, state.Keys[i], entity);
            if (state.Kb[i] is { } kb)
            {
                AddParts(parts, AliasKey.Normalize(kb.NameUk), entity);
                if (kb.NameEn.Length > 0) AddParts(parts, AliasKey.Normalize(kb.NameEn), entity);
                if (kb.Surname is { } surname) AddPart(parts, AliasKey.Normalize(surname), entity);
            }
        }
        return parts;
    }

    private static void AddParts(Dictionary<string, List<int>> parts, string key, int entity)
    {
        for (int i = 0; i < key.Length; i++)
        {
            if (key[i] != ' ') continue;
            AddPart(parts, key[..i], entity);
            AddPart(parts, key[(i + 1)..], entity);
        }
    }

    private static void AddPart(Dictionary<string, List<int>> parts, string part, int entity)
    {
        if (part.Length == 0) return;
        if (!parts.TryGetValue(part, out var list))
        {
            list = new List<int>(1);
            parts.Add(part, list);
        }
        if (!list.Contains(entity)) list.Add(entity);
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
        private readonly Dictionary<string, int> _byKb = new(StringComparer.Ordinal);
        private readonly Dictionary<(EntityType, string), int> _byKey = [];
        private readonly List<string?> _bestName = [];
        private int[]? _sentenceStarts;

        public LinkState(AnalysisDocument document, int mentionCount)
        {
            Document = document;
            Names = new string[mentionCount];
            Keys = new string[mentionCount];
            Kb = new KbEntry?[mentionCount];
        }

        public AnalysisDocument Document { get; }
        public string[] Names { get; }
        public string[] Keys { get; }
        public KbEntry?[] Kb { get; }
        public List<KbEntry?> KbOfEntity { get; } = [];

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

    /// <summary>Normalized person names of a document, answering "is this a proper first or last part of another name?".</summary>
    private sealed class PersonNameSet
    {
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private readonly HashSet<string> _parts = new(StringComparer.Ordinal);

        public void Add(string key)
        {
            if (!_names.Add(key)) return;
            for (int i = 0; i < key.Length; i++)
            {
                if (key[i] != ' ') continue;
                _parts.Add(key[..i]);
                _parts.Add(key[(i + 1)..]);
            }
        }

        public bool IsProperPart(string key) => _parts.Contains(key);
    }
}
