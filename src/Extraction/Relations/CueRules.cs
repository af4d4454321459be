using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// MET_WITH, MEMBER_OF and SANCTIONS read from a cue word and the case and preposition of the arguments around it:
/// "X зустрівся/обговорив/провів розмову з Y" and "X та Y зустрілися"; "вступ X до НАТО", "X вступить у ЄС",
/// "центр при РНБО", "кандидат від партії X Y"; "X запровадив санкції проти Y", "санкції X" against the clause's
/// nominative state.
/// </summary>
internal static class CueRules
{
    private static readonly HashSet<string> MeetingCues = new(StringComparer.Ordinal)
    {
        "зустрітися", "зустрінутися", "зустрічатися", "зустріч", "переговори", "перемовини", "розмова", "поговорити", "розмовляти",
        "обговорити", "обговорювати", "зателефонувати", "дискусія", "діалог", "прийняти", "приймати",
    };

    private static readonly HashSet<string> AccessionCues = new(StringComparer.Ordinal)
    {
        "вступ", "вступити", "вступати", "запрошення", "членство", "приєднання", "приєднатися", "приєднуватися",
    };

    private static readonly HashSet<string> CooperationCues = new(StringComparer.Ordinal)
    {
        "співпраця", "співробітництво", "співпрацювати", "співробітничати", "альянс", "союз", "партнерство", "угода", "договір",
        "навчання", "домовитися", "домовлятися",
    };

    private static readonly HashSet<string> HelpNouns = new(StringComparer.Ordinal) { "допомога", "підтримка" };

    private static readonly HashSet<string> HelpVerbs = new(StringComparer.Ordinal)
    {
        "надати", "надавати", "передати", "передавати", "виділити", "виділяти", "посилити", "посилювати", "продовжити",
        "продовжувати", "збільшити", "збільшувати", "оголосити",
    };

    private static readonly HashSet<string> PartyTitles = new(StringComparer.Ordinal)
    {
        "кандидат", "кандидатка", "депутат", "депутатка", "нардеп", "сенатор", "конгресмен", "член",
    };

    /// <summary>Adds the triples of one sentence (arguments in text order) to <paramref name="output"/>.</summary>
    public static void Find(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, List<RuleTriple> output)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Kind != TokenKind.Word) continue;
            string lemma = TokenFeatures.LemmaOf(token);
            if (MeetingCues.Contains(lemma)) Meeting(tokens, sentence, arguments, t, output);
            else if (AccessionCues.Contains(lemma)) Accession(tokens, arguments, t, output);
            else if (lemma is "член" or "членкиня") Membership(tokens, arguments, t, output);
            else if (lemma == "інший") OtherMembers(tokens, arguments, t, output);
            else if (lemma is "санкція" or "санкційний" || (lemma == "обмеження" && AgainstAfter(tokens, sentence, t))) Sanctions(tokens, sentence, arguments, t, output);
            else if (CooperationCues.Contains(lemma)) Cooperation(tokens, sentence, arguments, t, output);
            else if (HelpNouns.Contains(lemma)) Help(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && lemma is "підтримувати" or "підтримати") Support(tokens, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && lemma is "отримати" or "отримувати" or "одержати") ReceivedFrom(tokens, sentence, arguments, t, output);
        }
        Subordinate(tokens, arguments, output);
        CooperationRules.Find(tokens, sentence, arguments, output);
    }

    /// <summary>
    /// "X зустрівся з Y", "X провів телефонну розмову із Y", "X зателефонував Y", "X та Y обговорили", "зустріч X з Y":
    /// the nominative (or, after a meeting noun, genitive) person meets each person governed by з/із/зі after the cue.
    /// </summary>
    private static void Meeting(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        var hosts = new List<ArgumentCandidate>();
        // the nominative person(s) before the cue: "Байден та Сі Цзіньпін зустрінуться"
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > cue) continue;
            if (a.Type != EntityType.Person) break;
            int next = hosts.Count == 0 ? cue : hosts[^1].FirstToken;
            if (!Links(tokens, a.EndToken, next, hosts.Count == 0 ? 8 : 2, allowWords: hosts.Count == 0)) break;
            if (a.Preposition is "з" or "із" or "зі" && hosts.Count == 0 && i > 0
                && arguments[i - 1] is { Type: EntityType.Person, Case: "Nom" or null, Preposition: null } host && a.FirstToken - 1 == host.EndToken)
            {
                // "Сибіга з Блінкеном обговорили": the partner stands before the cue
                output.Add(new RuleTriple(Predicate.MetWith, host, a));
                hosts.Add(host);
                i--;
                continue;
            }
            if (a.Case is not ("Nom" or null) || a.Preposition is not null) break;
            hosts.Add(a);
        }
        hosts.Reverse();
        bool noun = tokens[cue].Pos == UniversalPos.NOUN;
        int end = Math.Min(sentence.EndToken, cue + 10);
        var partners = new List<ArgumentCandidate>();
        var among = new List<ArgumentCandidate>();
        bool receives = TokenFeatures.LemmaOf(tokens[cue]) is "прийняти" or "приймати";
        foreach (var a in arguments)
        {
            if (a.FirstToken <= cue || a.FirstToken >= end || a.Type != EntityType.Person) continue;
            if (receives)
            {
                // "Байден прийняв у Білому домі Трампа": the one received is the accusative person
                if (hosts.Count > 0 && partners.Count == 0 && a.Case == "Acc" && a.Preposition is null) partners.Add(a);
                continue;
            }
            if (a.Preposition == "між" || (among.Count > 0 && a.Case == "Ins" && Coordinated(tokens, among[^1].EndToken, a.FirstToken)))
            {
                among.Add(a); // "переговори між Путіним і Трампом"
                continue;
            }
            if (a.Preposition is "з" or "із" or "зі" || (a.Case == "Ins" && a.Preposition is null && partners.Count == 0 && WithBefore(tokens, cue, a.FirstToken))) partners.Add(a);
            else if (partners.Count > 0 && a.Case == "Ins" && a.FirstToken - partners[^1].EndToken <= 8 && Coordinated(tokens, partners[^1].EndToken, a.FirstToken)) partners.Add(a);
            else if (hosts.Count == 0 && noun && a.Case is "Gen" or null && a.FirstToken - cue <= 3 && partners.Count == 0) hosts.Add(a); // "зустріч Байдена з Трампом"
            else if (hosts.Count > 0 && TokenFeatures.LemmaOf(tokens[cue]) == "зателефонувати" && a.Case == "Dat" && partners.Count == 0) partners.Add(a);
        }
        if (among.Count >= 2 && partners.Count == 0)
        {
            for (int i = 0; i < among.Count; i++)
            {
                for (int j = i + 1; j < among.Count; j++) output.Add(new RuleTriple(Predicate.MetWith, among[i], among[j]));
            }
            return;
        }
        if (hosts.Count == 0 && noun && partners.Count > 0 && HostAfter(tokens, sentence, arguments, partners[^1]) is { } later) hosts.Add(later);
        // "зустріч Байдена та Трампа", "Байден та Трамп зустрілися": coordinated participants pair up
        if (partners.Count == 0 && hosts.Count >= 2)
        {
            for (int i = 0; i < hosts.Count; i++)
            {
                for (int j = i + 1; j < hosts.Count; j++) output.Add(new RuleTriple(Predicate.MetWith, hosts[i], hosts[j]));
            }
            return;
        }
        if (partners.Count == 0 && hosts.Count == 1 && noun)
        {
            // "зустріч Байдена та Трампа": a second genitive coordinated with the first
            foreach (var a in arguments)
            {
                if (a.FirstToken > hosts[0].EndToken && a.Type == EntityType.Person && a.Case is "Gen" or null && Coordinated(tokens, hosts[0].EndToken, a.FirstToken))
                {
                    output.Add(new RuleTriple(Predicate.MetWith, hosts[0], a));
                    break;
                }
            }
            return;
        }
        foreach (var host in hosts)
        {
            foreach (var partner in partners)
            {
                if (host.EntityIndex >= 0 && host.EntityIndex == partner.EntityIndex) continue;
                output.Add(new RuleTriple(Predicate.MetWith, host, partner));
            }
        }
    }

    /// <summary>
    /// "зустрівся у штаб-квартирі НАТО з генсеком Альянсу Марком Рютте": an instrumental person whose title phrase
    /// opens with з/із/зі (up to five words back, no punctuation, after the cue).
    /// </summary>
    private static bool WithBefore(ReadOnlySpan<Token> tokens, int cue, int first)
    {
        for (int i = first - 1; i > cue && i >= first - 5; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
            if (tokens[i].Pos == UniversalPos.ADP) return TokenFeatures.LemmaOf(tokens[i]) is "з" or "із" or "зі";
        }
        return false;
    }

    /// <summary>"На зустрічі з Рютте у Брюсселі Байден заявив": the nominative person after the partner, before the clause's verb.</summary>
    private static ArgumentCandidate? HostAfter(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, ArgumentCandidate partner)
    {
        foreach (var a in arguments)
        {
            if (a.FirstToken < partner.EndToken) continue;
            if (a.FirstToken - partner.EndToken > 8) return null;
            for (int i = partner.EndToken; i < a.FirstToken; i++)
            {
                if (tokens[i].Pos == UniversalPos.VERB || tokens[i].Text is "," or ";" or ":" or "—" or "–") return null;
            }
            return a.Type == EntityType.Person && a.Kind is ArgumentKind.Mention or ArgumentKind.Pronoun && a.Case is "Nom" or null && a.Preposition is null ? a : null;
        }
        return null;
    }

    /// <summary>"вступ України до НАТО", "Україна не вступатиме до НАТО", "запрошення України в Альянс": accession is MEMBER_OF (possible unless stated).</summary>
    private static void Accession(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        ArgumentCandidate? member = null;
        ArgumentCandidate? union = null;
        foreach (var a in arguments)
        {
            if (a.FirstToken > cue && a.FirstToken - cue <= 2 && member is null && a.Case is "Gen" or null && a.Preposition is null && a.Type is EntityType.Country or EntityType.Organization)
            {
                member = a;
                continue;
            }
            if (a.FirstToken > cue && a.FirstToken - cue <= 5 && a.Preposition is "до" or "в" or "у" && a.Type == EntityType.Organization)
            {
                union = a;
                break;
            }
        }
        if (union is null) return;
        if (member is null)
        {
            // the state or organization before the cue: "Україна подала заявку на вступ до Альянсу", "Україна не вступатиме до НАТО"
            for (int i = arguments.Count - 1; i >= 0; i--)
            {
                var a = arguments[i];
                if (a.EndToken > cue) continue;
                if (cue - a.EndToken > 6 || !Links(tokens, a.EndToken, cue, 6, allowWords: true)) break;
                if (a.Type is EntityType.Country or EntityType.Organization && a.Preposition is null && a.Kind != ArgumentKind.Adjective) member = a;
                break;
            }
        }
        if (member is null || member == union) return;
        output.Add(new RuleTriple(Predicate.MemberOf, member, union) { Prospective = true });
    }

    /// <summary>
    /// "Словаччина та інші країни ЄС", "Польща й інші члени НАТО", "Литва та інші союзники по НАТО": the state or
    /// organization before "та інші" is a member of the organization whose other members are named.
    /// </summary>
    private static void OtherMembers(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int other, List<RuleTriple> output)
    {
        if (other < 2 || other + 2 >= tokens.Length || TokenFeatures.LemmaOf(tokens[other - 1]) is not ("та" or "і" or "й")) return;
        string kind = TokenFeatures.LemmaOf(tokens[other + 1]);
        if (kind is not ("країна" or "держава" or "член" or "союзник")) return;
        int unionAt = other + 2 + (TokenFeatures.LemmaOf(tokens[other + 2]) == "по" ? 1 : 0);
        var union = arguments.Find(a => a.FirstToken == unionAt && a.Type == EntityType.Organization && a.Kind == ArgumentKind.Mention);
        // only a state is one of the "other countries"; an organization may be one of the other members
        var member = arguments.Find(a => a.EndToken == other - 1 && a.Kind == ArgumentKind.Mention
            && (a.Type == EntityType.Country || (a.Type == EntityType.Organization && kind == "член")));
        if (union is null || member is null || (member.EntityIndex >= 0 && member.EntityIndex == union.EntityIndex)) return;
        output.Add(new RuleTriple(Predicate.MemberOf, member, union));
    }

    /// <summary>
    /// "Фінляндія та Швеція стали членами НАТО", "Польща є членкинею ЄС": the states or organizations that are the
    /// clause's subject, joined to the cue by a verb and linking words, are members of the genitive organization after it.
    /// </summary>
    private static void Membership(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        ArgumentCandidate? union = null;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= cue) continue;
            if (a.FirstToken - cue <= 2 && a.Type == EntityType.Organization && a.Case is "Gen" or null && a.Preposition is null) union = a;
            break;
        }
        if (union is null) return;
        var members = new List<ArgumentCandidate>();
        int next = cue;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > next) continue;
            bool linked = members.Count == 0 ? Links(tokens, a.EndToken, next, 4, allowWords: true) && HasVerb(tokens, a.EndToken, next) : Coordinated(tokens, a.EndToken, next);
            if (!linked || a.Type is not (EntityType.Country or EntityType.Organization) || a.Case is not ("Nom" or null) || a.Preposition is not null
                || a.Kind == ArgumentKind.Adjective)
            {
                break;
            }
            members.Add(a);
            next = a.FirstToken;
        }
        foreach (var member in members)
        {
            if (member.EntityIndex < 0 || member.EntityIndex != union.EntityIndex) output.Add(new RuleTriple(Predicate.MemberOf, member, union));
        }
    }

    /// <summary>
    /// "X запровадив санкції проти Y" (the nominative sanctioner before the cue), "американські санкції" (a nationality
    /// adjective on the cue), "санкції США/ЄС" (genitive sanctioners after it) against "проти/щодо Y", "санкції на Y"
    /// or, failing that, the clause's nominative subject: a state ("Росія … через санкції США"), or anyone who is
    /// "під санкціями" ("Компанія X потрапила під санкції США").
    /// </summary>
    private static void Sanctions(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        var sanctioners = new List<ArgumentCandidate>();
        bool byAdjective = false;
        foreach (var a in arguments)
        {
            if (a.Kind == ArgumentKind.Adjective && a.EndToken <= cue && cue - a.EndToken <= 1 && a.Type is EntityType.Country or EntityType.Organization
                && (a.EndToken == cue || tokens[a.EndToken].Pos == UniversalPos.ADJ))
            {
                sanctioners.Add(a);
                byAdjective = true;
            }
        }
        int next = cue + 1;
        foreach (var a in arguments)
        {
            if (a.FirstToken < next) continue;
            if (a.FirstToken - next > 2 || a.Case is not ("Gen" or null) || a.Preposition is not null || !(a.Type is EntityType.Country or EntityType.Organization || a.IsCapital)) break;
            if (!Coordinated(tokens, next, a.FirstToken) && a.FirstToken != next) break;
            sanctioners.Add(a);
            next = a.EndToken;
        }
        bool genitive = sanctioners.Count > 0 && !byAdjective;
        int before = cue - 1;
        while (before > sentence.FirstToken && before >= cue - 2 && tokens[before].Pos == UniversalPos.ADJ) before--;
        bool under = before >= sentence.FirstToken && TokenFeatures.LemmaOf(tokens[before]) == "під";
        ArgumentCandidate? subject = null;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > cue) continue;
            bool candidate = a.Type is EntityType.Country or EntityType.Organization || a.IsCapital || (under && a.Type == EntityType.Person);
            if (candidate && a.Case is "Nom" or null && a.Preposition is null && a.Kind != ArgumentKind.Adjective)
            {
                subject = a;
                break;
            }
        }
        // the subject imposes the sanctions only through a verb ("ЄС запровадив санкції"), not beside them in a list
        // ("обговорили посилення ППО та нові санкції")
        if (sanctioners.Count == 0 && !under && subject is { Type: not EntityType.Person } && Links(tokens, subject.EndToken, cue, 8, allowWords: true)
            && HasVerb(tokens, subject.EndToken, cue))
        {
            sanctioners.Add(subject);
        }
        if (sanctioners.Count == 0) return;
        var targets = new List<ArgumentCandidate>();
        int end = Math.Min(sentence.EndToken, cue + 12);
        bool listing = ListingVerbBefore(tokens, sentence, cue);
        foreach (var a in arguments)
        {
            if (a.FirstToken <= cue || a.FirstToken >= end || !(a.Type is EntityType.Country or EntityType.Organization or EntityType.Person || a.IsCapital)) continue;
            if (a.Preposition is "проти" or "щодо" || (a.Preposition == "на" && a.Case is not "Loc" && a.FirstToken - cue <= 3)
                || (a.Kind == ArgumentKind.Adjective && AfterAgainst(tokens, a.FirstToken))
                || (a.Kind == ArgumentKind.Mention && a.Preposition is null && AgainstBeforeNoun(tokens, a.FirstToken, cue))
                || (listing && (a.Case is "Acc" or "Nom" or null || (a.Case == "Gen" && a.Type == EntityType.Person)) // a person's accusative is the genitive's form
                    && a.Preposition is null && a.Kind != ArgumentKind.Adjective && a.FirstToken - cue <= 5))
            {
                targets.Add(a);
            }
            else if (targets.Count > 0 && a.Preposition is null && a.Kind == targets[^1].Kind && CoordinatedNames(tokens, targets[^1].EndToken, a.FirstToken))
            {
                targets.Add(a); // "проти «Роснафти» та «Лукойлу»"
            }
        }
        // "Китай критикує американські санкції": only "під" makes the subject the target of an adjective's sanctions.
        if (targets.Count == 0 && sanctioners.Count > 0 && subject is not null
            && ((genitive && subject.Type == EntityType.Country) || (under && Links(tokens, subject.EndToken, cue, 8, allowWords: true))))
        {
            targets.Add(subject);
        }
        // "Під санкції США потрапили 50 російських банків": the one that falls under them may follow the verb
        if (targets.Count == 0 && under && FallsUnderAfter(tokens, sentence, arguments, next) is { } fallen) targets.Add(fallen);
        foreach (var s in sanctioners)
        {
            foreach (var target in targets)
            {
                if (s != target && (s.EntityIndex < 0 || s.EntityIndex != target.EntityIndex)) output.Add(new RuleTriple(Predicate.Sanctions, s, target));
            }
        }
    }

    /// <summary>
    /// "угода між Москвою та Києвом", "Україна співпрацює з НАТО", "США, Японія та Південна Корея проведуть навчання":
    /// the states or organizations joined by a cooperation word cooperate, pairwise.
    /// </summary>
    private static void Cooperation(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        var sides = new List<ArgumentCandidate>();
        var partners = new List<ArgumentCandidate>();
        int end = Math.Min(sentence.EndToken, cue + 6);
        foreach (var a in arguments)
        {
            if (a.FirstToken <= cue || !IsParty(a)) continue;
            // "співпрацюватиме з Іраном і Північною Кореєю", "з Білим домом, а також з Мінфіном": partners coordinated with the first
            if (partners.Count > 0 && a.Kind != ArgumentKind.Adjective
                && ((a.Case == "Ins" && a.Preposition is null && Coordinated(tokens, partners[^1].EndToken, a.FirstToken))
                    || (a.Preposition is "з" or "із" or "зі" && CooperationRules.AlsoWith(tokens, partners[^1].EndToken, a.FirstToken))))
            {
                partners.Add(a);
                continue;
            }
            if (a.FirstToken >= end) continue;
            if (a.Preposition == "між" || (sides.Count > 0 && Coordinated(tokens, sides[^1].EndToken, a.FirstToken))) sides.Add(a);
            else if (a.Preposition is "з" or "із" or "зі" && partners.Count == 0 && Links(tokens, cue + 1, a.FirstToken, 4, allowWords: true)) partners.Add(a);
        }
        if (sides.Count < 2)
        {
            sides.Clear();
            // the coordinated nominative subjects before the cue: "США, Японія та Південна Корея проведуть навчання"
            for (int i = arguments.Count - 1; i >= 0; i--)
            {
                var a = arguments[i];
                if (a.EndToken > cue) continue;
                int next = sides.Count == 0 ? cue : sides[^1].FirstToken;
                if (!IsParty(a) || a.Case is not ("Nom" or null) || a.Preposition is not null) break;
                if (sides.Count == 0 ? !Links(tokens, a.EndToken, next, 6, allowWords: true) : !Coordinated(tokens, a.EndToken, next)) break;
                sides.Add(a);
            }
            sides.Reverse();
            // "Департамент надаватиме поради, а також співпрацюватиме з X": the subject of a coordinated predicate
            if (sides.Count == 0 && partners.Count > 0 && CooperationRules.SentenceSubject(tokens, sentence, arguments, cue) is { } subject) sides.Add(subject);
        }
        var all = new List<ArgumentCandidate>(sides);
        all.AddRange(partners);
        if (all.Count < 2 || (partners.Count == 0 && sides.Count < 2)) return;
        for (int i = 0; i < all.Count; i++)
        {
            for (int j = i + 1; j < all.Count; j++)
            {
                if (i >= sides.Count) break; // two partners of one side need not cooperate with each other
                if (all[i].EntityIndex < 0 || all[i].EntityIndex != all[j].EntityIndex) output.Add(new RuleTriple(Predicate.CooperatesWith, all[i], all[j]));
            }
        }
    }

    /// <summary>
    /// "США надають Україні військову допомогу", "посилить свою підтримку України": the nominative giver of help or
    /// support before the help verb and its dative or genitive recipient cooperate.
    /// </summary>
    private static void Help(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        int verb = -1;
        for (int i = noun - 1; i >= sentence.FirstToken && i >= noun - 5; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) break;
            if (tokens[i].Pos == UniversalPos.VERB && HelpVerbs.Contains(TokenFeatures.LemmaOf(tokens[i])))
            {
                verb = i;
                break;
            }
        }
        if (verb < 0) return;
        ArgumentCandidate? giver = null;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > verb) continue;
            if (IsParty(a) && a.Case is "Nom" or null && a.Preposition is null && Links(tokens, a.EndToken, verb, 6, allowWords: true)) giver = a;
            break;
        }
        if (giver is null) return;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= verb || a.FirstToken - noun > 3 || a == giver) continue;
            bool recipient = (a.Case == "Dat" && a.Preposition is null) || (a.FirstToken > noun && a.Case is "Gen" or null && a.Preposition is null);
            if (!IsParty(a) || !recipient) continue;
            if (giver.EntityIndex < 0 || giver.EntityIndex != a.EntityIndex) output.Add(new RuleTriple(Predicate.CooperatesWith, giver, a));
            return;
        }
    }

    internal static bool IsParty(ArgumentCandidate a) =>
        a.Type is EntityType.Country or EntityType.Organization || a.IsCapital;

    /// <summary>
    /// "Іран підтримує хуситів", "Угруповання хуситів підтримує Іран": the nominative state or organization next to the
    /// verb supports the accusative (or genitive) one on the other side; they cooperate.
    /// </summary>
    private static void Support(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        ArgumentCandidate? before = null, after = null;
        foreach (var a in arguments)
        {
            // a possessive pronoun modifies a noun ("його кандидатуру не підтримає Сенат")
            if (!IsParty(a) || a.Preposition is not null || a.Kind is ArgumentKind.Adjective or ArgumentKind.Pronoun) continue;
            if (a.EndToken <= verb && Links(tokens, a.EndToken, verb, 3, allowWords: true)) before = a;
            else if (a.FirstToken > verb && after is null && Links(tokens, verb + 1, a.FirstToken, 3, allowWords: true)) after = a;
        }
        if (before is null || after is null) return;
        bool nominativeFirst = before.Case is "Nom" or null && after.Case is "Acc" or "Gen" or null;
        bool nominativeLast = after.Case is "Nom" or null && before.Case is "Acc" or "Gen";
        if (!nominativeFirst && !nominativeLast) return;
        if (before.EntityIndex < 0 || before.EntityIndex != after.EntityIndex) output.Add(new RuleTriple(Predicate.CooperatesWith, before, after));
    }

    private static readonly HashSet<string> FundingNouns = new(StringComparer.Ordinal)
    {
        "грант", "кредит", "позика", "транш", "допомога", "підтримка", "фінансування", "кошти", "пакет", "гарантія",
    };

    /// <summary>"Україна отримала від США грант", "Україна отримає від ЄС новий транш": the receiver and the giver cooperate.</summary>
    private static void ReceivedFrom(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        ArgumentCandidate? receiver = null, giver = null;
        foreach (var a in arguments)
        {
            if (!IsParty(a) || a.Kind == ArgumentKind.Adjective) continue;
            if (a.EndToken <= verb && a.Case is "Nom" or null && a.Preposition is null && Links(tokens, a.EndToken, verb, 4, allowWords: true)) receiver = a;
            else if (a.FirstToken > verb && a.FirstToken - verb <= 6 && a.Preposition == "від") giver = a;
        }
        if (receiver is null || giver is null || (receiver.EntityIndex >= 0 && receiver.EntityIndex == giver.EntityIndex)) return;
        int end = Math.Min(sentence.EndToken, verb + 10);
        for (int i = verb + 1; i < end; i++)
        {
            if (tokens[i].Text is "," or ";") return;
            if (FundingNouns.Contains(TokenFeatures.LemmaOf(tokens[i])))
            {
                output.Add(new RuleTriple(Predicate.CooperatesWith, receiver, giver));
                return;
            }
        }
    }

    /// <summary>"Центр протидії дезінформації при РНБО": an organization attached to another; "кандидат від партії X Y": a party member.</summary>
    private static void Subordinate(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, List<RuleTriple> output)
    {
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            var a = arguments[i];
            var b = arguments[i + 1];
            if (a.Type == EntityType.Organization && b.Type == EntityType.Organization && b.Preposition == "при" && b.FirstToken == a.EndToken + 1)
            {
                output.Add(new RuleTriple(Predicate.MemberOf, a, b));
            }
            if (a.Type == EntityType.Organization && a.Preposition == "від" && b.Type == EntityType.Person && b.FirstToken == a.EndToken
                && a.FirstToken >= 2 && HasPartyTitle(tokens, a.FirstToken - 1, 4))
            {
                output.Add(new RuleTriple(Predicate.MemberOf, b, a));
            }
        }
    }

    private static bool HasPartyTitle(ReadOnlySpan<Token> tokens, int before, int window)
    {
        for (int i = before - 1; i >= 0 && i >= before - window; i--)
        {
            if (PartyTitles.Contains(TokenFeatures.LemmaOf(tokens[i]))) return true;
        }
        return false;
    }

    /// <summary>Tokens in [from, to) are only a coordinating conjunction or a comma ("X та Y", "X, Y").</summary>
    internal static bool Coordinated(ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from is < 1 or > 2) return false;
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Pos != UniversalPos.CCONJ && tokens[i].Text != ",") return false;
        }
        return true;
    }

    /// <summary>Two names joined by a conjunction or comma, with their quotes: "«Роснафти» та «Лукойлу»".</summary>
    private static bool CoordinatedNames(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int joins = 0;
        for (int i = from; i < to; i++)
        {
            if (TokenFeatures.IsQuote(tokens[i])) continue;
            if (tokens[i].Pos != UniversalPos.CCONJ && tokens[i].Text != ",") return false;
            joins++;
        }
        return joins is 1 or 2;
    }

    /// <summary>"проти трьох російських банків": a nationality adjective after проти/щодо and numbers or adjectives names the target state.</summary>
    private static bool AfterAgainst(ReadOnlySpan<Token> tokens, int adjective)
    {
        for (int i = adjective - 1; i >= 0 && i >= adjective - 3; i--)
        {
            string lemma = TokenFeatures.LemmaOf(tokens[i]);
            if (lemma is "проти" or "щодо") return true;
            if (tokens[i].Pos is not (UniversalPos.NUM or UniversalPos.ADJ)) return false;
        }
        return false;
    }

    /// <summary>
    /// "проти компанії «Газпромбанк»", "щодо банку ВТБ", "санкції на російський банк «X»": a mention after проти/щодо
    /// (or "на" right after the cue) and one common noun (with its adjectives).
    /// </summary>
    private static bool AgainstBeforeNoun(ReadOnlySpan<Token> tokens, int first, int cue)
    {
        bool noun = false;
        for (int i = first - 1; i >= 0 && i >= first - 5; i--)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text is "«" or "\"" or "„") continue;
            string lemma = TokenFeatures.LemmaOf(token);
            if (lemma is "проти" or "щодо" || (lemma == "на" && i - cue <= 2)) return noun;
            // "проти очільника адмінсуду X": a title's organization is not the one sanctioned
            if (token.Pos == UniversalPos.NOUN && !noun && token.Text.Length > 0 && char.IsLower(token.Text[0]) && TokenFeatures.Get(token, "Animacy") != "Anim") noun = true;
            else if (token.Pos is not (UniversalPos.ADJ or UniversalPos.NUM)) return false;
        }
        return false;
    }

    /// <summary>"обмеження проти X", "обмеження щодо X": restrictions aimed at someone are sanctions.</summary>
    private static bool AgainstAfter(ReadOnlySpan<Token> tokens, Sentence sentence, int cue)
    {
        for (int i = cue + 1; i < sentence.EndToken && i <= cue + 3; i++)
        {
            if (TokenFeatures.LemmaOf(tokens[i]) is "проти" or "щодо") return true;
            if (tokens[i].Pos is not (UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN)) return false;
        }
        return false;
    }

    /// <summary>The argument a verb of falling (потрапити, опинитися) after <paramref name="from"/> puts under sanctions: its nominative subject or that subject's nationality adjective.</summary>
    private static ArgumentCandidate? FallsUnderAfter(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int from)
    {
        int verb = -1;
        for (int i = from; i < sentence.EndToken && i <= from + 2; i++)
        {
            if (tokens[i].Pos == UniversalPos.VERB && TokenFeatures.LemmaOf(tokens[i]) is "потрапити" or "потрапляти" or "опинитися" or "опинятися")
            {
                verb = i;
                break;
            }
        }
        if (verb < 0) return null;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= verb) continue;
            if (a.FirstToken - verb > 4) return null;
            if (a.Preposition is null && (a.Kind == ArgumentKind.Adjective || a.Case is "Nom" or null) && a.Type is EntityType.Country or EntityType.Organization or EntityType.Person) return a;
        }
        return null;
    }

    /// <summary>"вніс до санкційного списку компанію X": a verb of listing before the cue makes its accusative object the target.</summary>
    private static bool ListingVerbBefore(ReadOnlySpan<Token> tokens, Sentence sentence, int cue)
    {
        for (int i = cue - 1; i >= sentence.FirstToken && i >= cue - 4; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
            if (tokens[i].Pos == UniversalPos.VERB) return TokenFeatures.LemmaOf(tokens[i]) is "внести" or "вносити" or "включити" or "включати" or "додати" or "додавати";
        }
        return false;
    }

    /// <summary>True when a verb stands in [from, to).</summary>
    private static bool HasVerb(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Pos is UniversalPos.VERB or UniversalPos.AUX) return true;
        }
        return false;
    }

    /// <summary>
    /// True when [from, to) is short and holds no clause break: no sentence punctuation, no comma or dash, and (unless
    /// <paramref name="allowWords"/>) nothing but conjunctions.
    /// </summary>
    internal static bool Links(ReadOnlySpan<Token> tokens, int from, int to, int maxLength, bool allowWords)
    {
        if (to - from > maxLength) return false;
        for (int i = from; i < to; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Punctuation) return false;
            if (!allowWords && token.Pos != UniversalPos.CCONJ) return false;
        }
        return true;
    }
}
