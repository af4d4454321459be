using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;
using static Extraction.Entities.NameTokens;

namespace Extraction.Entities;

/// <summary>
/// Splits a state, place or organization mention that the tagger ran across two names standing side by side — often
/// a web page's heading glued to the paragraph after it, with no full stop between:
/// <list type="bullet">
/// <item>two known names where the second cannot depend on the first: a state or place followed by any known name
/// ("грант від США Україна отримала"), or an organization followed by a name in the nominative, accusative or instrumental
/// ("підтримку Кремля Китаєм"); a genitive after an organization stays its part (Міністерство оборони України);</item>
/// <item>two names joined by a conjunction, the first a whole known organization or a Latin name ("Tesla і Space X");</item>
/// <item>a known name followed by a person ("від Республіканської партії Рамасвамі", "Білого дому Карін Жан-П'єр");</item>
/// <item>a title glued to the state it belongs to ("Президент США", "Новообраний президент США"): the title becomes a
/// JOB mention and the state a state mention.</item>
/// </list>
/// Only the knowledge base says where a name ends, so unknown names are left as the tagger found them.
/// Immutable and thread-safe.
/// </summary>
internal sealed class GluedNameSplitter
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "президент", "президентка", "віцепрезидент", "віце-президент", "прем'єр", "прем'єр-міністр", "прем'єрка",
        "міністр", "міністерка", "посол", "посолка", "речник", "речниця", "канцлер", "канцлерка", "держсекретар", "генсек",
        "король", "королева", "спікер", "лідер", "лідерка", "глава", "очільник", "очільниця", "прессекретар",
    };

    private readonly KnownNames _names;
    private readonly PhraseLemmatizer _lemmatizer;

    public GluedNameSplitter(KnownNames names, PhraseLemmatizer lemmatizer)
    {
        _names = names ?? throw new ArgumentNullException(nameof(names));
        _lemmatizer = lemmatizer ?? throw new ArgumentNullException(nameof(lemmatizer));
    }

    /// <summary>The mentions that replace <paramref name="mention"/> (two or three, in text order), or null to keep it.</summary>
    public MentionDraft[]? Split(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        if (mention.Type is not (EntityType.Organization or EntityType.Location or EntityType.Country)) return null;
        if (mention.EndToken - mention.FirstToken < 2 || mention.EndToken > tokens.Length) return null;
        var parts = SplitTitledState(document, tokens, mention) ?? SplitCoordinated(document, tokens, mention) ?? SplitTwoNames(document, tokens, mention);
        // a known name is never split (Боснія і Герцеговина); asked last, since most mentions have no place to split
        return parts is not null && !_names.Find(document, tokens[mention.FirstToken..mention.EndToken], out _, out _) ? parts : null;
    }

    /// <summary>
    /// "головою Міністерства внутрішньої безпеки губернаторку …": the name of an organization or place ends before a
    /// lower-case noun in the nominative or accusative after its head, not after a preposition or conjunction, since a
    /// name's dependants are genitives (Міністерство оборони України), prepositional phrases (Центр … при РНБО) or
    /// the case a verbal noun governs (Управління справами). The mention cut there, or null. Quoted words are left alone.
    /// </summary>
    public MentionDraft? CutAtGrammaticalBreak(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        if (mention.Type is not (EntityType.Organization or EntityType.Location or EntityType.Country) || mention.EndToken > tokens.Length) return null;
        // a quoted name may be any phrase («Товариство мисливців», «Жуків острів»)
        if (mention.FirstToken > 0 && IsOpeningQuote(tokens[mention.FirstToken - 1])) return null;
        int head = mention.FirstToken;
        while (head < mention.EndToken && tokens[head].Pos is not (UniversalPos.NOUN or UniversalPos.PROPN)) head++;
        for (int j = head + 1; j < mention.EndToken; j++)
        {
            ref readonly var token = ref tokens[j];
            if (token.Kind is not TokenKind.Word) return null; // quotes, numbers and symbols: leave the name to the tagger
            if (!char.IsLower(token.Text[0]) || token.Pos != UniversalPos.NOUN) continue;
            if (tokens[j - 1].Pos is UniversalPos.ADP or UniversalPos.CCONJ || tokens[j - 1].Kind != TokenKind.Word) continue;
            var nounCase = PhraseLemmatizer.Feature(token.Features, "Case");
            // verbal nouns govern other cases (Управління справами), but no name goes on in the nominative or accusative
            if (!nounCase.SequenceEqual("Nom") && !nounCase.SequenceEqual("Acc")) continue;
            // a word before the noun in the same case is its modifier (Курську область), and a genitive adjective shows the
            // noun's case where the form is shared (інформаційної політики: not "politicians")
            var previousCase = PhraseLemmatizer.Feature(tokens[j - 1].Features, "Case");
            if (previousCase.SequenceEqual(nounCase) || (tokens[j - 1].Pos == UniversalPos.ADJ && previousCase.SequenceEqual("Gen"))) continue;
            if (IsPlaceAdjective(tokens[j - 1].Text)) continue; // Курську область: read as the city's locative
            return Part(document, tokens, mention, mention.FirstToken, j, mention.Type, _lemmatizer.Lemmatize(tokens[mention.FirstToken..j], document.Text));
        }
        return null;
    }

    /// <summary>
    /// "Tesla і Space X", "з Білим домом і Управлінням з бюджету": two names joined by a conjunction, the first a whole
    /// known organization or a Latin name and the second capitalized. Modifiers sharing one head (Луганської й Донецької областей)
    /// have no whole name before the conjunction and stay one mention.
    /// </summary>
    private MentionDraft[]? SplitCoordinated(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        for (int conjunction = mention.FirstToken + 1; conjunction < mention.EndToken - 1; conjunction++)
        {
            if (tokens[conjunction].Text is not ("і" or "та" or "й") || !StartsName(tokens[conjunction + 1])) continue;
            var left = tokens[mention.FirstToken..conjunction];
            var right = tokens[(conjunction + 1)..mention.EndToken];
            EntityType leftType = mention.Type;
            string? leftLemma = null;
            bool latin = AllLatin(left) && IsLatin(right[0]);
            // states and places joined by a conjunction may be one name (Боснія і Герцеговина), organizations are not
            if (!latin && !(_names.Find(document, left, out leftType, out leftLemma) && leftType == EntityType.Organization)) continue;
            var rightType = _names.Find(document, right, out var found, out string? rightLemma) ? found : mention.Type;
            if (rightLemma is null && !latin) rightLemma = _lemmatizer.Lemmatize(right, document.Text);
            return
            [
                Part(document, tokens, mention, mention.FirstToken, conjunction, leftType, leftLemma),
                Part(document, tokens, mention, conjunction + 1, mention.EndToken, rightType, rightLemma),
            ];
        }
        return null;
    }

    /// <summary>A capitalized adjective formed from a place name (Курську, Донецької, Запорізький), whatever the tagger read it as.</summary>
    private static bool IsPlaceAdjective(string word) =>
        word.Length > 4 && char.IsUpper(word[0])
        && (word.Contains("ськ", StringComparison.Ordinal) || word.Contains("цьк", StringComparison.Ordinal) || word.Contains("зьк", StringComparison.Ordinal));

    private static bool AllLatin(ReadOnlySpan<Token> words)
    {
        foreach (ref readonly var word in words)
        {
            if (!IsLatin(word)) return false;
        }
        return true;
    }

    private MentionDraft[]? SplitTwoNames(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        for (int split = mention.FirstToken + 1; split < mention.EndToken; split++)
        {
            if (!StartsName(tokens[split])) continue;
            if (!_names.Find(document, tokens[mention.FirstToken..split], out var firstType, out string? firstLemma) || firstType == EntityType.Person) continue;
            var rest = tokens[split..mention.EndToken];
            EntityType secondType;
            string? secondLemma;
            if (_names.Find(document, rest, out var found, out string? foundLemma))
            {
                (secondType, secondLemma) = (found, foundLemma);
            }
            else if (IsPersonName(rest))
            {
                (secondType, secondLemma) = (EntityType.Person, _lemmatizer.Lemmatize(rest, document.Text));
            }
            else
            {
                continue;
            }
            if (!Independent(firstType, secondType, tokens[split])) continue;
            return
            [
                Part(document, tokens, mention, mention.FirstToken, split, firstType, firstLemma),
                Part(document, tokens, mention, split, mention.EndToken, secondType, secondLemma),
            ];
        }
        return null;
    }

    /// <summary>"Президент США", "новообраний президент США": (adjectives +) a title + a known state, read by the tagger as one organization.</summary>
    private MentionDraft[]? SplitTitledState(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        int title = mention.FirstToken;
        while (title < mention.EndToken && tokens[title].Pos == UniversalPos.ADJ && tokens[title].Kind == TokenKind.Word) title++;
        if (title >= mention.EndToken - 1 || !IsTitle(tokens[title])) return null;
        int state = title + 1;
        if (!_names.Find(document, tokens[state..mention.EndToken], out var type, out string? lemma) || type != EntityType.Country) return null;
        return
        [
            Part(document, tokens, mention, mention.FirstToken, state, EntityType.Job, _lemmatizer.Lemmatize(tokens[mention.FirstToken..state], document.Text)),
            Part(document, tokens, mention, state, mention.EndToken, type, lemma),
        ];
    }

    /// <summary>Whether a name of <paramref name="second"/> type, starting with <paramref name="start"/>, cannot belong to the name before it.</summary>
    private static bool Independent(EntityType first, EntityType second, in Token start)
    {
        if (second == EntityType.Person) return true;
        // a state or place names nothing with a name after it; an organization may own a genitive (Міністерство оборони України)
        if (first is EntityType.Country or EntityType.Location) return true;
        // dative and locative forms often equal the genitive (Естонії), so only cases with forms of their own count
        return start.Features is { } features
            && (features.Contains("Case=Ins", StringComparison.Ordinal) || features.Contains("Case=Nom", StringComparison.Ordinal) || features.Contains("Case=Acc", StringComparison.Ordinal));
    }

    private static bool IsTitle(in Token token) =>
        token.Kind == TokenKind.Word && token.Lemma is { } lemma && Titles.Contains(lemma.ToLowerInvariant());

    /// <summary>A first name and at least one more capitalized word (Карін Жан-П'єр).</summary>
    private static bool IsPersonName(ReadOnlySpan<Token> words)
    {
        if (words.Length < 2 || words.Length > 4) return false;
        if (!IsGivenName(words[0])) return false;
        foreach (ref readonly var word in words)
        {
            if (word.Kind == TokenKind.Word && !char.IsUpper(word.Text[0])) return false;
        }
        return true;
    }

    private static bool StartsName(in Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Abbreviation && token.Text.Length > 0 && char.IsUpper(token.Text[0]);

    private static MentionDraft Part(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft whole, int first, int end, EntityType type, string? lemma)
    {
        var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
        return new MentionDraft(first, end, span, type, whole.Confidence) { Lemma = lemma ?? span.Substring(document.Text) };
    }
}
