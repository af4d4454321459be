using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// Finds who a sentence is attributed to: "з посиланням на X", "як пише X", "за даними X", "за словами X",
/// "повідомляє X", "— заявив X", and "Про це повідомив X" in the next sentence. Chained reports give the innermost source.
/// </summary>
internal static class AttributionCues
{
    private static readonly HashSet<string> ReportVerbs = new(StringComparer.Ordinal)
    {
        "повідомляти", "повідомити", "заявити", "заявляти", "сказати", "написати", "писати", "зазначити", "наголосити",
        "розповісти", "підкреслити", "додати", "передавати", "інформувати", "поінформувати", "повідомлятися", "зауважити",
        "уточнити", "пояснити", "вважати", "припустити", "стверджувати",
    };

    /// <summary>The entity index the sentence <paramref name="sentenceIndex"/> is attributed to, or -1.</summary>
    public static int Find(AnalysisDocument document, int sentenceIndex)
    {
        int source = FindIn(document, document.Sentences[sentenceIndex], innerOnly: false);
        if (source >= 0) return source;
        if (sentenceIndex + 1 < document.Sentences.Count)
        {
            var next = document.Sentences[sentenceIndex + 1];
            var tokens = document.Tokens;
            if (next.TokenCount >= 3 && tokens[next.FirstToken].Normalized.Equals("Про", StringComparison.OrdinalIgnoreCase)
                && tokens[next.FirstToken + 1].Normalized.Equals("це", StringComparison.OrdinalIgnoreCase))
            {
                return FindIn(document, next, innerOnly: false);
            }
        }
        return -1;
    }

    /// <summary>
    /// When the token at <paramref name="at"/> is inside an attribution phrase that opens its clause ("За даними
    /// Генштабу ЗСУ, …", "Як повідомляє Reuters, …", "з посиланням на X, …"), the index of the comma that closes the
    /// phrase; else -1. What such a source reports lies after that comma, so the source is no party to it.
    /// </summary>
    public static int PhraseEnd(ReadOnlySpan<Token> tokens, Sentence sentence, int at)
    {
        for (int i = at - 1; i >= sentence.FirstToken && at - i <= 8; i--)
        {
            if (tokens[i].Text is "," or ";" or ":" or "—" or "–") return -1;
            // not "за словами X": a speaker often reports what they did themselves ("За словами Сибіги, вони з Блінкеном …")
            bool cue = AfterCue(tokens, sentence, i, withSpeech: false) >= 0
                || (tokens[i].Pos == UniversalPos.VERB && ReportVerbs.Contains(TokenFeatures.LemmaOf(tokens[i])) && i > sentence.FirstToken && IsWord(tokens[i - 1], "як"));
            if (!cue) continue;
            for (int k = at + 1; k < sentence.EndToken; k++)
            {
                if (tokens[k].Text == ",") return k;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// When an attribution cue ends at token <paramref name="i"/> ("з посиланням на", "за даними", "як пише"; "за
    /// словами" only <paramref name="withSpeech"/>), the token after it, where the source is named; else -1.
    /// </summary>
    private static int AfterCue(ReadOnlySpan<Token> tokens, Sentence sentence, int i, bool withSpeech)
    {
        string lower = tokens[i].Normalized.ToLowerInvariant();
        if (TokenFeatures.LemmaOf(tokens[i]) == "посилання" && i + 1 < sentence.EndToken && IsWord(tokens[i + 1], "на")) return i + 2;
        bool after = i > sentence.FirstToken;
        if ((lower is "даними" or "інформацією" or "оцінками" || (withSpeech && lower == "словами")) && after && IsWord(tokens[i - 1], "за")) return i + 1;
        if (lower == "пише" && after && IsWord(tokens[i - 1], "як")) return i + 1;
        return -1;
    }

    private static bool IsWord(in Token token, string lowerCase) => token.Normalized.Equals(lowerCase, StringComparison.OrdinalIgnoreCase);

    private static int FindIn(AnalysisDocument document, Sentence sentence, bool innerOnly)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        int found = -1;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            string lemma = TokenFeatures.LemmaOf(tokens[i]);
            int after = AfterCue(tokens, sentence, i, withSpeech: true);
            if (after >= 0)
            {
                int mention = TitledPerson(document, tokens, after, Math.Min(sentence.EndToken, after + 8));
                if (mention < 0) mention = MentionNear(document, after, Math.Min(sentence.EndToken, after + 4), forward: true);
                if (mention >= 0) found = mention; // keep scanning: the innermost (last) "з посиланням на" wins
                continue;
            }
            if (found < 0 && !innerOnly && tokens[i].Pos is UniversalPos.VERB && ReportVerbs.Contains(lemma))
            {
                // "передає Укрінформ" reports; "передаватиме Україні зброю" hands over
                if (lemma is "передавати" && !(TokenFeatures.Get(tokens[i], "Tense") == "Pres" && StartsReporter(document, i + 1))) continue;
                int mention = TitledPerson(document, tokens, i + 1, Math.Min(sentence.EndToken, i + 9));
                if (mention < 0) mention = MentionNear(document, i + 1, Math.Min(sentence.EndToken, i + 5), forward: true);
                if (mention < 0 && IsReportClauseStart(tokens, sentence, i)) mention = MentionNear(document, Math.Max(sentence.FirstToken, i - 4), i, forward: false);
                if (mention >= 0) found = mention;
            }
        }
        return found;
    }

    /// <summary>
    /// "з посиланням на главу МЗС Андрія Сибігу", "на Telegram голови Сумської ОВА Івана Мельника", "повідомив голова
    /// ОВА Іван Мельник": a person named after a title in [from, to) with no punctuation before it is the source, not the
    /// body in the title; else -1.
    /// </summary>
    private static int TitledPerson(AnalysisDocument document, ReadOnlySpan<Token> tokens, int from, int to)
    {
        foreach (var mention in document.Mentions)
        {
            if (mention.FirstToken < from) continue;
            if (mention.FirstToken >= to) break;
            if (mention.Type != EntityType.Person || mention.EntityIndex < 0) continue;
            for (int i = from; i < mention.FirstToken; i++)
            {
                if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text is not ("«" or "»" or "\"" or "-")) return -1;
            }
            return from < mention.FirstToken && char.IsLower(tokens[from].Text[0]) || SocialPlatforms.IsPlatform(tokens[from].Text) ? mention.EntityIndex : -1;
        }
        return -1;
    }

    /// <summary>True when a person or organization mention starts at token <paramref name="t"/>.</summary>
    private static bool StartsReporter(AnalysisDocument document, int t)
    {
        foreach (var mention in document.Mentions)
        {
            if (mention.FirstToken > t) break;
            if (mention.FirstToken == t) return mention.Type is EntityType.Person or EntityType.Organization;
        }
        return false;
    }

    private static bool IsReportClauseStart(ReadOnlySpan<Token> tokens, Sentence sentence, int verb) =>
        verb - sentence.FirstToken <= 6;

    /// <summary>The entity of the first (or last, when not <paramref name="forward"/>) PERSON/ORGANIZATION/COUNTRY mention starting in [from, to).</summary>
    private static int MentionNear(AnalysisDocument document, int from, int to, bool forward)
    {
        int best = -1;
        foreach (var mention in document.Mentions)
        {
            if (mention.FirstToken < from) continue;
            if (mention.FirstToken >= to) break;
            if (mention.EntityIndex < 0 || mention.Type is not (EntityType.Person or EntityType.Organization or EntityType.Country)) continue;
            // "з посиланням на Telegram глави ОВА Філіпа Проніна": the channel is not the source
            if (mention.EndToken - mention.FirstToken == 1 && SocialPlatforms.IsPlatform(document.Tokens[mention.FirstToken].Text)) continue;
            best = mention.EntityIndex;
            if (forward) break;
        }
        return best;
    }
}
