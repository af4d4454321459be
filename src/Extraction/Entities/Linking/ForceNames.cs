using System.Runtime.InteropServices;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// "Сили оборони", "сили ППО", "Силами спеціальних операцій": a body named by the plural "сили" and the words after it
/// that the knowledge base knows as an organization is that organization, in any case and in either casing. The tagger
/// misses these names in lower case, keeps only the acronym (Сили | ППО), gives them other types, or runs them into
/// the words around them (Операція Сил оборони у Курській області). Immutable and thread-safe.
/// </summary>
internal sealed class ForceNames
{
    /// <summary>Longest name looked up, "сили" included (Сили територіальної оборони Збройних сил).</summary>
    private const int MaxWords = 5;

    /// <summary>Confidence of a name no mention covered.</summary>
    private const double AddedConfidence = 0.9;

    private static readonly HashSet<string> RegionNouns = new(StringComparer.Ordinal) { "область", "район", "громада", "регіон", "округ", "напрямок" };

    private readonly KnowledgeBase _kb;
    private readonly KnownNames _names;
    private readonly PhraseLemmatizer _lemmatizer;

    public ForceNames(KnowledgeBase kb, PhraseLemmatizer lemmatizer)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        _lemmatizer = lemmatizer ?? throw new ArgumentNullException(nameof(lemmatizer));
        _names = new KnownNames(kb, lemmatizer);
    }

    /// <summary>Finds the force names of <paramref name="document"/> and makes each one organization mention.</summary>
    public void Apply(AnalysisDocument document)
    {
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        bool changed = false;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!IsForces(tokens[t]) || Name(document, tokens, t, sentence.EndToken) is not { } name) continue;
                Place(document, tokens, t, name.End, name.Lemma);
                changed = true;
                t = name.End - 1;
            }
        }
        if (changed) document.Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>"сили" in the plural; capitalized inside a sentence it starts a name whatever number the tagger read (напрямку Сили оборони).</summary>
    private static bool IsForces(in Token token) =>
        token.Kind == TokenKind.Word && token.Lemma is "сила"
        && (char.IsUpper(token.Text[0]) || PhraseLemmatizer.Feature(token.Features, "Number").SequenceEqual("Plur"));

    /// <summary>The longest organization name of the knowledge base that starts with "сили" at <paramref name="first"/>.</summary>
    private (int End, string Lemma)? Name(AnalysisDocument document, ReadOnlySpan<Token> tokens, int first, int sentenceEnd)
    {
        int end = first + 1;
        while (end < sentenceEnd && end - first < MaxWords && tokens[end].Kind is TokenKind.Word or TokenKind.Abbreviation) end++;
        for (int stop = end; stop >= first + 2; stop--)
        {
            string phrase = Capitalized(_lemmatizer.LemmatizeName(tokens[first..stop], document.Text));
            if (IsOrganization(phrase)) return (stop, phrase);
            string written = Capitalized(document.Text[tokens[first].Span.Start..tokens[stop - 1].Span.End]);
            if (IsOrganization(written)) return (stop, written);
        }
        return null;
    }

    private bool IsOrganization(string name) => _kb.TryGetAll(name, out var entries) && _names.SingleType(entries, name) == EntityType.Organization;

    private static string Capitalized(string phrase) =>
        phrase.Length > 0 && char.IsLower(phrase[0]) ? string.Concat(char.ToUpperInvariant(phrase[0]).ToString(), phrase.AsSpan(1)) : phrase;

    /// <summary>
    /// Makes tokens [<paramref name="first"/>, <paramref name="end"/>) one organization mention: a mention inside the name
    /// gives way; a mention that runs on after it keeps its genitive continuation (Сил оборони півдня України) up to a
    /// preposition or punctuation; a title before the name stays a title (Речник | Сил оборони).
    /// </summary>
    private void Place(AnalysisDocument document, ReadOnlySpan<Token> tokens, int first, int end, string lemma)
    {
        var mentions = document.Mentions;
        int nameEnd = end;
        double confidence = AddedConfidence;
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.FirstToken >= end || m.EndToken <= first) continue;
            mentions.RemoveAt(i);
            confidence = m.Confidence;
            if (m.FirstToken < first && KeepsLeadingPart(tokens, m, first))
            {
                mentions.Add(Part(document, tokens, m.FirstToken, first, m.Type, m.Confidence));
            }
            if (m.EndToken > end)
            {
                int stop = end;
                while (stop < m.EndToken && IsNameContinuation(tokens[stop])) stop++;
                nameEnd = Math.Max(nameEnd, stop);
                // the rest after a preposition is kept when it is a known name or a region (у Курській області)
                int rest = stop < m.EndToken && tokens[stop].Pos == UniversalPos.ADP ? stop + 1 : m.EndToken;
                if (rest < m.EndToken && char.IsUpper(tokens[rest].Text[0]))
                {
                    if (_names.Find(document, tokens[rest..m.EndToken], out var restType, out string? restLemma))
                    {
                        mentions.Add(Part(document, tokens, rest, m.EndToken, restType, m.Confidence, restLemma));
                    }
                    else if (tokens[m.EndToken - 1].Lemma is { } last && RegionNouns.Contains(last))
                    {
                        mentions.Add(Part(document, tokens, rest, m.EndToken, EntityType.Location, m.Confidence));
                    }
                }
            }
        }
        if (nameEnd > end) lemma = Capitalized(_lemmatizer.LemmatizeName(tokens[first..nameEnd], document.Text));
        mentions.Add(Part(document, tokens, first, nameEnd, EntityType.Organization, confidence, lemma));
    }

    /// <summary>A genitive word that may go on naming the body: півдня, України, Збройних, ЗСУ.</summary>
    private static bool IsNameContinuation(in Token token) =>
        token.Kind == TokenKind.Abbreviation
        || (token.Kind == TokenKind.Word && token.Pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ
            && PhraseLemmatizer.Feature(token.Features, "Case").SequenceEqual("Gen"));

    /// <summary>
    /// Whether the words a mention had before the name are a mention of their own: a title (Речник), or words with a
    /// capitalized one that does not open the sentence (Куп'янському напрямку); not "Операція" opening a sentence.
    /// </summary>
    private static bool KeepsLeadingPart(ReadOnlySpan<Token> tokens, MentionDraft mention, int first)
    {
        if (mention.Type == EntityType.Job) return true;
        for (int t = mention.FirstToken; t < first; t++)
        {
            bool opensSentence = t == 0 || tokens[t - 1].Kind != TokenKind.Word;
            if (tokens[t].Kind == TokenKind.Word && char.IsUpper(tokens[t].Text[0]) && (t > mention.FirstToken || !opensSentence)) return true;
        }
        return false;
    }

    private MentionDraft Part(AnalysisDocument document, ReadOnlySpan<Token> tokens, int first, int end, EntityType type, double confidence, string? lemma = null)
    {
        var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
        return new MentionDraft(first, end, span, type, confidence) { Lemma = lemma ?? _lemmatizer.Lemmatize(tokens[first..end], document.Text) };
    }
}
