using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// Collects the possible relation arguments of each sentence: entity mentions, nationality adjectives, demonyms
/// and pronouns resolved to earlier entities. Feed sentences in order: pronoun resolution looks back.
/// </summary>
internal sealed class ArgumentFinder
{
    private const int LookBackSentences = 3;

    private readonly AnalysisDocument _document;
    private readonly IStateLexicon _states;
    private readonly List<(ArgumentCandidate Argument, int Sentence, string? Gender, bool Plural)> _history = [];
    private int _nextMention;

    public ArgumentFinder(AnalysisDocument document, IStateLexicon states)
    {
        _document = document;
        _states = states;
    }

    /// <summary>The arguments of sentence <paramref name="sentenceIndex"/> in text order, and its JOB mentions.</summary>
    public (List<ArgumentCandidate> Arguments, List<MentionDraft> Jobs) Find(int sentenceIndex)
    {
        var sentence = _document.Sentences[sentenceIndex];
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_document.Tokens);
        var arguments = new List<ArgumentCandidate>();
        var jobs = new List<MentionDraft>();
        var mentions = _document.Mentions;
        while (_nextMention < mentions.Count && mentions[_nextMention].FirstToken < sentence.FirstToken) _nextMention++;
        Span<bool> covered = sentence.TokenCount <= 256 ? stackalloc bool[sentence.TokenCount] : new bool[sentence.TokenCount];
        for (int m = _nextMention; m < mentions.Count && mentions[m].FirstToken < sentence.EndToken; m++)
        {
            var mention = mentions[m];
            if (mention.EndToken > sentence.EndToken) continue;
            // "ППО" tagged as an artifact or other non-argument: the defence-force phrase it belongs to takes it
            if (!IsArgumentType(mention.Type) && mention.Type != EntityType.Job && InForcePhrase(tokens, sentence, mention)) continue;
            for (int t = mention.FirstToken; t < mention.EndToken; t++) covered[t - sentence.FirstToken] = true;
            if (mention.Type == EntityType.Job)
            {
                if (JobWithState(tokens, sentence, mention) is { } parts)
                {
                    jobs.Add(parts.Job);
                    arguments.Add(parts.State);
                }
                else
                {
                    jobs.Add(mention);
                }
                continue;
            }
            if (!IsArgumentType(mention.Type) || mention.EntityIndex < 0) continue;
            // "Сили" tagged alone (often as a name) at the start of "Сили оборони": the force phrase below takes the words
            if (mention.Type != EntityType.Weapon && ArgumentPhrases.DefenceForce(tokens, sentence, mention.FirstToken) is (var length, not null)
                && mention.FirstToken + length > mention.EndToken && (mention.Type == EntityType.Person || mention.EndToken - mention.FirstToken == 1))
            {
                for (int t = mention.FirstToken; t < mention.EndToken; t++) covered[t - sentence.FirstToken] = false;
                continue;
            }
            if (mention.Type == EntityType.Organization && AttachedAt(tokens, mention) is int at)
            {
                AddAttached(tokens, sentence, mention, at, arguments);
                continue;
            }
            if (mention.Type is EntityType.Location or EntityType.Organization && ArgumentPhrases.SplitPlace(tokens, mention.FirstToken, mention.EndToken) is { } split)
            {
                AddSplitPlace(tokens, sentence, mention, split, arguments);
                continue;
            }
            int first = mention.FirstToken;
            var span = mention.Span;
            // "сили ППО", "Сили оборони": the generic head the entity stage left out belongs to the force's name
            if (mention.Type == EntityType.Organization && first > sentence.FirstToken && !covered[first - 1 - sentence.FirstToken]
                && ArgumentPhrases.IsForceNoun(tokens[first - 1]) && ArgumentPhrases.TakesForceHead(tokens, first, mention.EndToken))
            {
                first--;
                covered[first - sentence.FirstToken] = true;
                span = new TextSpan(tokens[first].Span.Start, mention.Span.End);
            }
            StateReference? capital = null;
            if (mention.Type == EntityType.Location)
            {
                string name = mention.EntityIndex < _document.Entities.Count ? _document.Entities[mention.EntityIndex].Name : mention.Lemma ?? "";
                capital = _states.FindByCapital(name) ?? (mention.Lemma is { } lemma ? _states.FindByCapital(lemma) : null);
            }
            var head = HeadOf(tokens, first, mention.EndToken);
            var argument = new ArgumentCandidate(first, mention.EndToken, span, mention.Type, ArgumentKind.Mention)
            {
                EntityIndex = mention.EntityIndex,
                IsLeadersGovernment = IsLeadersGovernment(tokens, mention),
                State = capital,
                Case = ArgumentPhrases.IsForceNoun(tokens[head]) ? ArgumentPhrases.ForceHeadCase(tokens[head]) : CaseOf(tokens, sentence, head, first),
                Preposition = PrepositionBefore(tokens, sentence, first),
            };
            arguments.Add(argument);
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (covered[t - sentence.FirstToken]) continue;
            ref readonly var token = ref tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation)) continue;
            if (ForcePhrase(tokens, sentence, t, covered) is { } force)
            {
                arguments.Add(force);
                t = force.EndToken - 1;
                continue;
            }
            if (token.Kind != TokenKind.Word) continue;
            var extra = WordArgument(tokens, sentence, t, sentenceIndex);
            if (extra is not null) arguments.Add(extra);
        }
        arguments.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        JoinElidedWeapons(tokens, arguments);

        foreach (var argument in arguments)
        {
            if (argument.Kind is ArgumentKind.Mention or ArgumentKind.Demonym)
            {
                var head = HeadOf(tokens, argument.FirstToken, argument.EndToken);
                _history.Add((argument, sentenceIndex, TokenFeatures.Get(tokens[head], "Gender"), TokenFeatures.Get(tokens[head], "Number") == "Plur"));
            }
        }
        return (arguments, jobs);
    }

    /// <summary>
    /// "адміністрації Джо Байдена", "уряд Шольца": an organization mention (the entity stage joins the noun and the
    /// leader) whose government noun is followed by a personal name, not by a state (Уряду України).
    /// </summary>
    private static bool IsLeadersGovernment(ReadOnlySpan<Token> tokens, MentionDraft mention) =>
        mention.Type == EntityType.Organization && mention.EndToken - mention.FirstToken >= 2
        && TokenFeatures.LemmaOf(tokens[mention.FirstToken]) is "адміністрація" or "уряд"
        && TokenFeatures.Get(tokens[mention.FirstToken + 1], "NameType") is "Giv" or "Sur" or "Pat";

    /// <summary>True when a defence-force phrase starting at or one word before the mention covers it.</summary>
    private static bool InForcePhrase(ReadOnlySpan<Token> tokens, Sentence sentence, MentionDraft mention)
    {
        for (int start = mention.FirstToken; start >= sentence.FirstToken && start >= mention.FirstToken - 1; start--)
        {
            if (ArgumentPhrases.DefenceForce(tokens, sentence, start) is (var length, not null) && start + length >= mention.EndToken) return true;
        }
        return false;
    }

    /// <summary>The "при" inside an organization mention that names the body it is attached to ("Центр протидії дезінформації при РНБО"), or null.</summary>
    private static int? AttachedAt(ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        for (int k = mention.FirstToken + 1; k < mention.EndToken - 1; k++)
        {
            if (tokens[k].Pos == UniversalPos.ADP && TokenFeatures.LemmaOf(tokens[k]) == "при" && char.IsUpper(tokens[k + 1].Text[0])) return k;
        }
        return null;
    }

    /// <summary>The organization before "при" keeps the mention's entity; the body after it is found or added by its name.</summary>
    private void AddAttached(ReadOnlySpan<Token> tokens, Sentence sentence, MentionDraft mention, int at, List<ArgumentCandidate> arguments)
    {
        int first = mention.FirstToken;
        arguments.Add(new ArgumentCandidate(first, at, new TextSpan(tokens[first].Span.Start, tokens[at - 1].Span.End), EntityType.Organization, ArgumentKind.Mention)
        {
            EntityIndex = mention.EntityIndex,
            Case = CaseOf(tokens, sentence, HeadOf(tokens, first, at), first),
            Preposition = PrepositionBefore(tokens, sentence, first),
        });
        arguments.Add(new ArgumentCandidate(at + 1, mention.EndToken, new TextSpan(tokens[at + 1].Span.Start, mention.Span.End), EntityType.Organization, ArgumentKind.Mention)
        {
            NewEntityName = PhraseLemmatizer.Default.Lemmatize(tokens[(at + 1)..mention.EndToken], _document.Text),
            Case = CaseOf(tokens, sentence, HeadOf(tokens, at + 1, mention.EndToken), at + 1),
            Preposition = "при",
        });
    }

    /// <summary>
    /// A title mention that ends in the name of a state ("міністр оборони Німеччини", "президент Південної Кореї"): the
    /// title without it, and the state as a COUNTRY argument found or added by its name; else null.
    /// </summary>
    private (MentionDraft Job, ArgumentCandidate State)? JobWithState(ReadOnlySpan<Token> tokens, Sentence sentence, MentionDraft job)
    {
        for (int k = Math.Min(2, job.EndToken - job.FirstToken - 1); k >= 1; k--)
        {
            int first = job.EndToken - k;
            if (!char.IsUpper(tokens[first].Text[0])) continue;
            string name = k == 1 ? TokenFeatures.LemmaOf(tokens[first]) : PhraseLemmatizer.Default.Lemmatize(tokens[first..job.EndToken], _document.Text);
            if (_states.FindByName(name) is not { } state) continue;
            var titleSpan = new TextSpan(job.Span.Start, tokens[first - 1].Span.End);
            string? lemma = job.Lemma is { } full && full.Split(' ') is { Length: var words } parts && words > k ? string.Join(' ', parts[..^k]) : null;
            var title = new MentionDraft(job.FirstToken, first, titleSpan, EntityType.Job, job.Confidence) { Lemma = lemma };
            var country = new ArgumentCandidate(first, job.EndToken, new TextSpan(tokens[first].Span.Start, job.Span.End), EntityType.Country, ArgumentKind.Mention)
            {
                NewEntityName = state.Name,
                State = state,
                Case = CaseOf(tokens, sentence, HeadOf(tokens, first, job.EndToken), first),
            };
            return (title, country);
        }
        return null;
    }

    /// <summary>An untagged defence-force phrase at token <paramref name="t"/> ("сили ППО", "протиповітряна оборона") as an ORGANIZATION argument.</summary>
    private static ArgumentCandidate? ForcePhrase(ReadOnlySpan<Token> tokens, Sentence sentence, int t, Span<bool> covered)
    {
        var (length, name) = ArgumentPhrases.DefenceForce(tokens, sentence, t);
        if (name is null) return null;
        for (int i = t; i < t + length; i++)
        {
            if (covered[i - sentence.FirstToken]) return null;
        }
        int end = t + length;
        return new ArgumentCandidate(t, end, new TextSpan(tokens[t].Span.Start, tokens[end - 1].Span.End), EntityType.Organization, ArgumentKind.Mention)
        {
            NewEntityName = name,
            Case = ArgumentPhrases.IsForceNoun(tokens[t]) ? ArgumentPhrases.ForceHeadCase(tokens[t]) : CaseOf(tokens, sentence, HeadOf(tokens, t, end), t),
            Preposition = PrepositionBefore(tokens, sentence, t),
        };
    }

    /// <summary>
    /// A place mention nesting its container ("Салтівському районі Харкова") as two or more arguments: the inner place
    /// keeps the mention's entity, each container is found or added by its dictionary-form name.
    /// </summary>
    private void AddSplitPlace(ReadOnlySpan<Token> tokens, Sentence sentence, MentionDraft mention, (int InnerEnd, int ContainerFirst) split, List<ArgumentCandidate> arguments)
    {
        var parts = new List<(int First, int End)> { (split.ContainerFirst, mention.EndToken) };
        int innerEnd = split.InnerEnd;
        while (ArgumentPhrases.SplitPlace(tokens, mention.FirstToken, innerEnd) is { } inner)
        {
            parts.Insert(0, (inner.ContainerFirst, innerEnd));
            innerEnd = inner.InnerEnd;
        }
        parts.Insert(0, (mention.FirstToken, innerEnd));
        for (int p = 0; p < parts.Count; p++)
        {
            var (first, end) = parts[p];
            var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
            var type = p == 0 ? mention.Type : EntityType.Location;
            var argument = new ArgumentCandidate(first, end, span, type, ArgumentKind.Mention)
            {
                EntityIndex = p == 0 ? mention.EntityIndex : -1,
                NewEntityName = p == 0 ? null : PhraseLemmatizer.Default.Lemmatize(tokens[first..end], _document.Text),
                State = type == EntityType.Location && end - first == 1 ? _states.FindByCapital(TokenFeatures.LemmaOf(tokens[first])) : null,
                Case = CaseOf(tokens, sentence, HeadOf(tokens, first, end), first),
                Preposition = PrepositionBefore(tokens, sentence, first),
                ContainedIn = null,
            };
            if (p > 0) arguments[^1].ContainedIn = argument;
            arguments.Add(argument);
        }
    }

    private ArgumentCandidate? WordArgument(ReadOnlySpan<Token> tokens, Sentence sentence, int t, int sentenceIndex)
    {
        ref readonly var token = ref tokens[t];
        string lemma = TokenFeatures.LemmaOf(token);
        string lower = token.Normalized.ToLowerInvariant();
        string? caseName = CaseOf(tokens, sentence, t, t);
        string? preposition = PrepositionBefore(tokens, sentence, t);
        if (token.Pos == UniversalPos.ADJ || lemma.EndsWith("ський", StringComparison.Ordinal) || lemma.EndsWith("цький", StringComparison.Ordinal)
            || FeminineAdjectiveReadAsNoun(tokens, sentence, t, lemma))
        {
            var state = _states.FindByNationalityAdjective(lemma) ?? _states.FindByNationalityAdjective(lower)
                ?? (lemma.EndsWith("ська", StringComparison.Ordinal) || lemma.EndsWith("цька", StringComparison.Ordinal) ? _states.FindByNationalityAdjective(lemma[..^1] + "ий") : null);
            if (state is not null)
            {
                return new ArgumentCandidate(t, t + 1, token.Span, EntityType.Country, ArgumentKind.Adjective)
                {
                    State = state, Case = caseName, Preposition = preposition,
                };
            }
        }
        if (token.Pos is UniversalPos.NOUN or UniversalPos.PROPN && (Demonyms.IsoOf(lemma) ?? Demonyms.IsoOf(lower)) is { } iso
            && _states.FindByIso(iso) is { } people)
        {
            return new ArgumentCandidate(t, t + 1, token.Span, EntityType.Country, ArgumentKind.Demonym)
            {
                State = people, Case = caseName, Preposition = preposition,
            };
        }
        // A capital the tagger left unmarked ("Пхеньян постачає …") can still fill a state slot (never a place slot:
        // it has no entity of its own).
        if (token.Pos is UniversalPos.PROPN or UniversalPos.NOUN && char.IsUpper(token.Text[0]) && _states.FindByCapital(lemma) is { } capitalOf)
        {
            return new ArgumentCandidate(t, t + 1, token.Span, EntityType.Location, ArgumentKind.Mention)
            {
                State = capitalOf, Case = caseName, Preposition = preposition,
            };
        }
        if (token.Pos is UniversalPos.PRON or UniversalPos.DET)
        {
            if (lower is "ми" or "нас" or "нам" or "нами") return ResolveSpeakersSide(token, t, sentenceIndex, caseName, preposition);
            return ResolvePronoun(tokens[t], lower, t, sentenceIndex, caseName, preposition);
        }
        return null;
    }

    /// <summary>
    /// "Ми продовжимо постачати зброю, — сказав Схоф": "ми" in a statement attributed to someone is the state or
    /// organization the speaker speaks for — the speaker itself when it is one, else the state or organization an earlier
    /// sentence gave the speaker a title of. Null when the text names no such side.
    /// </summary>
    private ArgumentCandidate? ResolveSpeakersSide(in Token token, int t, int sentenceIndex, string? caseName, string? preposition)
    {
        int speaker = SpeakerOf(sentenceIndex);
        if (speaker < 0 || speaker >= _document.Entities.Count) return null;
        int side = -1;
        if (_document.Entities[speaker].Type is EntityType.Country or EntityType.Organization)
        {
            side = speaker;
        }
        else if (_document.Entities[speaker].Type == EntityType.Person)
        {
            for (int i = _document.Relations.Count - 1; i >= 0; i--)
            {
                var relation = _document.Relations[i];
                if (relation.Predicate != Predicate.HoldsRole || relation.SubjectEntity != speaker) continue;
                side = relation.ObjectEntity;
                break;
            }
        }
        if (side < 0) return null;
        var entity = _document.Entities[side];
        return new ArgumentCandidate(t, t + 1, token.Span, entity.Type, ArgumentKind.Pronoun)
        {
            EntityIndex = side,
            State = entity.Iso is { } iso ? _states.FindByIso(iso) : null,
            Case = caseName,
            Preposition = preposition,
        };
    }

    /// <summary>
    /// "російську ядерну зброю": a feminine nationality adjective the tagger read as a noun (російська, the language)
    /// still modifies the adjective or noun after it.
    /// </summary>
    private static bool FeminineAdjectiveReadAsNoun(ReadOnlySpan<Token> tokens, Sentence sentence, int t, string lemma) =>
        tokens[t].Pos == UniversalPos.NOUN && (lemma.EndsWith("ська", StringComparison.Ordinal) || lemma.EndsWith("цька", StringComparison.Ordinal))
        && t + 1 < sentence.EndToken && tokens[t + 1].Pos is UniversalPos.ADJ or UniversalPos.NOUN
        && TokenFeatures.Get(tokens[t + 1], "Case") == TokenFeatures.Get(tokens[t], "Case");

    /// <summary>
    /// Він/вона → the last PERSON (preferably a subject) of matching gender; possessive її/його/їхній → the last
    /// COUNTRY or ORGANIZATION of matching gender or number.
    /// </summary>
    private ArgumentCandidate? ResolvePronoun(in Token token, string lower, int t, int sentenceIndex, string? caseName, string? preposition)
    {
        bool personal = lower is "він" or "вона";
        bool possessive = lower is "її" or "його" or "їхній" or "їхня" or "їхнє" or "їхні" or "їхнього" or "їхньої" or "їхньому" or "їхніх" or "їхнім" or "їхніми";
        // "вони" → the last plural state force or group (росіяни, хусити) as a subject; plural people are no argument
        bool they = lower == "вони";
        if (!personal && !possessive && !they) return null;
        string? gender = lower switch
        {
            "він" or "його" => "Masc",
            "вона" or "її" => "Fem",
            _ => null,
        };
        bool plural = lower.StartsWith("їхн", StringComparison.Ordinal);
        ArgumentCandidate? best = null;
        bool bestIsSubject = false;
        for (int i = _history.Count - 1; i >= 0; i--)
        {
            var (candidate, sentence, candidateGender, candidatePlural) = _history[i];
            if (sentenceIndex - sentence > LookBackSentences) break;
            if (candidate.FirstToken >= t) continue;
            if (they)
            {
                if (candidate.Type is not (EntityType.Country or EntityType.Organization) || !candidatePlural || candidate.Case is not ("Nom" or null)) continue;
                if (candidate.EntityIndex < 0 && candidate.State is null) continue;
                best = candidate;
                break;
            }
            if (candidate.EntityIndex < 0) continue;
            if (personal)
            {
                if (candidate.Type != EntityType.Person) continue;
                if (gender is not null && candidateGender is not null && candidateGender != gender) continue;
                bool subject = candidate.Case is "Nom" or null;
                if (best is null || (subject && !bestIsSubject))
                {
                    best = candidate;
                    bestIsSubject = subject;
                    if (subject) break;
                }
            }
            else
            {
                if (candidate.Type is not (EntityType.Country or EntityType.Organization)) continue;
                if (plural ? !candidatePlural : (candidatePlural || (candidateGender is not null && gender is not null && candidateGender != gender && !(gender == "Masc" && candidateGender == "Neut"))))
                {
                    continue;
                }
                best = candidate;
                break;
            }
        }
        if (best is null) return null;
        return new ArgumentCandidate(t, t + 1, token.Span, best.Type, ArgumentKind.Pronoun)
        {
            EntityIndex = best.EntityIndex,
            State = best.State,
            Antecedent = best.Span,
            Case = caseName,
            Preposition = preposition,
        };
    }

    /// <summary>
    /// Who a sentence is attributed to; for a sentence inside a quotation, the attribution after the quotation closes
    /// ("«Ми … . Ми …», — сказав він.") up to three sentences on.
    /// </summary>
    private int SpeakerOf(int sentenceIndex)
    {
        int speaker = AttributionCues.Find(_document, sentenceIndex);
        var tokens = _document.Tokens;
        for (int k = sentenceIndex; speaker < 0 && k < _document.Sentences.Count && k <= sentenceIndex + 3; k++)
        {
            if (k > sentenceIndex) speaker = AttributionCues.Find(_document, k);
            var sentence = _document.Sentences[k];
            bool closes = false;
            for (int i = sentence.FirstToken; i < sentence.EndToken && !closes; i++) closes = tokens[i].Text is "»" or "\"" or "”";
            if (closes) break;
        }
        return speaker;
    }

    private static bool IsArgumentType(EntityType type) =>
        type is EntityType.Person or EntityType.Country or EntityType.Location or EntityType.Organization or EntityType.Weapon;

    /// <summary>The first noun or proper noun of a token range (the head of a Ukrainian name or noun phrase), else its first token.</summary>
    internal static int HeadOf(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (tokens[i].Pos is UniversalPos.NOUN or UniversalPos.PROPN) return i;
        }
        return first;
    }

    /// <summary>
    /// The case of the head token (null for an indeclinable word); a locative with no preposition before its phrase is read as the dative, which has
    /// the same form in the feminine and soft declensions (Литві, Молдові) and is the only case it can then be.
    /// </summary>
    private static string? CaseOf(ReadOnlySpan<Token> tokens, Sentence sentence, int head, int first)
    {
        // an indeclinable word (РФ, США, Перу) shows no case; the disambiguator's pick is a guess
        if (TokenFeatures.Get(tokens[head], "Uninflect") == "Yes") return null;
        string? found = TokenFeatures.Get(tokens[head], "Case");
        if (found != "Loc") return found;
        for (int i = head - 1; i >= sentence.FirstToken && i >= first - 4; i--)
        {
            if (tokens[i].Pos == UniversalPos.ADP) return found;
            if (i < first && tokens[i].Pos is not (UniversalPos.ADJ or UniversalPos.DET or UniversalPos.NUM) && !IsQuote(tokens[i])) return "Dat";
        }
        return "Dat";
    }

    private static bool IsQuote(in Token token) => TokenFeatures.IsQuote(token);

    /// <summary>
    /// "крилатих і балістичних ракет": a weapon mention of modifiers alone (the entity stage's elided head) and the class
    /// phrase after the conjunction are one argument, as the annotation guideline spans them; it names the head phrase's entity.
    /// </summary>
    private static void JoinElidedWeapons(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments)
    {
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            var modifiers = arguments[i];
            var phrase = arguments[i + 1];
            if (modifiers is not { Type: EntityType.Weapon, Kind: ArgumentKind.Mention } || phrase is not { Type: EntityType.Weapon, Kind: ArgumentKind.Mention }) continue;
            if (phrase.FirstToken != modifiers.EndToken + 1 || tokens[modifiers.EndToken].Text is not ("і" or "й" or "та" or "або" or "чи")) continue;
            if (tokens[phrase.FirstToken].Pos != UniversalPos.ADJ || !OnlyAdjectives(tokens, modifiers.FirstToken, modifiers.EndToken)) continue;
            arguments[i] = new ArgumentCandidate(modifiers.FirstToken, phrase.EndToken, new TextSpan(modifiers.Span.Start, phrase.Span.End), EntityType.Weapon, ArgumentKind.Mention)
            {
                EntityIndex = phrase.EntityIndex,
                Case = phrase.Case,
                Preposition = modifiers.Preposition,
            };
            arguments.RemoveAt(i + 1);
        }
    }

    private static bool OnlyAdjectives(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (tokens[t].Pos != UniversalPos.ADJ) return false;
        }
        return true;
    }

    private static string? PrepositionBefore(ReadOnlySpan<Token> tokens, Sentence sentence, int first)
    {
        for (int i = first - 1; i >= sentence.FirstToken && i >= first - 3; i--)
        {
            if (tokens[i].Pos == UniversalPos.ADP) return TokenFeatures.LemmaOf(tokens[i]);
            if (tokens[i].Kind != TokenKind.Punctuation || tokens[i].Text is "," or "." or ";" or ":") break;
        }
        return null;
    }
}
