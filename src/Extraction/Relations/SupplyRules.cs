using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// SUPPLIES read where the giver is not the subject of a supply verb:
/// the receiving side ("Росія отримала від КНДР ракети": the provider named with від gives what the verb governs, and
/// the verb's subject is the recipient); a supply participle ("танки, передані Україні Німеччиною", "німецькі танки,
/// передані Україні", "надані США ракети": its instrumental agent, the provider named with від, or the weapon's
/// nationality adjective gives the weapon); and the contents of an aid package ("пакет допомоги від США включає ракети",
/// "новий пакет допомоги Німеччини містить IRIS-T": the package's giver supplies every weapon it contains); and help
/// given in weapons ("Японія допоможе Україні зенітними ракетами", "допомога засобами ППО від Німеччини").
/// </summary>
internal static class SupplyRules
{
    private static readonly HashSet<string> ReceivingVerbs = new(StringComparer.Ordinal)
    {
        "отримати", "отримувати", "одержати", "одержувати",
    };

    private static readonly HashSet<string> SupplyParticiples = new(StringComparer.Ordinal)
    {
        "переданий", "наданий", "поставлений", "відправлений", "доставлений", "проданий",
    };

    /// <summary>Verbs that list what a package holds: "пакет включає/містить/передбачає …", "до пакета увійдуть …".</summary>
    private static readonly HashSet<string> ContainVerbs = new(StringComparer.Ordinal)
    {
        "включати", "містити", "передбачати", "увійти", "входити",
    };

    private static readonly HashSet<string> PackageNouns = new(StringComparer.Ordinal) { "пакет", "допомога", "транш" };

    /// <summary>Verbs by which a giver makes a package public: "США оголосили новий пакет допомоги, який включає …".</summary>
    private static readonly HashSet<string> AnnouncingVerbs = new(StringComparer.Ordinal)
    {
        "оголосити", "оголошувати", "затвердити", "затверджувати", "схвалити", "схвалювати", "виділити", "виділяти",
        "підготувати", "готувати", "анонсувати", "представити", "надати", "надавати", "передати", "передавати", "відправити",
        "направити", "направляти", "надіслати", "ухвалити", "погодити",
    };

    /// <summary>
    /// Quantity words after which a genitive weapon is still what is handed over ("партію снарядів", "кілька танків"), as
    /// it is after a supply noun (<see cref="ArgumentRoleRules.SupplyNouns"/>: "просить про постачання гаубиць").
    /// </summary>
    private static readonly HashSet<string> QuantityWords = new(StringComparer.Ordinal)
    {
        "партія", "кількість", "кілька", "декілька", "тисяча", "мільйон", "сотня", "десяток", "одиниця", "батарея",
        "комплект", "більше", "понад", "частина", "кожний", "додатковий", "перший", "новий", "надлишок", "запас", "залишок",
    };

    /// <summary>Adds the SUPPLIES triples of one sentence (arguments in text order) to <paramref name="output"/>.</summary>
    public static void Find(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, List<RuleTriple> output)
    {
        if (!arguments.Exists(a => a.Type == EntityType.Weapon)) return;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Kind != TokenKind.Word) continue;
            string lemma = TokenFeatures.LemmaOf(token);
            string? form = TokenFeatures.Get(token, "VerbForm");
            if (token.Pos == UniversalPos.VERB && form is "Fin" or "Inf" && ReceivingVerbs.Contains(lemma)) ReceivedFrom(tokens, sentence, arguments, t, output);
            else if (form == "Part" && SupplyParticiples.Contains(lemma)) Participle(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && form is "Fin" or "Inf" && ContainVerbs.Contains(lemma)) PackageContents(tokens, sentence, arguments, t, output);
            else if (lemma is "допомогти" or "допомагати" or "допомога") HelpInWeapons(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && form == "Fin" && ArrivalVerbs.Contains(lemma)) Arrived(tokens, sentence, arguments, t, output);
        }
    }

    private static readonly HashSet<string> ArrivalVerbs = new(StringComparer.Ordinal)
    {
        "надійти", "надходити", "прибути", "прибувати", "потрапити", "потрапляти",
    };

    /// <summary>
    /// "В Україну надійшла партія снарядів від Чехії", "До Литви прибули танки з Польщі": weapons that arrive from a
    /// state or organization (від X, з X) are supplied by it, to the state they arrive in (до/в X).
    /// </summary>
    private static void Arrived(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        int from = verb, end = ArgumentRoleRules.ClauseEnd(tokens, sentence, verb);
        while (from > sentence.FirstToken && tokens[from - 1].Text is not ("," or ";" or ":" or "—" or "–")) from--;
        ArgumentCandidate? provider = null, recipient = null;
        var weapons = new List<ArgumentCandidate>();
        foreach (var a in arguments)
        {
            if (a.FirstToken < from || a.FirstToken >= end) continue;
            if (a.Type == EntityType.Weapon && a.Kind == ArgumentKind.Mention && a.Preposition is null && a.Case is "Nom" or "Gen" or null) weapons.Add(a);
            else if (IsProvider(a)) provider ??= a;
            else if (a.Preposition is "до" or "в" or "у" && (a.Type == EntityType.Country || a.IsCapital)) recipient ??= a;
        }
        if (provider is null) return;
        foreach (var weapon in weapons) output.Add(new RuleTriple(Predicate.Supplies, provider, weapon) { Counterpart = recipient });
    }

    /// <summary>"Україна отримала від Нідерландів перші F-16": the provider with від supplies the weapons the verb governs.</summary>
    private static void ReceivedFrom(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        int end = ArgumentRoleRules.ClauseEnd(tokens, sentence, verb);
        var provider = arguments.Find(a => a.FirstToken > verb && a.FirstToken < end && IsProvider(a));
        var recipients = ArgumentRoleRules.GiversBefore(tokens, sentence, arguments, verb);
        var recipient = recipients.Count > 0 ? recipients[0] : null;
        var weapons = GovernedWeapons(tokens, arguments, verb, end);
        // "Іран хоче отримати від Росії винищувачі": a wish to receive is the receiver seeking, nothing supplied yet
        if (WantedBefore(tokens, sentence, verb))
        {
            if (recipient is null) return;
            foreach (var weapon in weapons) output.Add(new RuleTriple(Predicate.Seeks, recipient, weapon));
            return;
        }
        // "Україна отримала перші французькі винищувачі": without "від X", the weapons' nationality names the provider
        provider ??= weapons.Count > 0 ? NationalityBefore(arguments, weapons[0].FirstToken) : null;
        if (provider is null) return;
        foreach (var weapon in weapons) output.Add(new RuleTriple(Predicate.Supplies, provider, weapon) { Counterpart = recipient });
    }

    private static readonly HashSet<string> WishVerbs = new(StringComparer.Ordinal)
    {
        "хотіти", "прагнути", "бажати", "намагатися", "сподіватися", "розраховувати", "просити", "попросити",
    };

    /// <summary>An infinitive right after a verb of wishing or asking ("хоче отримати", "просить надати").</summary>
    private static bool WantedBefore(ReadOnlySpan<Token> tokens, Sentence sentence, int verb)
    {
        if (TokenFeatures.Get(tokens[verb], "VerbForm") != "Inf") return false;
        for (int i = verb - 1; i >= sentence.FirstToken && i >= verb - 2; i--)
        {
            if (WishVerbs.Contains(TokenFeatures.LemmaOf(tokens[i]))) return true;
            if (tokens[i].Pos is not (UniversalPos.ADV or UniversalPos.PART)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Японія допоможе Україні зенітними ракетами", "допомога засобами ППО від Німеччини": weapons in the instrumental
    /// right after a verb or noun of help are supplied by the helper (the verb's subject, or the noun's від provider
    /// or nationality adjective); the dative is the recipient.
    /// </summary>
    private static void HelpInWeapons(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        var weapons = new List<ArgumentCandidate>();
        ArgumentCandidate? recipient = null, provider = null;
        int next = cue + 1;
        foreach (var a in arguments)
        {
            if (a.FirstToken < next) continue;
            if (a.FirstToken - next > 2) break;
            if (a.Case == "Dat" && a.Preposition is null && IsGiver(a) && weapons.Count == 0) recipient = a;
            else if (a.Type == EntityType.Weapon && a.Kind == ArgumentKind.Mention && a.Preposition is null && (a.Case == "Ins" || (a.Case is null && weapons.Count > 0))) weapons.Add(a);
            else if (a.Preposition == "від" && IsGiver(a) && weapons.Count > 0) provider = a;
            else if (a.Kind != ArgumentKind.Adjective) break;
            next = a.EndToken;
        }
        if (weapons.Count == 0) return;
        if (tokens[cue].Pos == UniversalPos.NOUN)
        {
            provider ??= NationalityBefore(arguments, cue);
        }
        else
        {
            var subjects = ArgumentRoleRules.GiversBefore(tokens, sentence, arguments, cue);
            provider ??= subjects.Count > 0 ? subjects[0] : null;
        }
        if (provider is null) return;
        foreach (var weapon in weapons) output.Add(new RuleTriple(Predicate.Supplies, provider, weapon) { Counterpart = recipient });
    }

    /// <summary>
    /// "танки, передані Україні Німеччиною", "німецькі танки, передані Україні", "поставленою нами зброєю": a supply
    /// participle ties the weapon it describes to its instrumental agent, its provider with від, or else the weapon's
    /// nationality adjective.
    /// </summary>
    private static void Participle(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int participle, List<RuleTriple> output)
    {
        var weapons = DescribedWeapons(tokens, arguments, participle);
        if (weapons.Count == 0) return;
        int phraseEnd = participle + 1;
        while (phraseEnd < sentence.EndToken && phraseEnd - participle <= 6 && tokens[phraseEnd].Kind != TokenKind.Punctuation
               && !weapons.Exists(w => w.FirstToken == phraseEnd))
        {
            phraseEnd++;
        }
        ArgumentCandidate? giver = null, recipient = null;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= participle || a.FirstToken >= phraseEnd) continue;
            if (a.Case == "Dat" && a.Preposition is null && IsGiver(a)) recipient ??= a;
            else if (((a.Case == "Ins" && a.Preposition is null) || a.Preposition == "від") && IsGiver(a)) giver ??= a;
        }
        giver ??= NationalityBefore(arguments, weapons.Min(w => w.FirstToken));
        if (giver is null) return;
        foreach (var weapon in weapons) output.Add(new RuleTriple(Predicate.Supplies, giver, weapon) { Counterpart = recipient });
    }

    /// <summary>
    /// The weapons a participle describes: those right before it with a comma between ("танки Leopard 2, передані"),
    /// or the first one right after its phrase ("надані США ракети", "поставленою нами зброєю").
    /// </summary>
    private static List<ArgumentCandidate> DescribedWeapons(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int participle)
    {
        var found = new List<ArgumentCandidate>();
        int at = participle;
        if (at - 1 >= 0 && tokens[at - 1].Text == ",") at--;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > at) continue;
            if (a.EndToken != at || a.Type != EntityType.Weapon || a.Kind != ArgumentKind.Mention) break;
            found.Add(a);
            at = a.FirstToken;
        }
        if (found.Count > 0) return found;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= participle) continue;
            if (a.FirstToken - participle > 3) break;
            if (a.Type == EntityType.Weapon && a.Kind == ArgumentKind.Mention && a.Preposition is null
                && (a.Case is null || a.Case == TokenFeatures.Get(tokens[participle], "Case")))
            {
                found.Add(a);
                break;
            }
        }
        return found;
    }

    /// <summary>"пакет допомоги від США включає ракети": the package's giver supplies every weapon the verb governs.</summary>
    private static void PackageContents(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        if (PackageBefore(tokens, sentence, verb) is not int package) return;
        ArgumentCandidate? giver = null, recipient = null;
        foreach (var a in arguments)
        {
            if (a.EndToken <= package && package - a.EndToken <= 1 && a.Kind == ArgumentKind.Adjective) giver = a; // "американський пакет"
            if (a.FirstToken <= package || a.FirstToken >= verb) continue;
            if (a.Case == "Dat" && a.Preposition is null && IsGiver(a)) recipient ??= a;
            else if ((a.Preposition == "від" || (a.Case is "Gen" or null && a.Preposition is null)) && a.Kind == ArgumentKind.Mention && IsGiver(a)) giver ??= a;
        }
        giver ??= AnnouncerOf(tokens, sentence, arguments, package);
        if (giver is null) return;
        int end = ArgumentRoleRules.ClauseEnd(tokens, sentence, verb);
        foreach (var weapon in GovernedWeapons(tokens, arguments, verb, end))
        {
            output.Add(new RuleTriple(Predicate.Supplies, giver, weapon) { Counterpart = recipient });
        }
    }

    /// <summary>
    /// The package noun whose contents the verb at <paramref name="verb"/> lists: the nearest before it in the same
    /// clause ("пакет допомоги … включає"), or the one a relative "який"/"до якого" refers to; never a sanctions package.
    /// </summary>
    private static int? PackageBefore(ReadOnlySpan<Token> tokens, Sentence sentence, int verb)
    {
        for (int i = verb - 1; i >= sentence.FirstToken && verb - i <= 12; i--)
        {
            ref readonly var token = ref tokens[i];
            string lemma = TokenFeatures.LemmaOf(token);
            if (lemma == "санкція") return null;
            if (PackageNouns.Contains(lemma) && token.Pos == UniversalPos.NOUN)
            {
                for (int k = i + 1; k < verb && k <= i + 4; k++)
                {
                    if (TokenFeatures.LemmaOf(tokens[k]) == "санкція") return null;
                }
                // "пакет допомоги": the package is the first of the two nouns
                return i > sentence.FirstToken && TokenFeatures.LemmaOf(tokens[i - 1]) is "пакет" or "транш" ? i - 1 : i;
            }
            if (token.Text is ";" or ":" or "." or "—" or "–") return null;
            if (token.Pos == UniversalPos.VERB && TokenFeatures.Get(token, "VerbForm") == "Fin") return null;
        }
        return null;
    }

    /// <summary>"США оголосили новий пакет допомоги, який включає …": the subject of the verb that makes the package public.</summary>
    private static ArgumentCandidate? AnnouncerOf(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int package)
    {
        for (int i = package - 1; i >= sentence.FirstToken && package - i <= 5; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return null;
            if (tokens[i].Pos != UniversalPos.VERB) continue;
            if (!AnnouncingVerbs.Contains(TokenFeatures.LemmaOf(tokens[i]))) return null;
            var givers = ArgumentRoleRules.GiversBefore(tokens, sentence, arguments, i);
            return givers.Count > 0 && givers[0].Type != EntityType.Person ? givers[0] : null;
        }
        return null;
    }

    /// <summary>
    /// The weapons a verb governs in (verb, end): no preposition, not dative, instrumental or locative, nor a genitive
    /// another noun governs; a model name right after a class phrase ("ракети ATACMS") goes with it.
    /// </summary>
    private static List<ArgumentCandidate> GovernedWeapons(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int verb, int end)
    {
        var weapons = new List<ArgumentCandidate>();
        ArgumentCandidate? previous = null;
        bool previousTaken = false;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= verb || a.FirstToken >= end) continue;
            if (a.Type != EntityType.Weapon || a.Kind != ArgumentKind.Mention)
            {
                previous = null;
                continue;
            }
            bool taken;
            if (a.Case is null && previous is not null && TokenFeatures.OnlyQuotes(tokens, previous.EndToken, a.FirstToken)) taken = previousTaken;
            else if (a.Preposition is not null || a.Case is "Dat" or "Ins" or "Loc") taken = false;
            else if (a.Case == "Gen") taken = GenitiveObject(tokens, a.FirstToken);
            else taken = true;
            if (taken) weapons.Add(a);
            previous = a;
            previousTaken = taken;
        }
        return weapons;
    }

    /// <summary>
    /// A genitive weapon is an object of its own unless a noun other than a quantity or supply noun governs it ("дозвіл на використання
    /// ракет"); the disambiguator also reads many plural accusatives as genitive singulars ("отримала ракети").
    /// </summary>
    internal static bool GenitiveObject(ReadOnlySpan<Token> tokens, int first)
    {
        for (int i = first - 1; i >= 0 && first - i <= 3; i--)
        {
            ref readonly var token = ref tokens[i];
            if (token.Pos == UniversalPos.ADJ) continue;
            if (token.Pos == UniversalPos.NUM) return true;
            if (HandsOver(TokenFeatures.LemmaOf(token))) return !GovernedByNoun(tokens, i); // "дозвіл на продаж гаубиць"
            // a name before the weapon does not govern it, even one the morphology stage read as a common noun ("від Пхеньяну ракети")
            return token.Pos != UniversalPos.NOUN || char.IsUpper(token.Text[0]);
        }
        return true;
    }

    private static bool HandsOver(string lemma) => QuantityWords.Contains(lemma) || ArgumentRoleRules.SupplyNouns.Contains(lemma);

    /// <summary>True when a common noun governs the word at <paramref name="at"/>, directly or through one preposition.</summary>
    private static bool GovernedByNoun(ReadOnlySpan<Token> tokens, int at)
    {
        int i = at - 1;
        while (i >= 0 && tokens[i].Pos == UniversalPos.ADJ) i--;
        if (i >= 0 && tokens[i].Pos == UniversalPos.ADP) i--;
        return i >= 0 && tokens[i].Pos == UniversalPos.NOUN && !HandsOver(TokenFeatures.LemmaOf(tokens[i]));
    }

    /// <summary>The nationality adjective right before the word at <paramref name="first"/> ("німецькі танки", "американські поставки"), standing for its state.</summary>
    internal static ArgumentCandidate? NationalityBefore(List<ArgumentCandidate> arguments, int first) =>
        arguments.Find(a => a.Kind == ArgumentKind.Adjective && a.Type == EntityType.Country && a.EndToken <= first && first - a.EndToken <= 1);

    /// <summary>"від X", or "з X" when X is a state or organization (not a place weapons come out of).</summary>
    internal static bool IsProvider(ArgumentCandidate a) =>
        IsGiver(a) && (a.Preposition == "від" || (a.Preposition is "з" or "із" or "зі" && a.Kind == ArgumentKind.Mention && a.Type != EntityType.Person));

    private static bool IsGiver(ArgumentCandidate a) =>
        a.Kind is ArgumentKind.Mention or ArgumentKind.Pronoun && (a.Type is EntityType.Country or EntityType.Organization or EntityType.Person || a.IsCapital);
}
