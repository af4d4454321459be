using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>One triple a rule reads from the grammatical roles of its arguments.</summary>
internal readonly record struct RuleTriple(Predicate Predicate, ArgumentCandidate Subject, ArgumentCandidate Object)
{
    /// <summary>True when the cue itself speaks of a prospect (accession): an otherwise asserted triple is POSSIBLE.</summary>
    public bool Prospective { get; init; }

    /// <summary>The other party the rule read: the recipient of SUPPLIES ("Росія отримала від КНДР …"), or null.</summary>
    public ArgumentCandidate? Counterpart { get; init; }
}

/// <summary>
/// Relations read from case and preposition where Ukrainian grammar settles them:
/// SUPPLIES from a supply verb with its nominative giver before it and the weapons after it (the dative is the
/// recipient, never the giver); VISITED from an arrival or visit cue ("прибув до", "з візитом у", "відвідав") with a
/// nominative person and the place after the cue; VISITED from a meeting held in a place ("зустрівся з … у X"):
/// the nominative participant is the visitor, and a partner only when the text ties them to another state than the place's.
/// </summary>
internal static class ArgumentRoleRules
{
    private static readonly HashSet<string> SupplyVerbs = new(StringComparer.Ordinal)
    {
        "постачати", "поставляти", "поставити", "передати", "передавати", "надати", "надавати", "доставити", "доставляти",
        "відправити", "відправляти", "продати", "продавати", "експортувати", "подарувати", "виділити", "виділяти",
        "надіслати", "надсилати",
    };

    /// <summary>Verbs of asking for or buying weapons: the subject seeks the weapons the verb governs.</summary>
    private static readonly HashSet<string> SeekVerbs = new(StringComparer.Ordinal)
    {
        "просити", "попросити", "запросити", "запитувати", "закупити", "закуповувати", "купити", "купувати", "придбати",
        "замовити", "замовляти",
    };

    private static readonly HashSet<string> ReceivingVerbs = new(StringComparer.Ordinal)
    {
        "очікувати", "чекати", "отримати", "отримувати", "одержати", "одержувати", "просити", "попросити", "запросити",
        "потребувати", "прийняти", "приймати",
    };

    private static readonly HashSet<string> ArrivalVerbs = new(StringComparer.Ordinal)
    {
        "прибути", "прибувати", "прилетіти", "прилітати", "приїхати", "приїжджати",
    };

    private static readonly HashSet<string> VisitWords = new(StringComparer.Ordinal) { "візит", "поїздка", "відвідати", "відвідувати" };

    private static readonly HashSet<string> MeetingWords = new(StringComparer.Ordinal)
    {
        "зустрітися", "зустрінутися", "зустрічатися", "зустріч", "переговори", "перемовини",
    };

    internal static readonly HashSet<string> DestroyVerbs = new(StringComparer.Ordinal)
    {
        "збити", "збивати", "знищити", "знищувати", "уразити", "уражати", "вразити", "вражати", "підбити", "підбивати",
        "знешкодити", "знешкоджувати", "перехопити", "перехоплювати", "спалити",
    };

    private static readonly HashSet<string> ProduceVerbs = new(StringComparer.Ordinal)
    {
        "виробляти", "виробити", "виготовляти", "виготовити", "випускати", "розробити", "розробляти",
        "будувати", "збудувати", "збирати",
    };

    /// <summary>Verbs of putting weapons to use: the object is the weapon, "по X" the target ("випустити" launches; "випускати" produces).</summary>
    private static readonly HashSet<string> UseVerbs = new(StringComparer.Ordinal)
    {
        "запустити", "запускати", "застосувати", "застосовувати", "використати", "використовувати", "випустити",
        "скинути", "скидати", "задіяти", "задіювати", "направити", "направляти", "спрямувати", "спрямовувати",
    };

    /// <summary>Nouns naming an attack; their genitive or adjective is the attacker, "по/на/проти X" the target.</summary>
    private static readonly HashSet<string> AttackNouns = new(StringComparer.Ordinal)
    {
        "удар", "авіаудар", "атака", "обстріл", "наступ", "вторгнення", "агресія", "війна", "напад", "штурм", "бомбардування",
    };

    /// <summary>Nouns of handing weapons over: their genitive weapons are supplied.</summary>
    internal static readonly HashSet<string> SupplyNouns = new(StringComparer.Ordinal)
    {
        "постачання", "поставка", "передача", "передання", "відправка", "відправлення", "продаж", "експорт",
    };

    /// <summary>Verbs of holding weapons: the subject possesses the weapons it holds.</summary>
    private static readonly HashSet<string> PossessVerbs = new(StringComparer.Ordinal)
    {
        "накопичити", "накопичувати", "мати", "володіти", "зберігати",
    };

    /// <summary>Words that place a place or organization: "Пенза лежить у західній частині Росії", "завод, розташований у Брянську".</summary>
    private static readonly HashSet<string> LocateWords = new(StringComparer.Ordinal)
    {
        "знаходитися", "розташовуватися", "розташуватися", "розташований", "лежати", "розміщуватися", "розміщений",
    };

    /// <summary>Part-of-region nouns a place may follow: "у західній частині Росії", "на півночі Польщі".</summary>
    private static readonly HashSet<string> PartNouns = new(StringComparer.Ordinal)
    {
        "частина", "північ", "південь", "схід", "захід", "околиця", "центр", "територія",
    };

    private static readonly HashSet<string> AttackVerbs = new(StringComparer.Ordinal)
    {
        "атакувати", "штурмувати", "обстріляти", "обстрілювати", "вдарити", "бомбардувати", "окупувати", "наступати", "поцілити", "влучити",
        "прорватися", "завдати", "завдавати", "захопити", "захоплювати", "оточити", "оточувати", "анексувати",
    };

    /// <summary>Nouns of seizing a place: "окупація Криму", "захоплення росіянами Іванівки".</summary>
    private static readonly HashSet<string> SeizureNouns = new(StringComparer.Ordinal)
    {
        "окупація", "захоплення", "оточення", "анексія",
    };

    /// <summary>Adds the rule triples of one sentence (arguments in text order) to <paramref name="output"/>.</summary>
    /// <param name="tokens">The document's tokens with morphology.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="arguments">The sentence's arguments in text order.</param>
    /// <param name="stateOf">The ISO code of the state a person argument is tied to in this sentence (by a title), or null.</param>
    /// <param name="isoOfPlace">The ISO code of the state a place or country argument lies in, or null when unknown.</param>
    /// <param name="output">Receives the triples.</param>
    public static void Find(
        ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments,
        Func<ArgumentCandidate, string?> stateOf, Func<ArgumentCandidate, string?> isoOfPlace, List<RuleTriple> output)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Kind != TokenKind.Word) continue;
            string lemma = TokenFeatures.LemmaOf(token);
            // "відправляти на фронт танки", "підняла в повітря бомбардувальники": putting weapons into action is using them
            if (token.Pos == UniversalPos.VERB && (IntoAction(tokens, sentence, t) || (lemma is "підняти" or "піднімати" && IntoAir(tokens, sentence, t)))
                && TokenFeatures.Get(token, "VerbForm") is "Fin" or "Inf")
            {
                Uses(tokens, sentence, arguments, t, output);
            }
            else if (token.Pos == UniversalPos.VERB && SupplyVerbs.Contains(lemma)) Supplies(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && SeekVerbs.Contains(lemma)) Supplies(tokens, sentence, arguments, t, output, Predicate.Seeks);
            else if (token.Pos == UniversalPos.VERB && ProduceVerbs.Contains(lemma) && TokenFeatures.Get(token, "VerbForm") is "Fin" or "Inf") Supplies(tokens, sentence, arguments, t, output, Predicate.Produces);
            else if (lemma == "виробництво") ProductionIn(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.NOUN && SupplyNouns.Contains(lemma)) SupplyNoun(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && PossessVerbs.Contains(lemma) && TokenFeatures.Get(token, "VerbForm") is "Fin" or "Inf") Possesses(tokens, sentence, arguments, t, output);
            else if (LocateWords.Contains(lemma)) Location(tokens, sentence, arguments, t, output);
            else if (lemma == "свій" && token.Pos == UniversalPos.DET) OwnWeapon(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && AttackVerbs.Contains(lemma) && TokenFeatures.Get(token, "VerbForm") is "Fin" or "Inf") Attacks(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && UseVerbs.Contains(lemma) && TokenFeatures.Get(token, "VerbForm") is "Fin" or "Inf") Uses(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.NOUN && AttackNouns.Contains(lemma)) AttackNoun(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.NOUN && SeizureNouns.Contains(lemma)) SeizureNoun(tokens, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && DestroyVerbs.Contains(lemma) && TokenFeatures.Get(token, "VerbForm") is "Fin" or "Inf") Destroyed(tokens, sentence, arguments, t, output);
            else if ((token.Pos == UniversalPos.VERB && ArrivalVerbs.Contains(lemma)) || VisitWords.Contains(lemma)) Visit(tokens, sentence, arguments, t, output);
        }
        SupplyRules.Find(tokens, sentence, arguments, output);
        PossessionRules.Find(tokens, arguments, output);
        PassiveDestructionRules.Find(tokens, sentence, arguments, output);
        GenitiveOwners(tokens, arguments, output);
        MeetingPlace(tokens, sentence, arguments, stateOf, isoOfPlace, output);
        LocatedIn(tokens, arguments, output);
        CueRules.Find(tokens, sentence, arguments, output);
    }

    /// <summary>
    /// "ППО збила 20 дронів", "Силам ППО вдалося знищити ракети", "дрони ГУР уразили два Су-57": the state or force
    /// that is the clause's subject (nominative; dative with вдатися; the genitive owner of a weapon that is the subject)
    /// destroyed every weapon the verb governs. No agent, no triple ("збито 20 дронів" is impersonal).
    /// </summary>
    private static void Destroyed(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        if (DestroyerBefore(tokens, sentence, arguments, verb) is not { } destroyer) return;
        int end = ListEnd(tokens, sentence, verb);
        foreach (var weapon in arguments)
        {
            if (weapon.FirstToken <= verb || weapon.FirstToken >= end) continue;
            if (weapon.Type != EntityType.Weapon || weapon.Kind is not (ArgumentKind.Mention or ArgumentKind.Pronoun)) continue;
            if (weapon.Case is "Dat" or "Ins" or "Loc" || weapon.Preposition is not null) continue;
            // "уразили склад боєприпасів": a genitive weapon after another noun belongs to that noun's thing
            if (weapon.Case == "Gen" && weapon.FirstToken > verb + 1 && tokens[weapon.FirstToken - 1].Pos == UniversalPos.NOUN) continue;
            output.Add(new RuleTriple(Predicate.Destroyed, destroyer, weapon));
        }
        if (TokenFeatures.LemmaOf(tokens[verb]) is "уразити" or "уражати" or "вразити" or "вражати") StrikePlace(arguments, destroyer, verb, end, output);
    }

    /// <summary>
    /// "ЗСУ уразили нафтопереробний завод у Брянській області", "дрони ГУР уразили два Су-57 на аеродромі Ахтубінськ": a
    /// strike attacks the first place named after the verb (the innermost; the regions that follow only contain it).
    /// </summary>
    private static void StrikePlace(List<ArgumentCandidate> arguments, ArgumentCandidate striker, int verb, int end, List<RuleTriple> output)
    {
        if (striker.Kind == ArgumentKind.Adjective && striker.Type != EntityType.Country) return;
        foreach (var place in arguments)
        {
            if (place.FirstToken <= verb || place.FirstToken >= end || place.Kind != ArgumentKind.Mention) continue;
            if (place.Type is not (EntityType.Location or EntityType.Country)) continue;
            if (place.Preposition is not (null or "у" or "в" or "на" or "біля" or "поблизу" or "під")) return;
            AgentWeapon(arguments, striker, verb, output);
            output.Add(new RuleTriple(Predicate.Attacks, striker, place));
            return;
        }
    }

    /// <summary>
    /// "росіяни 40 разів атакували поблизу A, B та C", "російські війська атакували Україну дронами": the state or force
    /// that is the clause's subject attacks every place, state or organization the verb governs (not one named with
    /// з/від/через/над, where attacks come from or pass), and uses every weapon in the instrumental.
    /// </summary>
    private static void Attacks(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        if (DestroyerBefore(tokens, sentence, arguments, verb, weaponIsNeverObject: true) is not { } attacker || attacker.Case == "Dat") return;
        AgentWeapon(arguments, attacker, verb, output);
        int end = ListEnd(tokens, sentence, verb);
        bool placed = false;
        foreach (var target in arguments)
        {
            if (target.FirstToken <= verb || target.FirstToken >= end || target == attacker) continue;
            if (target.Kind != ArgumentKind.Mention) continue;
            if (target.Type == EntityType.Weapon)
            {
                if ((target.Case == "Ins" && target.Preposition is null) || NamesInstrumentalWeapon(tokens, arguments, target)) output.Add(new RuleTriple(Predicate.Uses, attacker, target));
                continue;
            }
            if (target.Preposition is "з" or "із" or "зі" or "від" or "через" or "над" or "для" or "за" or "під") continue;
            if (attacker.EntityIndex >= 0 && attacker.EntityIndex == target.EntityIndex) continue;
            if (IsContainer(arguments, target)) continue;
            // "захопили село Петрівка на Донеччині": a place in the locative after a target only says where that target lies
            if (placed && target.Preposition is "у" or "в" or "на" && target.Case == "Loc") continue;
            placed = true;
            output.Add(new RuleTriple(Predicate.Attacks, attacker, target));
        }
    }

    /// <summary>
    /// "РФ запустила по Україні 90 дронів", "окупанти застосували керовані авіабомби": the state or force that is the
    /// clause's subject uses every weapon the verb governs (accusative, or genitive after a number), and attacks the
    /// place, state or organization named with "по" (or "на" with the accusative).
    /// </summary>
    private static void Uses(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        if (DestroyerBefore(tokens, sentence, arguments, verb) is not { } user || user.Case == "Dat") return;
        AgentWeapon(arguments, user, verb, output);
        int end = ListEnd(tokens, sentence, verb);
        foreach (var target in arguments)
        {
            if (target.FirstToken <= verb || target.FirstToken >= end || target == user) continue;
            if (target.Type == EntityType.Weapon)
            {
                if (target.Kind == ArgumentKind.Mention && target.Preposition is null && target.Case is not ("Dat" or "Ins" or "Loc") && !AppositionToOblique(tokens, target))
                {
                    output.Add(new RuleTriple(Predicate.Uses, user, target));
                }
                continue;
            }
            if (target.Kind != ArgumentKind.Mention || target.Type is not (EntityType.Location or EntityType.Country or EntityType.Organization)) continue;
            if (IsContainer(arguments, target)) continue; // "по об'єкту в Миргородському районі Полтавської області": the district is the target
            if (user.EntityIndex >= 0 && user.EntityIndex == target.EntityIndex) continue;
            if (target.Preposition == "по" || (target.Preposition == "на" && target.Case == "Acc")) output.Add(new RuleTriple(Predicate.Attacks, user, target));
        }
    }

    /// <summary>
    /// "удар РФ по Україні", "війна Росії проти України", "російська атака на Київ", "атаки росіян на Куп'янськ": the
    /// genitive state, force or demonym right after an attack noun (or the nationality adjective right before it)
    /// attacks the place, state or organization named with "по", "на" or "проти" after it.
    /// </summary>
    private static void AttackNoun(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        ArgumentCandidate? attacker = null;
        int after = noun + 1;
        foreach (var a in arguments)
        {
            if (a.EndToken <= noun && noun - a.EndToken <= 1 && a.Kind == ArgumentKind.Adjective && (a.EndToken == noun || tokens[a.EndToken].Pos == UniversalPos.ADJ))
            {
                attacker = a;
                continue;
            }
            if (attacker is null && a.FirstToken > noun && a.FirstToken - noun <= 1 && a.Case is "Gen" or null && a.Preposition is null
                && a.Kind is ArgumentKind.Mention or ArgumentKind.Demonym && (a.Type is EntityType.Country or EntityType.Organization || a.IsCapital))
            {
                attacker = a;
                after = a.EndToken;
                break;
            }
        }
        if (attacker is null) return;
        foreach (var target in arguments)
        {
            if (target.FirstToken < after) continue;
            if (target.FirstToken - after > 4) return;
            for (int i = after; i < target.FirstToken; i++)
            {
                if (tokens[i].Kind == TokenKind.Punctuation && !IsQuote(tokens[i])) return;
            }
            if (target.Kind != ArgumentKind.Mention || target.Type is not (EntityType.Location or EntityType.Country or EntityType.Organization)) return;
            bool governed = target.Preposition is "по" or "проти" || (target.Preposition == "на" && target.Case == "Acc");
            if (governed && (attacker.EntityIndex < 0 || attacker.EntityIndex != target.EntityIndex)) output.Add(new RuleTriple(Predicate.Attacks, attacker, target));
            return;
        }
    }

    /// <summary>
    /// "російська окупація Криму", "захоплення росіянами Іванівки": the nationality adjective before a seizure noun, or
    /// the instrumental agent right after it, attacks the place in the genitive that follows.
    /// </summary>
    private static void SeizureNoun(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        ArgumentCandidate? agent = null;
        int next = noun + 1;
        foreach (var a in arguments)
        {
            if (a.Kind == ArgumentKind.Adjective && a.EndToken <= noun && noun - a.EndToken <= 1 && (a.EndToken == noun || tokens[a.EndToken].Pos == UniversalPos.ADJ))
            {
                agent = a;
                continue;
            }
            if (a.FirstToken < next) continue;
            if (a.FirstToken - next > 2) return;
            if (agent is null && a.Case == "Ins" && a.Preposition is null && a.Kind is ArgumentKind.Demonym or ArgumentKind.Mention
                && (a.Type is EntityType.Country or EntityType.Organization || a.IsCapital))
            {
                agent = a;
                next = a.EndToken;
                continue;
            }
            // "захоплення росіянами села Іванівка": a place noun before the name leaves the name in the nominative
            bool apposition = a.FirstToken > 0 && tokens[a.FirstToken - 1].Pos == UniversalPos.NOUN && TokenFeatures.Get(tokens[a.FirstToken - 1], "Case") == "Gen";
            if (agent is null || a.Kind != ArgumentKind.Mention || a.Preposition is not null || !(a.Case is "Gen" or null || apposition)) return;
            if (a.Type is EntityType.Location or EntityType.Country && (agent.EntityIndex < 0 || agent.EntityIndex != a.EntityIndex)) output.Add(new RuleTriple(Predicate.Attacks, agent, a));
            return;
        }
    }

    /// <summary>
    /// "дрони ГУР", "ракети Росії", "авіаносець США": a weapon with a genitive state or organization right after it is
    /// theirs, unless a supply noun governs the weapon ("постачання зброї Росії": Росії is the recipient's dative).
    /// </summary>
    private static void GenitiveOwners(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, List<RuleTriple> output)
    {
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            var weapon = arguments[i];
            var owner = arguments[i + 1];
            if (weapon.Type != EntityType.Weapon || weapon.Kind != ArgumentKind.Mention || owner.FirstToken != weapon.EndToken) continue;
            if (weapon.FirstToken > 0 && SupplyNouns.Contains(TokenFeatures.LemmaOf(tokens[weapon.FirstToken - 1]))) continue;
            if (owner.Kind != ArgumentKind.Mention || owner.Case is not ("Gen" or null) || owner.Preposition is not null) continue;
            if (owner.Type is EntityType.Country or EntityType.Organization || owner.IsCapital) output.Add(new RuleTriple(Predicate.Possesses, owner, weapon));
        }
    }

    /// <summary>
    /// "російський дрон поцілив", "дрони ГУР уразили": when the agent was read off a weapon that is the subject (its
    /// nationality adjective or genitive owner), the agent uses that weapon.
    /// </summary>
    private static void AgentWeapon(List<ArgumentCandidate> arguments, ArgumentCandidate agent, int verb, List<RuleTriple> output)
    {
        int at = arguments.IndexOf(agent);
        if (agent.Kind == ArgumentKind.Adjective && at + 1 < arguments.Count && arguments[at + 1] is { Type: EntityType.Weapon, Kind: ArgumentKind.Mention } carried
            && carried.FirstToken - agent.EndToken <= 1 && carried.EndToken <= verb)
        {
            output.Add(new RuleTriple(Predicate.Uses, agent, carried));
        }
        else if (agent.Kind == ArgumentKind.Mention && at > 0 && arguments[at - 1] is { Type: EntityType.Weapon, Kind: ArgumentKind.Mention } owned && owned.EndToken == agent.FirstToken)
        {
            output.Add(new RuleTriple(Predicate.Uses, agent, owned));
        }
    }

    /// <summary>"новим безпілотником «Молнія»": a weapon name right after an instrumental weapon noun is an instrument too.</summary>
    private static bool NamesInstrumentalWeapon(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, ArgumentCandidate name)
    {
        int at = arguments.IndexOf(name);
        if (at <= 0 || name.Case is not null || name.Preposition is not null) return false;
        var before = arguments[at - 1];
        if (before.Type != EntityType.Weapon || before.Case != "Ins") return false;
        for (int i = before.EndToken; i < name.FirstToken; i++)
        {
            if (!IsQuote(tokens[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// "Пхеньян може збільшити постачання снарядів", "поставки зброї від Німеччини": the genitive weapons right after a
    /// supply noun are supplied by the state or organization named with від/з after them, or else by the clause's
    /// nominative subject when only verbs and link words stand between it and the noun, or else by the state of a
    /// nationality adjective on the noun or the weapons ("американські поставки зброї", "відправка іранських ракет").
    /// </summary>
    private static void SupplyNoun(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        var weapons = new List<ArgumentCandidate>();
        ArgumentCandidate? giver = null;
        int next = noun + 1;
        foreach (var a in arguments)
        {
            if (a.FirstToken < next) continue;
            if (a.FirstToken - next > 2) break;
            if (a.Type == EntityType.Weapon && a.Kind == ArgumentKind.Mention && a.Case is "Gen" or null && a.Preposition is null)
            {
                weapons.Add(a);
                next = a.EndToken;
                continue;
            }
            if (weapons.Count == 0 && a.Kind == ArgumentKind.Adjective) continue; // "північнокорейських снарядів"
            // "постачання Іраном ракет": the instrumental agent of the noun, before what it supplies
            if (weapons.Count == 0 && giver is null && a.Case == "Ins" && a.Preposition is null && a.Kind == ArgumentKind.Mention && CueRules.IsParty(a))
            {
                giver = a;
                next = a.EndToken;
                continue;
            }
            // "передачі Україні своїх гаубиць": the dative recipient may come first
            if (weapons.Count == 0 && a.Case == "Dat" && a.Preposition is null && a.Type is EntityType.Country or EntityType.Organization)
            {
                next = a.EndToken;
                continue;
            }
            if (weapons.Count > 0 && a.Preposition is "від" or "з" or "із" && a.Kind == ArgumentKind.Mention && (a.Type is EntityType.Country or EntityType.Organization || a.IsCapital)) giver = a;
            break;
        }
        if (weapons.Count == 0) return;
        if (giver is null)
        {
            for (int i = arguments.Count - 1; i >= 0; i--)
            {
                var a = arguments[i];
                if (a.EndToken > noun) continue;
                if (noun - a.EndToken > 5) break;
                bool verb = false;
                for (int k = a.EndToken; k < noun; k++)
                {
                    if (tokens[k].Kind == TokenKind.Punctuation) return;
                    verb |= tokens[k].Pos == UniversalPos.VERB;
                }
                if (verb && a.Case is "Nom" or null && a.Preposition is null && a.Kind != ArgumentKind.Adjective
                    && (a.Type is EntityType.Country or EntityType.Organization || a.IsCapital) && !ReceivesBefore(tokens, a, weapons[0]))
                {
                    giver = a;
                }
                break;
            }
        }
        // "американські поставки зброї", "відправка північнокорейських снарядів": a nationality adjective on the noun or on the weapons
        giver ??= SupplyRules.NationalityBefore(arguments, noun)
                  ?? arguments.Find(a => a.Kind == ArgumentKind.Adjective && a.Type == EntityType.Country && a.FirstToken > noun && a.EndToken <= weapons[0].FirstToken);
        if (giver is null) return;
        foreach (var weapon in weapons) output.Add(new RuleTriple(Predicate.Supplies, giver, weapon));
    }

    /// <summary>"Росіяни накопичили крилаті ракети", "армія РФ має на озброєнні …": the nominative subject holds the weapons of its clause.</summary>
    private static void Possesses(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        // "має намір передати", "має змогу": мати with an abstract noun is no holding
        if (verb + 1 < sentence.EndToken && TokenFeatures.LemmaOf(tokens[verb]) == "мати"
            && TokenFeatures.LemmaOf(tokens[verb + 1]) is "намір" or "змога" or "можливість" or "право" or "бажання" or "план" or "потреба" or "час")
        {
            return;
        }
        var owners = GiversBefore(tokens, sentence, arguments, verb);
        if (owners.Count == 0) return;
        bool instrumental = TokenFeatures.LemmaOf(tokens[verb]) == "володіти";
        int clauseEnd = ClauseEnd(tokens, sentence, verb);
        foreach (var weapon in arguments)
        {
            if (weapon.FirstToken <= verb || weapon.FirstToken >= clauseEnd || weapon.FirstToken - verb > 6) continue;
            if (weapon.Type != EntityType.Weapon || weapon.Kind != ArgumentKind.Mention || weapon.Preposition is not null) continue;
            if (weapon.Case is "Dat" or "Loc" || (weapon.Case == "Ins" && !instrumental)) continue;
            foreach (var owner in owners)
            {
                if (owner.Type != EntityType.Person) output.Add(new RuleTriple(Predicate.Possesses, owner, weapon));
            }
        }
    }

    /// <summary>"Пенза лежить у західній частині Росії", "база, розташована в Румунії": the nominative place or organization lies in the place after the cue.</summary>
    private static void Location(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        ArgumentCandidate? inner = null;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > cue) continue;
            int end = a.EndToken;
            while (end < cue && TokenFeatures.IsQuote(tokens[end])) end++; // аеродром «Енгельс» розташований
            bool participle = tokens[cue].Pos == UniversalPos.ADJ && end + 1 == cue && tokens[end].Text == ",";
            if (!participle && (!OnlyLinkWords(tokens, end, cue, allowAdverbs: true) || a.Case is not ("Nom" or null) || a.Preposition is not null)) break;
            if (a.Type is EntityType.Location or EntityType.Organization && a.Kind == ArgumentKind.Mention) inner = a;
            break;
        }
        if (inner is null) return;
        foreach (var outer in arguments)
        {
            if (outer.FirstToken <= cue) continue;
            if (outer.FirstToken - cue > 6) return;
            if (outer.Type is not (EntityType.Location or EntityType.Country) || outer.Kind != ArgumentKind.Mention) continue;
            bool governed = outer.Preposition is "у" or "в" or "на"
                || (outer.FirstToken >= 2 && PartNouns.Contains(TokenFeatures.LemmaOf(tokens[outer.FirstToken - 1])) && PrepositionNear(tokens, outer.FirstToken - 1));
            if (governed && (inner.EntityIndex < 0 || inner.EntityIndex != outer.EntityIndex)) output.Add(new RuleTriple(Predicate.LocatedIn, inner, outer));
            return;
        }
    }

    /// <summary>An у/в/на within two words before token <paramref name="at"/> ("у західній частині").</summary>
    private static bool PrepositionNear(ReadOnlySpan<Token> tokens, int at)
    {
        for (int i = at - 1; i >= 0 && i >= at - 2; i--)
        {
            if (tokens[i].Pos == UniversalPos.ADP) return TokenFeatures.LemmaOf(tokens[i]) is "у" or "в" or "на";
            if (tokens[i].Pos != UniversalPos.ADJ) return false;
        }
        return false;
    }

    /// <summary>"Польща може передати Україні своїх гаубиць": "свій" on a weapon points to the clause's nominative state or organization.</summary>
    private static void OwnWeapon(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int own, List<RuleTriple> output)
    {
        ArgumentCandidate? weapon = null;
        foreach (var a in arguments)
        {
            if (a.FirstToken > own && a.FirstToken - own <= 2 && a.Type == EntityType.Weapon && a.Kind == ArgumentKind.Mention)
            {
                weapon = a;
                break;
            }
        }
        if (weapon is null) return;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > own) continue;
            for (int k = a.EndToken; k < own; k++)
            {
                if (tokens[k].Kind == TokenKind.Punctuation) return;
            }
            if (a.Case is "Nom" or null && a.Preposition is null && a.Kind is ArgumentKind.Mention or ArgumentKind.Pronoun && (a.Type is EntityType.Country or EntityType.Organization || a.IsCapital))
            {
                output.Add(new RuleTriple(Predicate.Possesses, a, weapon));
                return;
            }
        }
    }

    /// <summary>True when <paramref name="place"/> is the container part of a split place mention (the inner part is the one meant).</summary>
    private static bool IsContainer(List<ArgumentCandidate> arguments, ArgumentCandidate place) => arguments.Exists(a => a.ContainedIn == place);

    /// <summary>"по кораблю USS Mason": a name right after a common noun in an oblique case belongs to that noun's phrase.</summary>
    private static bool AppositionToOblique(ReadOnlySpan<Token> tokens, ArgumentCandidate name) =>
        name.FirstToken > 0 && tokens[name.FirstToken - 1].Pos == UniversalPos.NOUN && TokenFeatures.Get(tokens[name.FirstToken - 1], "Case") is "Dat" or "Loc" or "Ins";

    private static bool IsQuote(in Token token) => TokenFeatures.IsQuote(token);

    /// <summary>The subject of a destroying verb, or null (see <see cref="Destroyed"/>).</summary>
    private static ArgumentCandidate? DestroyerBefore(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, bool weaponIsNeverObject = false)
    {
        int index = -1;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].EndToken <= verb)
            {
                index = i;
                break;
            }
        }
        if (index < 0) return null;
        // "окупанти для ударів по Запоріжжю стали застосовувати": prepositional phrases stand between subject and verb
        while (index > 0 && arguments[index].Preposition is not null && arguments[index].Type != EntityType.Weapon && arguments[index - 1].EndToken <= arguments[index].FirstToken) index--;
        var candidate = arguments[index];
        // "Протиповітряній обороні (ППО) вдалося збити": the bracketed abbreviation repeats the name before it
        if (index > 0 && candidate.FirstToken >= 1 && tokens[candidate.FirstToken - 1].Text == "(" && arguments[index - 1].EndToken == candidate.FirstToken - 1
            && candidate.EndToken < sentence.EndToken && tokens[candidate.EndToken].Text == ")")
        {
            candidate = arguments[--index];
        }
        if (verb - candidate.EndToken > 10) return null;
        bool managed = false;
        for (int i = candidate.EndToken; i < verb; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text is "," or ";" or ":" or "." or "—" or "–" or "?" or "!") return null;
            if (TokenFeatures.LemmaOf(token) is "вдатися" or "вдаватися" or "змогти" or "могти" or "зуміти") managed = true;
        }
        // "дрони ГУР уразили": a weapon in the nominative with its genitive owner right after it
        if (candidate.Case is "Gen" or null && candidate.Type is EntityType.Organization or EntityType.Country && candidate.Kind == ArgumentKind.Mention
            && index > 0 && arguments[index - 1] is { Type: EntityType.Weapon, Case: "Nom" or null } agent && agent.EndToken == candidate.FirstToken)
        {
            return candidate;
        }
        // "американські військові кораблі збили": the nationality of a ship or aircraft that is the subject
        // (a verb of attacking governs a target, so a weapon before it is its subject even when read as accusative or
        // genitive: "російський дрон вдарив", "російські ракети влучили")
        if (candidate.Type == EntityType.Weapon && (candidate.Case is "Nom" or null || (weaponIsNeverObject && candidate.Case is "Acc" or "Gen" && candidate.Preposition is null))
            && index > 0 && arguments[index - 1] is { Kind: ArgumentKind.Adjective } owner
            && candidate.FirstToken - owner.EndToken <= 1)
        {
            candidate = owner;
        }
        if (!(candidate.Type is EntityType.Organization or EntityType.Country || candidate.IsCapital) || candidate.Preposition is not null) return null;
        return candidate.Case is "Nom" or null || (candidate.Case == "Dat" && managed) ? candidate : null;
    }

    /// <summary>The end of the objects of a verb that may list them through colons and semicolons ("знищили: 19 танків; 51 БМП").</summary>
    private static int ListEnd(ReadOnlySpan<Token> tokens, Sentence sentence, int verb)
    {
        for (int i = verb + 1; i < sentence.EndToken; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text == "," && i + 1 < sentence.EndToken && TokenFeatures.LemmaOf(tokens[i + 1]) is "який" or "що" or "щоб" or "але" or "а" or "коли" or "де" or "після") return i;
            if (token.Pos == UniversalPos.VERB && TokenFeatures.Get(token, "VerbForm") == "Fin") return i;
        }
        return sentence.EndToken;
    }

    /// <summary>
    /// Containment stated by adjacency: the parts of a split place mention; a place followed by a genitive
    /// administrative phrase ("Куп'янськ Харківської області") or a district followed by its city's genitive; a place
    /// followed by "у/в/на" and a region ("у Шостці на Сумщині", "в Курахівській громаді"); a place with its state or
    /// region in brackets or after a comma at the end of a clause ("у Ріо-де-Жанейро (Бразилія)", "в Арлінгтоні, США");
    /// a nationality adjective on a place ("у російській Пензі") or on a company-like noun before an organization
    /// ("російської компанії «Сирник»").
    /// </summary>
    private static void LocatedIn(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, List<RuleTriple> output)
    {
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            var inner = arguments[i];
            var outer = arguments[i + 1];
            if (inner.ContainedIn == outer)
            {
                output.Add(new RuleTriple(Predicate.LocatedIn, inner, outer));
                continue;
            }
            if (inner.Kind == ArgumentKind.Adjective && inner.State is not null && outer.Kind == ArgumentKind.Mention)
            {
                bool place = outer.Type == EntityType.Location && !outer.IsCapital
                    && (outer.FirstToken == inner.EndToken || OnlyPlaceNouns(tokens, inner.EndToken, outer.FirstToken)); // "в іспанському порту Рота"
                bool company = outer.Type == EntityType.Organization && outer.FirstToken > inner.EndToken && OnlyInstitutionNouns(tokens, inner.EndToken, outer.FirstToken);
                if (place || company) output.Add(new RuleTriple(Predicate.LocatedIn, outer, inner));
                continue;
            }
            if (inner.Type != EntityType.Location || inner.Kind != ArgumentKind.Mention || outer.Kind != ArgumentKind.Mention) continue;
            if (outer.Type == EntityType.Location && outer.FirstToken == inner.EndToken && outer.Case == "Gen" && outer.Preposition is null
                && (ArgumentPhrases.IsAdministrativePhrase(tokens, outer.FirstToken, outer.EndToken) || ArgumentPhrases.EndsWithDistrictNoun(tokens, inner.FirstToken, inner.EndToken)))
            {
                output.Add(new RuleTriple(Predicate.LocatedIn, inner, outer));
            }
            else if (outer.Type == EntityType.Location && outer.FirstToken == inner.EndToken + 1 && outer.Preposition is "у" or "в" or "на"
                && (ArgumentPhrases.IsAdministrativePhrase(tokens, outer.FirstToken, outer.EndToken) || IsRegionName(tokens, outer)))
            {
                output.Add(new RuleTriple(Predicate.LocatedIn, inner, outer));
            }
            else if (outer.Type is EntityType.Location or EntityType.Country && outer.FirstToken == inner.EndToken + 1 && outer.Preposition is "у" or "в"
                && outer.Case is "Loc" or null && inner.Preposition is null)
            {
                // "місто Каспійськ у Дагестані", "порт Ходейда в Ємені"; "у Львові в Ужгороді" is a list as often as not
                output.Add(new RuleTriple(Predicate.LocatedIn, inner, outer));
            }
            else if (outer.Type == EntityType.Country && outer.FirstToken == inner.EndToken && outer.Preposition is null
                && (outer.Case == "Gen" || (outer.Case is null && (outer.EndToken >= tokens.Length || tokens[outer.EndToken].Pos != UniversalPos.VERB))))
            {
                output.Add(new RuleTriple(Predicate.LocatedIn, inner, outer)); // "у Пензенську область РФ"
            }
            else if (outer.Type is EntityType.Location or EntityType.Country && outer.FirstToken == inner.EndToken + 1 && outer.EndToken < tokens.Length
                && ((tokens[inner.EndToken].Text == "(" && tokens[outer.EndToken].Text == ")" && char.IsUpper(tokens[outer.FirstToken].Text[0]))
                    || (tokens[inner.EndToken].Text == "," && outer.Type == EntityType.Country && outer.Case is "Nom" or null && tokens[outer.EndToken].Text is "." or "," or ";" or ")")))
            {
                output.Add(new RuleTriple(Predicate.LocatedIn, inner, outer));
            }
        }
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "місто", "село", "селище", "порт", "острів", "курортний", "портовий", "прикордонний", "обласний", "районний", "аеродром",
        "база", "регіон", "область", "район", "столиця", "курорт", "півострів",
    };

    /// <summary>[from, to) holds one or two place words in lower case ("порту", "курортного острова").</summary>
    private static bool OnlyPlaceNouns(ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from is < 1 or > 2) return false;
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || char.IsUpper(tokens[i].Text[0]) || !PlaceNouns.Contains(TokenFeatures.LemmaOf(tokens[i]))) return false;
        }
        return true;
    }

    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.Ordinal)
    {
        "компанія", "кіностудія", "проєкт", "проект", "концерн", "банк", "клуб", "виробник", "корпорація", "холдинг",
        "агентство", "інститут", "видання", "телеканал", "газета", "підприємство", "завод", "партія", "організація",
    };

    /// <summary>[from, to) holds one or two words, the last an institution noun, with quotes allowed ("компанії «Сирник»").</summary>
    private static bool OnlyInstitutionNouns(ReadOnlySpan<Token> tokens, int from, int to)
    {
        bool noun = false;
        int words = 0;
        for (int i = from; i < to; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text is "«" or "\"" or "„" or "“") continue;
            if (token.Kind != TokenKind.Word || ++words > 2) return false;
            noun = InstitutionNouns.Contains(TokenFeatures.LemmaOf(token)) || token.Text.Contains("проєкт", StringComparison.OrdinalIgnoreCase);
        }
        return noun;
    }

    /// <summary>A one-word region in "-щина" (Харківщині, Сумщині).</summary>
    private static bool IsRegionName(ReadOnlySpan<Token> tokens, ArgumentCandidate place) =>
        place.EndToken - place.FirstToken == 1 && TokenFeatures.LemmaOf(tokens[place.FirstToken]).EndsWith("щина", StringComparison.Ordinal);

    /// <summary>
    /// "X постачає/передав/надасть (Y-у) зброю": X nominative before the verb, every weapon of the clause after it; the
    /// same roles give PRODUCES for a production verb and SEEKS for a request or purchase ("Україна попросила у США Patriot").
    /// </summary>
    private static void Supplies(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output, Predicate predicate = Predicate.Supplies)
    {
        var givers = GiversBefore(tokens, sentence, arguments, verb);
        if (givers.Count == 0 && MainVerbOfSubjectlessClause(tokens, sentence, verb) is int main) givers = GiversBefore(tokens, sentence, arguments, main);
        int clauseEnd = ClauseEnd(tokens, sentence, verb);
        // "Україні передадуть комплекси IRIS-T від Німеччини": with no subject, the від provider in the clause gives
        if (givers.Count == 0 && predicate == Predicate.Supplies
            && arguments.Find(a => a.FirstToken > verb && a.FirstToken < clauseEnd && SupplyRules.IsProvider(a)) is { } provider)
        {
            givers = [provider];
        }
        if (givers.Count == 0) return;
        bool any = false;
        foreach (var weapon in arguments)
        {
            if (weapon.FirstToken <= verb || weapon.FirstToken >= clauseEnd) continue;
            if (weapon.Type != EntityType.Weapon || weapon.Kind != ArgumentKind.Mention) continue;
            if (weapon.Case is "Dat" or "Ins" or "Loc" || weapon.Preposition is not null) continue;
            if (weapon.Case == "Gen" && !SupplyRules.GenitiveObject(tokens, weapon.FirstToken)) continue; // "виділить кошти на виробництво озброєння"
            foreach (var giver in givers) output.Add(new RuleTriple(predicate, giver, weapon));
            any = true;
        }
        if (!any && RelativeAntecedent(tokens, arguments, givers[^1]) is { } antecedent)
        {
            foreach (var giver in givers) output.Add(new RuleTriple(predicate, giver, antecedent));
        }
    }

    /// <summary>"відправити на фронт", "кинути в бій": a sending verb followed by where the fighting is.</summary>
    private static bool IntoAction(ReadOnlySpan<Token> tokens, Sentence sentence, int verb)
    {
        if (TokenFeatures.LemmaOf(tokens[verb]) is not ("відправити" or "відправляти" or "кинути" or "кидати" or "перекинути" or "перекидати")) return false;
        for (int i = verb + 1; i + 1 < sentence.EndToken && i <= verb + 4; i++)
        {
            if (TokenFeatures.LemmaOf(tokens[i]) is "на" or "в" or "у" && TokenFeatures.LemmaOf(tokens[i + 1]) is "фронт" or "передова" or "бій") return true;
        }
        return false;
    }

    private static bool IntoAir(ReadOnlySpan<Token> tokens, Sentence sentence, int verb) =>
        verb + 2 < sentence.EndToken && TokenFeatures.LemmaOf(tokens[verb + 1]) is "в" or "у" && TokenFeatures.LemmaOf(tokens[verb + 2]) == "повітря";

    /// <summary>"гаубиці, які ми передаємо": the weapon a relative "який" before the subject stands for, or null.</summary>
    private static ArgumentCandidate? RelativeAntecedent(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, ArgumentCandidate firstGiver)
    {
        int relative = firstGiver.FirstToken - 1;
        // with a subject of its own the clause's "який" is the object (nominative and accusative look alike: які)
        if (relative < 2 || TokenFeatures.LemmaOf(tokens[relative]) != "який" || TokenFeatures.Get(tokens[relative], "Case") is not ("Acc" or "Nom")
            || tokens[relative - 1].Text != ",")
        {
            return null;
        }
        foreach (var a in arguments)
        {
            if (a.EndToken == relative - 1 && a.Type == EntityType.Weapon && a.Kind == ArgumentKind.Mention) return a;
        }
        return null;
    }

    /// <summary>
    /// "виробництво дронів у Росії": the genitive weapons right after the noun are produced by the state named with у/в;
    /// "Rheinmetall побудує завод із виробництва снарядів", "КНДР налагодила виробництво ракет": failing that, by the
    /// nominative subject of the clause's verb before the noun.
    /// </summary>
    private static void ProductionIn(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        var weapons = new List<ArgumentCandidate>();
        ArgumentCandidate? place = null;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= cue) continue;
            if (weapons.Count == 0)
            {
                if (a.Type != EntityType.Weapon || a.Case != "Gen" || a.FirstToken - cue > 2) return;
                weapons.Add(a);
                continue;
            }
            if (a.FirstToken - weapons[^1].EndToken > 1) break;
            if (a.Type == EntityType.Weapon && a.Case is "Gen" or null)
            {
                weapons.Add(a); // "виробництва ракет Іскандер": the class phrase and the model
                continue;
            }
            if (a.Type is EntityType.Country or EntityType.Organization && a.Preposition is "у" or "в" && a.Kind == ArgumentKind.Mention) place = a;
            break;
        }
        if (weapons.Count == 0) return;
        if (place is not null)
        {
            foreach (var weapon in weapons) output.Add(new RuleTriple(Predicate.Produces, place, weapon));
            return;
        }
        if (VerbBefore(tokens, sentence, cue) is not int verb) return;
        foreach (var producer in GiversBefore(tokens, sentence, arguments, verb))
        {
            if (producer.Type == EntityType.Person) continue;
            foreach (var weapon in weapons) output.Add(new RuleTriple(Predicate.Produces, producer, weapon));
        }
    }

    /// <summary>The finite verb or infinitive governing the noun at <paramref name="cue"/>: the nearest before it with no clause break between.</summary>
    private static int? VerbBefore(ReadOnlySpan<Token> tokens, Sentence sentence, int cue)
    {
        for (int i = cue - 1; i >= sentence.FirstToken && i >= cue - 6; i--)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Punctuation) return null;
            if (token.Pos == UniversalPos.VERB && TokenFeatures.Get(token, "VerbForm") is "Fin" or "Inf") return i;
        }
        return null;
    }

    /// <summary>
    /// "Іран заперечує, що передавав ракети": a "що" clause with no subject of its own before its verb shares the main
    /// clause's subject; the main clause's verb right before the comma, or null.
    /// </summary>
    private static int? MainVerbOfSubjectlessClause(ReadOnlySpan<Token> tokens, Sentence sentence, int verb)
    {
        int i = verb - 1;
        int finite = verb;
        while (i > sentence.FirstToken && tokens[i].Pos is UniversalPos.ADV or UniversalPos.PART) i--;
        // "що зможе передати": a finite modal verb before the infinitive carries the agreement
        if (i > sentence.FirstToken && tokens[i].Pos == UniversalPos.VERB && TokenFeatures.Get(tokens[i], "VerbForm") == "Fin"
            && TokenFeatures.Get(tokens[verb], "VerbForm") == "Inf")
        {
            finite = i--;
            while (i > sentence.FirstToken && tokens[i].Pos is UniversalPos.ADV or UniversalPos.PART) i--;
        }
        if (i - 2 < sentence.FirstToken || TokenFeatures.LemmaOf(tokens[i]) != "що" || tokens[i - 1].Text != ",") return null;
        // the subject is shared only when the verbs agree in number
        ref readonly var main = ref tokens[i - 2];
        if (main.Pos != UniversalPos.VERB || TokenFeatures.Get(main, "VerbForm") != "Fin") return null;
        return TokenFeatures.Get(main, "Number") == TokenFeatures.Get(tokens[finite], "Number") ? i - 2 : null;
    }

    /// <summary>The nominative state, organization or person right before the verb, with those coordinated with it (США та Велика Британія).</summary>
    internal static List<ArgumentCandidate> GiversBefore(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb)
    {
        var givers = new List<ArgumentCandidate>();
        int next = verb;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > next) continue;
            if (givers.Count == 0 && a.Kind == ArgumentKind.Adjective && a.Case is "Nom" or null && NominativeHeadThenLink(tokens, a.EndToken, next))
            {
                givers.Add(a); // "російська оборонно-промислова база може виробляти": the adjective names the maker
                break;
            }
            if (!OnlyLinkWords(tokens, a.EndToken, next, allowAdverbs: givers.Count == 0)) break;
            if (a.Case is not ("Nom" or null) || a.Preposition is not null) break;
            if (!(a.Type is EntityType.Country or EntityType.Organization or EntityType.Person || a.IsCapital) || a.Kind == ArgumentKind.Adjective) break;
            // "Як повідомляє Reuters, Іран передав": a name right after a verb is that verb's subject, not one of these givers
            if (givers.Count > 0 && a.FirstToken > sentence.FirstToken && tokens[a.FirstToken - 1].Pos is UniversalPos.VERB or UniversalPos.AUX) break;
            givers.Add(a);
            next = a.FirstToken;
        }
        return givers;
    }

    /// <summary>[from, to) is a nominative noun phrase (adjectives, then one or two nouns) followed only by link words.</summary>
    private static bool NominativeHeadThenLink(ReadOnlySpan<Token> tokens, int from, int to)
    {
        int i = from;
        while (i < to && tokens[i].Pos == UniversalPos.ADJ && TokenFeatures.Get(tokens[i], "Case") is "Nom" or null) i++;
        int nouns = 0;
        while (i < to && tokens[i].Pos == UniversalPos.NOUN && TokenFeatures.Get(tokens[i], "Case") == "Nom" && nouns < 2)
        {
            i++;
            nouns++;
        }
        return nouns > 0 && OnlyLinkWords(tokens, i, to, allowAdverbs: true);
    }

    /// <summary>
    /// True when the tokens in [from, to) only join a subject to its verb or to a coordinated subject: conjunctions,
    /// commas between coordinated names, and (before the verb) adverbs, particles, modal and auxiliary words.
    /// </summary>
    private static bool OnlyLinkWords(ReadOnlySpan<Token> tokens, int from, int to, bool allowAdverbs)
    {
        if (to - from > 6) return false;
        for (int i = from; i < to; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Text != "," || allowAdverbs) return false;
                continue;
            }
            if (token.Pos is UniversalPos.CCONJ) continue;
            if (!allowAdverbs) return false;
            if (token.Pos is UniversalPos.ADV or UniversalPos.PART or UniversalPos.AUX) continue;
            if (i > from && tokens[i - 1].Normalized.Equals("поки", StringComparison.OrdinalIgnoreCase) && token.Normalized == "що") continue; // "поки що"
            // "може/планує/зможе передати": a finite modal verb before the supply verb's infinitive
            if (token.Pos == UniversalPos.VERB && i + 1 < tokens.Length && TokenFeatures.Get(tokens[to], "VerbForm") == "Inf") continue;
            if (token.Pos == UniversalPos.ADP || token.Pos == UniversalPos.NOUN || token.Pos == UniversalPos.NUM)
            {
                // a time phrase between subject and verb ("у 2023 році", "цього тижня") keeps the link
                if (IsTimeWord(token)) continue;
            }
            return false;
        }
        return true;
    }

    private static bool IsTimeWord(in Token token) => token.Pos == UniversalPos.NUM || token.Pos == UniversalPos.ADP
        || TokenFeatures.LemmaOf(token) is "рік" or "тиждень" or "місяць" or "день" or "час";

    /// <summary>The end of the clause that starts at <paramref name="from"/>: a relative word, a new finite verb after a comma, or a semicolon.</summary>
    internal static int ClauseEnd(ReadOnlySpan<Token> tokens, Sentence sentence, int from)
    {
        for (int i = from + 1; i < sentence.EndToken; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text is ";" or ":" or "—" or "–") return i;
            if (token.Text == "," && i + 1 < sentence.EndToken && TokenFeatures.LemmaOf(tokens[i + 1]) is "який" or "що" or "щоб" or "але" or "а" or "коли" or "де") return i;
            if (token.Pos == UniversalPos.VERB && TokenFeatures.Get(token, "VerbForm") == "Fin") return i;
        }
        return sentence.EndToken;
    }

    /// <summary>"X прибув до Y", "X перебуває з візитом у Y", "X відвідав Y": the nearest nominative person before the cue visits the place after it.</summary>
    private static void Visit(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        ArgumentCandidate? visitor = null;
        foreach (var a in arguments)
        {
            if (a.EndToken > cue) break;
            if (a.Type == EntityType.Person && a.Kind is ArgumentKind.Mention or ArgumentKind.Pronoun && a.Case is "Nom" or null && a.Preposition is null) visitor = a;
        }
        int clauseEnd = ClauseEnd(tokens, sentence, cue);
        if (visitor is null)
        {
            InvertedVisit(tokens, sentence, arguments, cue, clauseEnd, output);
            return;
        }
        bool verb = tokens[cue].Pos == UniversalPos.VERB;
        foreach (var place in arguments)
        {
            if (place.FirstToken <= cue || place.FirstToken >= clauseEnd || place.FirstToken - cue > 6) continue;
            if (place.Type is not (EntityType.Location or EntityType.Country) || place.Kind != ArgumentKind.Mention) continue;
            bool governed = place.Preposition is "до" or "у" or "в" || (verb && place.Preposition is null && place.Case is "Acc" or null);
            if (!governed) continue;
            output.Add(new RuleTriple(Predicate.Visited, visitor, place));
            return;
        }
    }

    /// <summary>
    /// "До Києва прибув держсекретар США Ентоні Блінкен": the place with до/у/в before the verb, the nominative person
    /// after it (past the title words), the place at most three words before the verb.
    /// </summary>
    private static void InvertedVisit(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, int clauseEnd, List<RuleTriple> output)
    {
        if (tokens[cue].Pos != UniversalPos.VERB) return;
        ArgumentCandidate? place = null;
        foreach (var a in arguments)
        {
            if (a.EndToken > cue) break;
            place = a;
        }
        if (place is null || place.Type is not (EntityType.Location or EntityType.Country) || place.Kind != ArgumentKind.Mention
            || place.Preposition is not ("до" or "у" or "в") || cue - place.EndToken > 3)
        {
            return;
        }
        for (int t = place.EndToken; t < cue; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) return;
        }
        foreach (var a in arguments)
        {
            if (a.FirstToken <= cue) continue;
            if (a.FirstToken >= clauseEnd || a.FirstToken - cue > 5) return;
            if (a.Type == EntityType.Person && a.Kind == ArgumentKind.Mention && a.Case is "Nom" or null && a.Preposition is null)
            {
                output.Add(new RuleTriple(Predicate.Visited, a, place));
                return;
            }
        }
    }

    private static readonly HashSet<string> PostingTitles = new(StringComparer.Ordinal)
    {
        "посол", "посолка", "амбасадор", "консул", "генконсул", "повпред", "представник", "представниця", "аташе",
    };

    /// <summary>"Посол США в Україні …": the place of a diplomat's posting, part of the title, is not where a meeting is held.</summary>
    private static bool IsPostingPlace(ReadOnlySpan<Token> tokens, ArgumentCandidate place)
    {
        int preposition = place.FirstToken - 1;
        for (int i = preposition - 1; i >= 0 && i >= preposition - 3; i--)
        {
            if (PostingTitles.Contains(TokenFeatures.LemmaOf(tokens[i]))) return true;
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
        }
        return false;
    }

    /// <summary>A meeting held "у/в" a place: its nominative participant visits the place, and so does a partner tied to another state.</summary>
    private static void MeetingPlace(
        ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments,
        Func<ArgumentCandidate, string?> stateOf, Func<ArgumentCandidate, string?> isoOfPlace, List<RuleTriple> output)
    {
        int meeting = -1;
        for (int t = sentence.FirstToken; t < sentence.EndToken && meeting < 0; t++)
        {
            if (MeetingWords.Contains(TokenFeatures.LemmaOf(tokens[t]))) meeting = t;
        }
        if (meeting < 0) return;
        ArgumentCandidate? place = null;
        foreach (var a in arguments)
        {
            if (a.Type is EntityType.Location or EntityType.Country && a.Kind == ArgumentKind.Mention && a.Preposition is "у" or "в" && a.Case is "Loc" or null
                && !IsPostingPlace(tokens, a))
            {
                place = a;
                break;
            }
        }
        if (place is null) return;
        string? placeIso = isoOfPlace(place);
        foreach (var person in arguments)
        {
            if (person.Type != EntityType.Person || person.Kind is not (ArgumentKind.Mention or ArgumentKind.Pronoun)) continue;
            string? home = stateOf(person);
            if (home is not null && placeIso is not null && home == placeIso) continue;
            bool visitor = person.Case is "Nom" or null && person.Preposition is null
                ? true
                : home is not null && placeIso is not null;
            if (visitor) output.Add(new RuleTriple(Predicate.Visited, person, place));
        }
    }

    /// <summary>
    /// Whether <paramref name="giver"/> is the subject of a receiving verb before <paramref name="thing"/> (Київ очікує
    /// поставки ракет; Україна отримала снаряди): the one who receives is not the one who supplies.
    /// </summary>
    public static bool ReceivesBefore(ReadOnlySpan<Token> tokens, ArgumentCandidate giver, ArgumentCandidate thing)
    {
        if (giver.EndToken > thing.FirstToken) return false;
        for (int t = giver.EndToken; t < thing.FirstToken && t < tokens.Length; t++)
        {
            if (tokens[t].Lemma is { } lemma && ReceivingVerbs.Contains(lemma)) return true;
        }
        return false;
    }
}
