using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Looks word runs up in the knowledge base as names of one argument type (person, state, place or organization),
/// by their phrase lemma or, failing that, as written. Shared by the mention repairs. Immutable and thread-safe.
/// </summary>
internal sealed class KnownNames
{
    private readonly KnowledgeBase _kb;
    private readonly PhraseLemmatizer _lemmatizer;

    public KnownNames(KnowledgeBase kb, PhraseLemmatizer lemmatizer)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        _lemmatizer = lemmatizer ?? throw new ArgumentNullException(nameof(lemmatizer));
    }

    /// <summary>The knowledge-base entries of a mention's lemma, or else of its surface, with the key that found them.</summary>
    public (KbEntry[]? Entries, string Key) EntriesOf(AnalysisDocument document, MentionDraft mention)
    {
        if (mention.Lemma is { Length: > 0 } lemma && _kb.TryGetAll(lemma, out var byLemma)) return (byLemma, lemma);
        string surface = mention.Span.Substring(document.Text);
        return _kb.TryGetAll(surface, out var bySurface) ? (bySurface, surface) : (null, surface);
    }

    /// <summary>The one argument type all <paramref name="entries"/> share (a shared alias counts as its preferred type), or null.</summary>
    public EntityType? SingleType(KbEntry[] entries, string key)
    {
        // A name shared with a weapon (the cruiser Москва) has its preferred type in the ambiguity file.
        if (entries.Length > 1 && _kb.PreferredTypes.TryGetValue(AliasKey.Normalize(key), out var preferred))
        {
            return preferred is EntityType.Person or EntityType.Country or EntityType.Location or EntityType.Organization ? preferred : null;
        }
        EntityType? type = null;
        foreach (var entry in entries)
        {
            if (entry.Type is not (EntityType.Person or EntityType.Country or EntityType.Location or EntityType.Organization)) return null;
            if (type is null) type = entry.Type;
            else if (type != entry.Type) return null;
        }
        return type;
    }

    /// <summary>The type and lemma of a knowledge-base name made of exactly <paramref name="words"/>.</summary>
    public bool Find(AnalysisDocument document, ReadOnlySpan<Token> words, out EntityType type, out string? lemma)
    {
        type = default;
        lemma = null;
        string? phrase = words.Length == 1 ? words[0].Lemma : _lemmatizer.Lemmatize(words, document.Text);
        var surface = document.Text.AsSpan(words[0].Span.Start, words[^1].Span.End - words[0].Span.Start);
        KbEntry[]? entries = null;
        string key = "";
        if (phrase is { Length: > 0 } && _kb.TryGetAll(phrase, out var byLemma)) (entries, key) = (byLemma, phrase);
        else if (_kb.TryGetAll(surface, out var bySurface)) (entries, key) = (bySurface, surface.ToString());
        if (entries is not null)
        {
            if (SingleType(entries, key) is not { } found) return false;
            // A bare first name or one word of a person's name is not enough; known full names and acronyms are.
            if (found == EntityType.Person && words.Length == 1) return false;
            type = found;
            lemma = phrase ?? surface.ToString();
            return true;
        }
        // A family name alone (Байден, Трамп) when it names one known person.
        if (words.Length == 1 && phrase is { Length: > 0 } && _kb.TryFindPeopleBySurname(phrase, out var people) && OnePerson(people))
        {
            type = EntityType.Person;
            lemma = phrase;
            return true;
        }
        return false;
    }

    private static bool OnePerson(KbEntry[] people)
    {
        if (people.Length == 1) return true;
        int primary = 0;
        foreach (var p in people) if (p.IsPrimaryForSurname) primary++;
        return primary == 1;
    }
}
