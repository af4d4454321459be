using System.Runtime.InteropServices;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>
/// Adds WEAPON mentions (see <see cref="Entities.WeaponRecognizer"/>) to <see cref="AnalysisDocument.Mentions"/>.
/// A WEAPON replaces every statistical mention it overlaps (the tagger labels weapon names ART, and often mislabels
/// them ORG or QUANTITY), except a name (person, place, country, organization, document) that reaches beyond it:
/// there the weapon word is part of a longer name (Ракетні війська і артилерія) and the WEAPON is dropped, when the
/// name starts before the weapon and the tagger is confident of it.
/// Mentions stay sorted by start and never overlap.
/// </summary>
internal sealed class WeaponStage : IExtractionStage
{
    /// <summary>Least tagger confidence for a name to keep a weapon word inside it from being a WEAPON.</summary>
    private const double MinNameConfidence = 0.5;

    private const int MaxCachedLemmas = 4096;

    [ThreadStatic]
    private static List<Entities.WeaponMatch>? t_matches;

    [ThreadStatic]
    private static Dictionary<string, string>? t_lemmas;

    private readonly Entities.WeaponRecognizer _recognizer;
    private readonly PhraseLemmatizer? _lemmatizer;

    public WeaponStage(Entities.WeaponRecognizer recognizer, PhraseLemmatizer? lemmatizer)
    {
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _lemmatizer = lemmatizer;
    }

    /// <summary>A stage over the embedded lexicon, knowledge base and morphology.</summary>
    public static WeaponStage CreateDefault() => new(Entities.WeaponRecognizer.Default, PhraseLemmatizer.Default);

    public string Name => "weapons";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken) => Process(document, cancellationToken, null);

    /// <summary>Runs the stage; when <paramref name="kinds"/> is given, it receives the kind of every WEAPON mention added, by span.</summary>
    internal void Process(AnalysisDocument document, CancellationToken cancellationToken, Dictionary<TextSpan, Entities.WeaponKind>? kinds)
    {
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        var matches = t_matches ??= [];
        List<MentionDraft>? added = null;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            matches.Clear();
            var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            _recognizer.Recognize(sentenceTokens, matches);
            foreach (var match in matches)
            {
                int first = sentence.FirstToken + match.FirstToken;
                int end = sentence.FirstToken + match.EndToken;
                var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
                var mention = new MentionDraft(first, end, span, Entities.EntityType.Weapon, match.Confidence)
                {
                    Lemma = LemmaOf(tokens[first..end], document.Text, match.Kind),
                };
                (added ??= []).Add(mention);
                kinds?.Add(span, match.Kind);
            }
        }
        if (added is null) return;
        Merge(document.Mentions, added, kinds, tokens);
    }

    private string? LemmaOf(ReadOnlySpan<Token> tokens, string text, Entities.WeaponKind kind)
    {
        if (_lemmatizer is null) return null;
        // Designations and multi-word names stay as written; class phrases and one-word names go to the nominative.
        if (kind == Entities.WeaponKind.System && (tokens.Length > 1 || !IsCyrillicWord(tokens[0]))) return null;
        // Weapon phrases repeat within and across articles (дронів, крилаті ракети): lemmatize each surface once per thread.
        var surface = text.AsSpan(tokens[0].Span.Start, tokens[^1].Span.End - tokens[0].Span.Start);
        var cache = t_lemmas ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(surface, out string? cached)) return cached;
        string lemma = _lemmatizer.Lemmatize(tokens, text);
        // a class phrase opening a sentence keeps no capital (Ударні дрони → ударний дрон); an abbreviation keeps its capitals
        if (kind == Entities.WeaponKind.Class && lemma.Length > 1 && char.IsUpper(lemma[0]) && char.IsLower(lemma[1])) lemma = char.ToLowerInvariant(lemma[0]) + lemma[1..];
        if (cache.Count >= MaxCachedLemmas) cache.Clear();
        cache[surface.ToString()] = lemma;
        return lemma;
    }

    private static bool IsCyrillicWord(in Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length > 0 && CyrillicScript.Contains(token.Text[0]);

    /// <summary>
    /// Adds <paramref name="weapons"/> to <paramref name="mentions"/> in one sweep over both lists (each sorted by start,
    /// neither overlapping itself): a confident name starting before a weapon and overlapping it drops the weapon;
    /// every other mention a kept weapon overlaps is removed. A place or person name that runs on into a class phrase
    /// written in lower case ("в Україну бронетранспортери M577") ends where the weapon begins: such names do not go on in
    /// lower-case common nouns.
    /// </summary>
    private static void Merge(List<MentionDraft> mentions, List<MentionDraft> weapons, Dictionary<TextSpan, Entities.WeaponKind>? kinds, ReadOnlySpan<Token> tokens)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Span.Start < mentions[i - 1].Span.Start)
            {
                mentions.Sort((a, b) => a.Span.CompareTo(b.Span));
                break;
            }
        }
        var merged = new List<MentionDraft>(mentions.Count + weapons.Count);
        int m = 0;
        foreach (var weapon in weapons)
        {
            // Mentions wholly before this weapon stay.
            while (m < mentions.Count && mentions[m].Span.End <= weapon.Span.Start) merged.Add(mentions[m++]);
            bool blocked = false;
            for (int k = m; k < mentions.Count && mentions[k].Span.Start < weapon.Span.End; k++)
            {
                var other = mentions[k];
                if (other.Span.Overlaps(weapon.Span) && IsName(other.Type) && other.Span.Start < weapon.Span.Start && other.Confidence >= MinNameConfidence)
                {
                    if (CutBefore(other, weapon, tokens) is { } cut)
                    {
                        mentions[k] = cut;
                        continue;
                    }
                    blocked = true;
                    break;
                }
            }
            if (blocked)
            {
                kinds?.Remove(weapon.Span);
                continue;
            }
            while (m < mentions.Count && mentions[m].Span.End <= weapon.Span.Start) merged.Add(mentions[m++]); // a name cut before the weapon
            while (m < mentions.Count && mentions[m].Span.Start < weapon.Span.End) m++; // overlapped by the weapon: replaced
            merged.Add(weapon);
        }
        while (m < mentions.Count) merged.Add(mentions[m++]);
        mentions.Clear();
        mentions.AddRange(merged);
    }

    /// <summary>The place or person name <paramref name="name"/> cut before a lower-case class phrase it ran into, or null.</summary>
    private static MentionDraft? CutBefore(MentionDraft name, MentionDraft weapon, ReadOnlySpan<Token> tokens)
    {
        if (name.Type is not (Entities.EntityType.Location or Entities.EntityType.Country or Entities.EntityType.Person)) return null;
        string first = tokens[weapon.FirstToken].Text;
        if (first.Length == 0 || !char.IsLower(first[0])) return null;
        int end = weapon.FirstToken;
        while (end > name.FirstToken && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        if (end <= name.FirstToken) return null;
        var span = new TextSpan(tokens[name.FirstToken].Span.Start, tokens[end - 1].Span.End);
        return new MentionDraft(name.FirstToken, end, span, name.Type, name.Confidence) { Lemma = name.Lemma };
    }

    private static bool IsName(Entities.EntityType type) => type is Entities.EntityType.Person or Entities.EntityType.Location
        or Entities.EntityType.Country or Entities.EntityType.Organization or Entities.EntityType.Document;
}
