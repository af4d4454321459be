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

    [ThreadStatic]
    private static List<Entities.WeaponMatch>? t_matches;

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
        Merge(document.Mentions, added, kinds);
    }

    private string? LemmaOf(ReadOnlySpan<Token> tokens, string text, Entities.WeaponKind kind)
    {
        if (_lemmatizer is null) return null;
        // Designations and multi-word names stay as written; class phrases and one-word names go to the nominative.
        if (kind == Entities.WeaponKind.System && (tokens.Length > 1 || !IsCyrillicWord(tokens[0]))) return null;
        return _lemmatizer.Lemmatize(tokens, text);
    }

    private static bool IsCyrillicWord(in Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length > 0 && token.Text[0] is >= '\u0400' and <= '\u04FF';

    private static void Merge(List<MentionDraft> mentions, List<MentionDraft> weapons, Dictionary<TextSpan, Entities.WeaponKind>? kinds)
    {
        var keptWeapons = new List<MentionDraft>(weapons.Count);
        foreach (var weapon in weapons)
        {
            bool insideName = false;
            foreach (var other in mentions)
            {
                if (other.Span.Overlaps(weapon.Span) && IsName(other.Type) && other.Span.Start < weapon.Span.Start
                    && other.Confidence >= MinNameConfidence)
                {
                    insideName = true;
                    break;
                }
            }
            if (insideName) kinds?.Remove(weapon.Span);
            else keptWeapons.Add(weapon);
        }
        if (keptWeapons.Count == 0) return;
        mentions.RemoveAll(m => m.Type != Entities.EntityType.Weapon && keptWeapons.Exists(w => w.Span.Overlaps(m.Span)));
        mentions.AddRange(keptWeapons);
        mentions.Sort((a, b) => a.Span.CompareTo(b.Span));
    }

    private static bool IsName(Entities.EntityType type) => type is Entities.EntityType.Person or Entities.EntityType.Location
        or Entities.EntityType.Country or Entities.EntityType.Organization or Entities.EntityType.Document;
}
