using System.Runtime.InteropServices;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;
using static Extraction.Entities.NameTokens;

namespace Extraction.Entities;

/// <summary>
/// Repairs the tagger's mentions with the knowledge base before linking: a mention whose name is an unambiguous
/// alias of another type only is retyped (Reuters tagged PERSON → ORGANIZATION; «Москві» taken for the cruiser →
/// the city), and capitalized words the tagger left untagged that are unambiguous names of a country, place,
/// organization or known person become mentions (Пхеньян, РФ, Сполученими Штатами, Байден). A name written twice in
/// one mention (a heading glued to the text after it) becomes two mentions.
/// Mentions stay sorted by start and never overlap. Immutable and thread-safe.
/// </summary>
internal sealed class KnowledgeBaseMentionRepair
{
    /// <summary>Longest untagged word run looked up as one name.</summary>
    private const int MaxWords = 3;

    /// <summary>Confidence given to a mention added from the knowledge base.</summary>
    private const double AddedConfidence = 0.9;

    /// <summary>Longest word run, lower-case words included, looked up as one name (Сили протиповітряної оборони України).</summary>
    private const int MaxPhraseWords = 5;

    /// <summary>Letters of a word that <see cref="_phraseOpenings"/> keeps: few enough to match every case form of the first word.</summary>
    private const int OpeningLength = 3;

    private readonly KnowledgeBase _kb;
    private readonly PhraseLemmatizer _lemmatizer;
    private readonly KnownNames _names;
    private readonly GluedNameSplitter _gluedNames;

    /// <summary>The first letters of every name of several words, so most words never start a phrase lookup.</summary>
    private readonly HashSet<string> _phraseOpenings;

    public KnowledgeBaseMentionRepair(KnowledgeBase kb, PhraseLemmatizer lemmatizer)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        _lemmatizer = lemmatizer ?? throw new ArgumentNullException(nameof(lemmatizer));
        _names = new KnownNames(kb, lemmatizer);
        _gluedNames = new GluedNameSplitter(_names, lemmatizer);
        _phraseOpenings = new HashSet<string>(StringComparer.Ordinal);
        foreach (string key in kb.AliasIndex.Keys)
        {
            int space = key.IndexOf(' ');
            if (space > 0) _phraseOpenings.Add(key[..Math.Min(OpeningLength, space)]);
        }
    }

    /// <summary>Retypes and adds mentions of <paramref name="document"/> (tokens need the morphology stage's lemmas).</summary>
    public void Repair(AnalysisDocument document, CancellationToken cancellationToken)
    {
        var mentions = document.Mentions;
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (SplitRepeatedName(document, tokens, mentions[i]) is { } halves)
            {
                mentions[i] = halves.First;
                mentions.Insert(i + 1, halves.Second);
                i++;
                continue;
            }
            if (_gluedNames.Split(document, tokens, mentions[i]) is { } glued)
            {
                mentions.RemoveAt(i);
                mentions.InsertRange(i, glued);
                i += glued.Length - 1;
                continue;
            }
            if (SplitLeadingName(document, tokens, mentions[i]) is { } parts)
            {
                mentions[i] = parts.Leading;
                mentions.Insert(i + 1, parts.Person);
                // the split-off name may itself be the tail of a name the tagger cut (Великої | Британії Кіром Стармером)
                ExtendLeftInPlace(document, tokens, mentions, ref i);
                i++;
                continue;
            }
            if (i + 1 < mentions.Count && JoinParticleName(document, tokens, mentions[i], mentions[i + 1]) is { } joined)
            {
                mentions[i] = joined;
                mentions.RemoveAt(i + 1);
                continue;
            }
            if (i + 1 < mentions.Count && SplitPlatformTitle(document, tokens, mentions[i], mentions[i + 1]) is { } titled)
            {
                mentions[i] = titled.Platform;
                mentions.Insert(i + 1, titled.Title);
                mentions.Insert(i + 2, titled.Body);
                i += 2;
                continue;
            }
            if (SplitTrailingName(document, tokens, mentions[i]) is { } dated)
            {
                mentions[i] = dated.Date;
                mentions.Insert(i + 1, dated.Name);
                i++;
                continue;
            }
            if (_gluedNames.CutAtGrammaticalBreak(document, tokens, mentions[i]) is { } cut) mentions[i] = cut;
            if (WidenToNameWithCommonWords(document, tokens, mentions, i) is { } widened) mentions[i] = widened;
            if (TrimLeadingCommonWords(document, tokens, mentions[i]) is { } trimmed) mentions[i] = trimmed;
            if (TrimTrailingRank(document, tokens, mentions[i]) is { } ranked) mentions[i] = ranked;
            Retype(document, mentions[i]);
            ExtendLeftInPlace(document, tokens, mentions, ref i);
        }
        cancellationToken.ThrowIfCancellationRequested();
        List<MentionDraft>? added = null;
        var covered = new bool[tokens.Length];
        foreach (var m in mentions)
        {
            for (int t = m.FirstToken; t < m.EndToken && t < covered.Length; t++) covered[t] = true;
        }
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (covered[t] || IsQuoted(tokens, sentence, t)) continue;
                if (NameWithCommonWords(document, tokens, sentence, FreeUntil(covered, t + 1, sentence.EndToken), t) is { } phrase)
                {
                    (added ??= []).Add(phrase);
                    t = phrase.EndToken - 1;
                    continue;
                }
                // "Сполучені Штати …" opening a sentence: its first word reads as a common adjective, so only the whole name counts
                bool nameWord = IsNameWord(tokens, sentence, t);
                bool nameOpensSentence = !nameWord && IsCapitalizedWord(tokens[t]) && IsSentenceStart(tokens, sentence, t)
                    && t + 1 < sentence.EndToken && !covered[t + 1] && IsNameWord(tokens, sentence, t + 1);
                if (!nameWord && !nameOpensSentence)
                {
                    if (GroupName(tokens[t], t) is { } group) (added ??= []).Add(group);
                    continue;
                }
                int run = 1;
                while (run < MaxWords && t + run < sentence.EndToken && !covered[t + run] && IsNameWord(tokens, sentence, t + run)) run++;
                for (int length = run; length >= (nameOpensSentence ? 2 : 1); length--)
                {
                    if (_names.Find(document, tokens.Slice(t, length), out var type, out string? lemma))
                    {
                        var span = new TextSpan(tokens[t].Span.Start, tokens[t + length - 1].Span.End);
                        (added ??= []).Add(new MentionDraft(t, t + length, span, type, AddedConfidence) { Lemma = lemma });
                        t += length - 1;
                        break;
                    }
                }
            }
        }
        if (added is null) return;
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>
    /// A mention whose words are one name written twice (a web page's heading glued to the paragraph after it: «Хто
    /// такий Піт Хегсет Піт Хегсет народився…»): the two names, or null. No name repeats itself inside one mention.
    /// </summary>
    private (MentionDraft First, MentionDraft Second)? SplitRepeatedName(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        int count = mention.EndToken - mention.FirstToken;
        if (count < 2 || count % 2 != 0 || mention.EndToken > tokens.Length) return null;
        int half = count / 2;
        for (int k = 0; k < half; k++)
        {
            ref readonly var a = ref tokens[mention.FirstToken + k];
            ref readonly var b = ref tokens[mention.FirstToken + half + k];
            if (a.Kind != TokenKind.Word || !char.IsUpper(a.Text[0]) || !string.Equals(a.Normalized, b.Normalized, StringComparison.Ordinal)) return null;
        }
        int split = mention.FirstToken + half;
        var firstSpan = new TextSpan(mention.Span.Start, tokens[split - 1].Span.End);
        var secondSpan = new TextSpan(tokens[split].Span.Start, mention.Span.End);
        return (
            new MentionDraft(mention.FirstToken, split, firstSpan, mention.Type, mention.Confidence) { Lemma = _lemmatizer.Lemmatize(tokens[mention.FirstToken..split], document.Text) },
            new MentionDraft(split, mention.EndToken, secondSpan, mention.Type, mention.Confidence) { Lemma = _lemmatizer.Lemmatize(tokens[split..mention.EndToken], document.Text) });
    }

    /// <summary>
    /// "Білий дім", "Силам протиповітряної оборони": a knowledge-base name of a state, place or organization whose words
    /// after the first include lower-case ones, starting at the untagged capitalized word <paramref name="t"/>; the
    /// longest such name as a mention, or null. Names of capitalized words only are left to the name-word runs.
    /// </summary>
    private MentionDraft? NameWithCommonWords(AnalysisDocument document, ReadOnlySpan<Token> tokens, Sentence sentence, int limit, int t)
    {
        ref readonly var first = ref tokens[t];
        if (!IsCapitalizedWord(first) || first.Text.Length < OpeningLength) return null;
        if (!_phraseOpenings.Contains(AliasKey.Normalize(first.Text.AsSpan(0, OpeningLength)))) return null;
        int end = t + 1;
        while (end < limit && end - t < MaxPhraseWords && tokens[end].Kind is TokenKind.Word or TokenKind.Abbreviation) end++;
        for (int stop = end; stop >= t + 2; stop--)
        {
            if (!HasLowerCaseWord(tokens[(t + 1)..stop])) continue;
            var words = tokens[t..stop];
            var span = new TextSpan(first.Span.Start, tokens[stop - 1].Span.End);
            string phrase = _lemmatizer.Lemmatize(words, document.Text);
            // a plural name is often its own nominative as written (Сили протиповітряної оборони) but lemmatized to the singular
            if (!_kb.TryGetAll(phrase, out var entries) && _kb.TryGetAll(span.Substring(document.Text), out entries)) phrase = entries[0].NameUk;
            if (entries is null || _names.SingleType(entries, phrase) is not { } type || type == EntityType.Person) continue;
            return new MentionDraft(t, stop, span, type, AddedConfidence) { Lemma = phrase };
        }
        return null;
    }

    /// <summary>The first covered token from <paramref name="t"/> on, or <paramref name="end"/>.</summary>
    private static int FreeUntil(bool[] covered, int t, int end)
    {
        while (t < end && !covered[t]) t++;
        return t;
    }

    /// <summary>
    /// "зі Світовим банком", "з Білим домом": a one-word mention the tagger gave the first word of a known name with
    /// lower-case words (often as a surname) becomes that name; else null.
    /// </summary>
    private MentionDraft? WidenToNameWithCommonWords(AnalysisDocument document, ReadOnlySpan<Token> tokens, List<MentionDraft> mentions, int index)
    {
        var mention = mentions[index];
        if (mention.EndToken - mention.FirstToken != 1 || mention.Type is not (EntityType.Person or EntityType.Location or EntityType.Organization or EntityType.Misc)) return null;
        var sentence = SentenceOf(document, mention.FirstToken);
        int limit = index + 1 < mentions.Count ? Math.Min(mentions[index + 1].FirstToken, sentence.EndToken) : sentence.EndToken;
        if (IsQuoted(tokens, sentence, mention.FirstToken)) return null;
        return NameWithCommonWords(document, tokens, sentence, limit, mention.FirstToken) is { } name && name.EndToken > mention.EndToken ? name : null;
    }

    private static bool HasLowerCaseWord(ReadOnlySpan<Token> words)
    {
        foreach (ref readonly var word in words)
        {
            if (word.Kind == TokenKind.Word && word.Text.Length > 0 && char.IsLower(word.Text[0])) return true;
        }
        return false;
    }

    /// <summary>
    /// A person mention that begins with the name of a state, place or organization the knowledge base knows, glued to
    /// the person by the tagger (прем'єрка Італії Джорджа Мелоні → Італії | Джорджа Мелоні; голова Пентагону Трамп …):
    /// the two parts, or null. The person part must keep at least one capitalized word.
    /// </summary>
    private (MentionDraft Leading, MentionDraft Person)? SplitLeadingName(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        if (mention.Type != EntityType.Person || mention.EndToken - mention.FirstToken < 2) return null;
        int longest = Math.Min(MaxWords, mention.EndToken - mention.FirstToken - 1);
        for (int length = longest; length >= 1; length--)
        {
            int split = mention.FirstToken + length;
            if (!char.IsUpper(tokens[split].Text[0])) continue;
            // A Latin word after a Latin name continues that name (Fox News Digital), not a person glued to it.
            if (IsLatin(tokens[split]) && IsLatin(tokens[split - 1])) continue;
            // Софії Мірошниченко: a first name that is also a place (Софія, the capital) stays with its person, unless
            // a first name and a surname follow it (штату Флорида Джек Гарлоу) or a place noun stands before it
            // (штату Огайо Джона Сміта).
            if (length == 1 && IsGivenName(tokens[mention.FirstToken]) && !(IsGivenName(tokens[split]) && mention.EndToken - split >= 2)
                && !(mention.FirstToken > 0 && ClassifierNounRetyping.ClassOf(tokens, mention.FirstToken - 1) == EntityType.Location))
            {
                continue;
            }
            if (!_names.Find(document, tokens[mention.FirstToken..split], out var type, out string? lemma) || type == EntityType.Person) continue;
            var leadingSpan = new TextSpan(tokens[mention.FirstToken].Span.Start, tokens[split - 1].Span.End);
            var personSpan = new TextSpan(tokens[split].Span.Start, mention.Span.End);
            var leading = new MentionDraft(mention.FirstToken, split, leadingSpan, type, mention.Confidence) { Lemma = lemma };
            var person = new MentionDraft(split, mention.EndToken, personSpan, EntityType.Person, mention.Confidence)
            {
                Lemma = _lemmatizer.Lemmatize(tokens[split..mention.EndToken], document.Text),
            };
            return (leading, person);
        }
        return null;
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "фон", "дер", "де", "ван", "да", "ді", "дель", "делла", "ла", "ле", "бін", "ібн", "аль", "ель", "ду", "дос",
    };

    /// <summary>
    /// "Урсулі фон дер Ляєн": two person mentions the tagger left apart around lower-case name particles are one name;
    /// the joined mention, or null.
    /// </summary>
    private MentionDraft? JoinParticleName(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft first, MentionDraft second)
    {
        if (first.Type != EntityType.Person || second.Type != EntityType.Person || second.FirstToken <= first.EndToken) return null;
        if (second.FirstToken - first.EndToken > 3) return null;
        var particles = new List<string>();
        for (int t = first.EndToken; t < second.FirstToken; t++)
        {
            if (!NameParticles.Contains(tokens[t].Text)) return null;
            particles.Add(tokens[t].Text);
        }
        string firstLemma = first.Lemma ?? _lemmatizer.Lemmatize(tokens[first.FirstToken..first.EndToken], document.Text);
        string secondLemma = second.Lemma ?? second.Span.Substring(document.Text);
        var span = new TextSpan(first.Span.Start, second.Span.End);
        return new MentionDraft(first.FirstToken, second.EndToken, span, EntityType.Person, Math.Min(first.Confidence, second.Confidence))
        {
            Lemma = $"{firstLemma} {string.Join(' ', particles)} {secondLemma}",
        };
    }

    /// <summary>
    /// "з посиланням на Telegram голови Сумської ОВА Івана Мельника": a platform's name glued by the tagger to
    /// the title and the state or body of the person named next: the platform, the title (JOB) and the state or body, or null.
    /// </summary>
    private (MentionDraft Platform, MentionDraft Title, MentionDraft Body)? SplitPlatformTitle(
        AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention, MentionDraft next)
    {
        if (mention.Type is not (EntityType.Organization or EntityType.Artifact or EntityType.Misc) || next.Type != EntityType.Person) return null;
        if (next.FirstToken != mention.EndToken || mention.EndToken - mention.FirstToken < 3 || !SocialPlatforms.IsPlatform(tokens[mention.FirstToken].Text)) return null;
        int title = mention.FirstToken + 1;
        int body = title;
        while (body < mention.EndToken && tokens[body].Kind == TokenKind.Word && char.IsLower(tokens[body].Text[0])) body++;
        if (body == title || body >= mention.EndToken) return null;
        var bodyWords = tokens[body..mention.EndToken];
        var type = _names.Find(document, bodyWords, out var found, out string? lemma) && found is EntityType.Country or EntityType.Organization or EntityType.Location
            ? found : EntityType.Organization;
        var platform = new MentionDraft(mention.FirstToken, title, tokens[mention.FirstToken].Span, mention.Type, mention.Confidence) { Lemma = tokens[mention.FirstToken].Text };
        var titleSpan = new TextSpan(tokens[title].Span.Start, tokens[body - 1].Span.End);
        var job = new MentionDraft(title, body, titleSpan, EntityType.Job, mention.Confidence) { Lemma = _lemmatizer.Lemmatize(tokens[title..body], document.Text) };
        var bodySpan = new TextSpan(tokens[body].Span.Start, mention.Span.End);
        var named = new MentionDraft(body, mention.EndToken, bodySpan, type, mention.Confidence)
        {
            Lemma = type == EntityType.Organization && lemma is null ? _lemmatizer.Lemmatize(bodyWords, document.Text) : lemma,
        };
        return (platform, job, named);
    }

    /// <summary>
    /// A date mention that ends in a capitalized state, place or organization name the knowledge base knows, glued to
    /// the date by the tagger ("у ніч на 13 листопада РФ запустила" → 13 листопада | РФ): the two parts, or null.
    /// </summary>
    private (MentionDraft Date, MentionDraft Name)? SplitTrailingName(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        if (mention.Type != EntityType.Date || mention.EndToken - mention.FirstToken < 2) return null;
        for (int length = Math.Min(MaxWords, mention.EndToken - mention.FirstToken - 1); length >= 1; length--)
        {
            int split = mention.EndToken - length;
            if (tokens[split].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !char.IsUpper(tokens[split].Text[0])) continue;
            if (!_names.Find(document, tokens[split..mention.EndToken], out var type, out string? lemma) || type is EntityType.Person or EntityType.Date) continue;
            var dateSpan = new TextSpan(mention.Span.Start, tokens[split - 1].Span.End);
            var nameSpan = new TextSpan(tokens[split].Span.Start, mention.Span.End);
            var date = new MentionDraft(mention.FirstToken, split, dateSpan, EntityType.Date, mention.Confidence)
            {
                Lemma = _lemmatizer.Lemmatize(tokens[mention.FirstToken..split], document.Text),
            };
            return (date, new MentionDraft(split, mention.EndToken, nameSpan, type, mention.Confidence) { Lemma = lemma });
        }
        return null;
    }

    /// <summary>Nouns that open a state's own name (Республіка Корея), so a state after them is not their dependant.</summary>
    private static readonly HashSet<string> StateFormNouns = new(StringComparer.Ordinal)
    {
        "республіка", "королівство", "князівство", "федерація", "співдружність", "союз", "держава", "емірат", "султанат",
        "конфедерація", "імперія",
    };

    /// <summary>
    /// A place mention that opens with lower-case words before a state or place the knowledge base knows ("розвідці
    /// Південної Кореї"), or with a capitalized common noun that the state depends on (a heading such as «Вторгнення
    /// Росії в Україну»): the name alone, or null. The tagger took in the noun the name depends on.
    /// </summary>
    private MentionDraft? TrimLeadingCommonWords(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        if (mention.Type is not (EntityType.Location or EntityType.Country) || mention.EndToken > tokens.Length) return null;
        ref readonly var firstToken = ref tokens[mention.FirstToken];
        if (firstToken.Kind != TokenKind.Word || firstToken.Text.Length == 0) return null;
        if (!char.IsLower(firstToken.Text[0]) && !IsCommonNounOpening(document, tokens, mention)) return null;
        int name = mention.FirstToken + 1;
        while (name < mention.EndToken && !(tokens[name].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(tokens[name].Text[0]))) name++;
        if (name >= mention.EndToken || mention.EndToken - name > MaxWords) return null;
        if (!_names.Find(document, tokens[name..mention.EndToken], out var type, out string? lemma) || type is not (EntityType.Location or EntityType.Country)) return null;
        var span = new TextSpan(tokens[name].Span.Start, mention.Span.End);
        return new MentionDraft(name, mention.EndToken, span, type, mention.Confidence) { Lemma = lemma };
    }

    /// <summary>A capitalized common noun (not a state's form: Республіка) opening a mention that is no known name as a whole.</summary>
    private bool IsCommonNounOpening(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        if (mention.EndToken - mention.FirstToken < 2) return false;
        ref readonly var first = ref tokens[mention.FirstToken];
        if (first.Pos != UniversalPos.NOUN || first.Lemma is not { Length: > 0 } lemma || !char.IsLower(lemma[0]) || StateFormNouns.Contains(lemma)) return false;
        // an acronym or a word hyphenated to the name is part of it (БАРС-Крим)
        if (IsAcronym(first) || tokens[mention.FirstToken + 1].Span.Start == first.Span.End) return false;
        return !_names.Find(document, tokens[mention.FirstToken..mention.EndToken], out _, out _);
    }

    /// <summary>
    /// "речника Міністерства оборони США генерал-майора Патріка Райдера": an organization or place mention that took in
    /// the military rank of the person named after it, without the rank; else null. Ranks are never part of a name.
    /// </summary>
    private MentionDraft? TrimTrailingRank(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft mention)
    {
        if (mention.Type is not (EntityType.Organization or EntityType.Location or EntityType.Country)) return null;
        int end = mention.EndToken;
        // a hyphenated rank (генерал-майора) may come as three tokens
        while (end > mention.FirstToken + 1 && (IsRank(tokens[end - 1]) || (tokens[end - 1].Text == "-" && IsRank(tokens[end - 2])))) end--;
        if (end == mention.EndToken || mention.EndToken >= tokens.Length || !IsCapitalizedWord(tokens[mention.EndToken])) return null;
        var span = new TextSpan(mention.Span.Start, tokens[end - 1].Span.End);
        return new MentionDraft(mention.FirstToken, end, span, mention.Type, mention.Confidence)
        {
            Lemma = _lemmatizer.Lemmatize(tokens[mention.FirstToken..end], document.Text),
        };
    }

    private static bool IsRank(in Token token) =>
        token.Kind == TokenKind.Word && char.IsLower(token.Text[0]) && MilitaryRanks.Contains(token.Lemma ?? token.Text);

    /// <summary>Gives a mention the type of the knowledge base's entry when its own type cannot be right.</summary>
    private void Retype(AnalysisDocument document, MentionDraft mention)
    {
        if (mention.Type is not (EntityType.Person or EntityType.Misc or EntityType.Artifact or EntityType.Weapon)) return;
        var (entries, key) = _names.EntriesOf(document, mention);
        if (entries is null) return;
        bool ownType = Array.Exists(entries, e => e.Type == mention.Type);
        if (ownType)
        {
            // A name shared with a weapon (the cruiser Москва): the ambiguity file's preferred type wins unless the name is quoted.
            if (mention.Type == EntityType.Weapon && _kb.PreferredTypes.TryGetValue(AliasKey.Normalize(mention.Lemma ?? ""), out var preferred)
                && preferred != EntityType.Weapon && !IsQuoted(CollectionsMarshal.AsSpan(document.Tokens), null, mention.FirstToken))
            {
                mention.Type = preferred;
            }
            return;
        }
        // A person's family name is a person, whatever else shares it.
        if (mention.Type == EntityType.Person && _kb.TryFindPeopleBySurnameKey(AliasKey.Normalize(mention.Lemma ?? ""), out _)) return;
        if (_names.SingleType(entries, key) is { } type) mention.Type = type;
    }

    /// <summary>Replaces mention <paramref name="index"/> by its <see cref="ExtendLeft"/> form, dropping a one-word mention it took in.</summary>
    private void ExtendLeftInPlace(AnalysisDocument document, ReadOnlySpan<Token> tokens, List<MentionDraft> mentions, ref int index)
    {
        if (ExtendLeft(document, tokens, mentions, index) is not { } longer) return;
        mentions[index] = longer;
        if (index > 0 && mentions[index - 1].FirstToken == longer.FirstToken) mentions.RemoveAt(--index);
    }

    /// <summary>
    /// A one- or two-word place, state or organization mention with an untagged name word (or a one-word place mention)
    /// before it that together form a knowledge-base name (Велика + Британія, Південної + Кореї), or with a capitalized
    /// word and a common noun before it that form an organization's name (Збройні сили + України), as the longer mention; else null.
    /// </summary>
    private MentionDraft? ExtendLeft(AnalysisDocument document, ReadOnlySpan<Token> tokens, List<MentionDraft> mentions, int index)
    {
        var m = mentions[index];
        if (m.Type is not (EntityType.Country or EntityType.Location or EntityType.Organization) || m.EndToken - m.FirstToken > 2) return null;
        int first = m.FirstToken - 1;
        if (first < 0) return null;
        // the word before may be untagged, or a one-word place the tagger split off (Південної | Кореї)
        if (index > 0 && mentions[index - 1].EndToken > first
            && !(mentions[index - 1].FirstToken == first && mentions[index - 1].EndToken == m.FirstToken && mentions[index - 1].Type is EntityType.Location or EntityType.Country))
        {
            return null;
        }
        var sentence = SentenceOf(document, m.FirstToken);
        if (first < sentence.FirstToken) return null;
        // a capitalized common word opening the sentence may still start the name (Північна Корея): the knowledge base decides
        if (IsNameWord(tokens, sentence, first) || IsCapitalizedWord(tokens[first])) return KnownName(document, tokens, m, first, null);
        // "Збройні сили | України": an organization's capitalized first word and a common noun the tagger left out
        bool previousFree = index == 0 || mentions[index - 1].EndToken <= first - 1;
        if (first - 1 >= sentence.FirstToken && previousFree && tokens[first].Kind == TokenKind.Word && IsCapitalizedWord(tokens[first - 1]))
        {
            return KnownName(document, tokens, m, first - 1, EntityType.Organization);
        }
        if (first - 1 >= sentence.FirstToken && previousFree && IsArmedForces(tokens[first - 1], tokens[first])) return ArmedForces(document, m, first - 1);
        return null;
    }

    private static bool IsArmedForces(in Token adjective, in Token noun) =>
        adjective.Lemma is "збройний" && noun.Lemma is "сила";

    /// <summary>
    /// "збройні сили РФ", "збройних сил Росії": the armed forces are an organization however they are written; the
    /// state keeps its genitive in the name, so the knowledge base is asked for "збройні сили" + the state as written.
    /// </summary>
    private MentionDraft? ArmedForces(AnalysisDocument document, MentionDraft state, int first)
    {
        string phrase = "збройні сили " + state.Span.Substring(document.Text);
        if (!_kb.TryGetAll(phrase, out var entries) || _names.SingleType(entries, phrase) != EntityType.Organization) return null;
        var tokens = document.Tokens;
        return new MentionDraft(first, state.EndToken, new TextSpan(tokens[first].Span.Start, state.Span.End), EntityType.Organization, state.Confidence)
        {
            Lemma = phrase,
        };
    }

    /// <summary>The mention widened to start at <paramref name="first"/> when that phrase is a knowledge-base name (of <paramref name="only"/> type, if given); else null.</summary>
    private MentionDraft? KnownName(AnalysisDocument document, ReadOnlySpan<Token> tokens, MentionDraft m, int first, EntityType? only)
    {
        var words = tokens[first..m.EndToken];
        string phrase = _lemmatizer.Lemmatize(words, document.Text);
        if (!_kb.TryGetAll(phrase, out var entries) || _names.SingleType(entries, phrase) is not { } type) return null;
        if (only is not null && type != only) return null;
        var span = new TextSpan(tokens[first].Span.Start, m.Span.End);
        return new MentionDraft(first, m.EndToken, span, type, m.Confidence) { Lemma = phrase };
    }

    private static Sentence SentenceOf(AnalysisDocument document, int token)
    {
        var sentences = document.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (sentences[mid].FirstToken <= token) lo = mid;
            else hi = mid - 1;
        }
        return sentences[lo];
    }

    /// <summary>
    /// A plural noun whose dictionary form names an organization and nothing else (хуситів → хусит → the Houthis):
    /// group names are written in lower case, and a plural common noun does not collide with one organization's alias.
    /// </summary>
    private MentionDraft? GroupName(in Token token, int index)
    {
        if (token.Kind != TokenKind.Word || token.Pos != UniversalPos.NOUN || token.Lemma is not { Length: > 2 } lemma) return null;
        if (token.Features is null || !token.Features.Contains("Number=Plur", StringComparison.Ordinal)) return null;
        if (!_kb.TryGetAll(lemma, out var entries) || _names.SingleType(entries, lemma) != EntityType.Organization) return null;
        return new MentionDraft(index, index + 1, token.Span, EntityType.Organization, AddedConfidence) { Lemma = entries[0].NameUk };
    }

    /// <summary>
    /// A word that can start or continue a name: an all-capitals acronym of two or more letters, a capitalized word
    /// inside a sentence, or a sentence's first word when its dictionary form is capitalized too (so a common word
    /// opening a sentence does not count).
    /// </summary>
    private static bool IsNameWord(ReadOnlySpan<Token> tokens, Sentence sentence, int t)
    {
        ref readonly var token = ref tokens[t];
        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || token.Text.Length == 0 || !char.IsUpper(token.Text[0])) return false;
        if (IsAcronym(token)) return true;
        if (!IsSentenceStart(tokens, sentence, t)) return true;
        // The morphology stage reads some names opening a sentence as common nouns (Пентагон → пентагон); a noun may
        // still be a name, and the knowledge base decides.
        return token.Lemma is { Length: > 0 } lemma && (char.IsUpper(lemma[0]) || token.Pos is UniversalPos.NOUN or UniversalPos.PROPN);
    }

    /// <summary>The first word of a sentence, or the first after an opening quote, dash or bracket there.</summary>
    private static bool IsSentenceStart(ReadOnlySpan<Token> tokens, Sentence sentence, int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken; i--)
        {
            if (tokens[i].Kind == TokenKind.Word || tokens[i].Kind == TokenKind.Number) return false;
            if (tokens[i].Text is not ("«" or "\"" or "„" or "“" or "—" or "–" or "-" or "(")) return false;
        }
        return true;
    }

    /// <summary>True when an opening quote stands right before token <paramref name="t"/> (a title or ship name such as «Москва»).</summary>
    private static bool IsQuoted(ReadOnlySpan<Token> tokens, Sentence? sentence, int t)
    {
        int first = sentence?.FirstToken ?? 0;
        return t > first && IsOpeningQuote(tokens[t - 1]);
    }
}
