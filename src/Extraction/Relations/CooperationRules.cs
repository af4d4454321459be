using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// COOPERATES_WITH read from the shape of a group: the states a forming verb lists ("вісь, яку утворюють A, B та C",
/// "A, B та C утворили блок") and the list a bloc noun introduces after a dash or colon ("вісь зла – A, B, C") are
/// members of one bloc and cooperate pairwise. Also says which pairs never cooperate however a sentence speaks of help:
/// the enemy a side is helped against, two parties that both receive the same help, and two partners of one side.
/// </summary>
internal static class CooperationRules
{
    /// <summary>Verbs whose subject, a coordinated list of states, forms a group together.</summary>
    private static readonly HashSet<string> FormingVerbs = new(StringComparer.Ordinal)
    {
        "утворювати", "утворити", "формувати", "сформувати",
    };

    /// <summary>Nouns naming a bloc whose members may follow after a dash or colon.</summary>
    private static readonly HashSet<string> BlocNouns = new(StringComparer.Ordinal)
    {
        "вісь", "блок", "коаліція", "альянс", "союз", "тріо",
    };

    /// <summary>Adds the triples of one sentence (arguments in text order) to <paramref name="output"/>.</summary>
    public static void Find(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, List<RuleTriple> output)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Kind != TokenKind.Word) continue;
            string lemma = TokenFeatures.LemmaOf(token);
            if (token.Pos == UniversalPos.VERB && FormingVerbs.Contains(lemma)) FormingList(tokens, arguments, t, output);
            else if (token.Pos == UniversalPos.NOUN && BlocNouns.Contains(lemma)) BlocMembers(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.NOUN && lemma is "допомога" or "підтримка") HelpAgent(tokens, sentence, arguments, t, output);
            if (token.Pos == UniversalPos.NOUN && lemma == "гарант") Guarantor(tokens, arguments, t, output);
            else if (lemma is "підтримуваний" or "підтримуватися") SupportedBy(tokens, sentence, arguments, t, output);
            else if (lemma is "бік" && t > sentence.FirstToken && TokenFeatures.LemmaOf(tokens[t - 1]) == "на") OnTheSideOf(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && lemma == "залежати") DependsOn(tokens, arguments, t, output);
            else if (DeployWords.Contains(lemma)) ForeignForces(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.NOUN && JointNouns.Contains(lemma)) OwnerWithPartner(tokens, arguments, t, output);
            else if (token.Pos == UniversalPos.NOUN && lemma is "організатор" or "співорганізатор") Organizers(tokens, sentence, arguments, t, output);
            else if (token.Pos == UniversalPos.VERB && lemma is "надати" or "надавати" or "передати" or "передавати") GivesResources(tokens, sentence, arguments, t, output);
        }
    }

    /// <summary>"X є гарантом безпеки Y": the guarantor before the noun and the state guarded after it.</summary>
    private static void Guarantor(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        var guarantor = PartyBefore(tokens, arguments, noun, 4);
        var guarded = PartyAfter(arguments, noun, 3, a => a.Case is "Gen" or null);
        Pair(guarantor, guarded, output);
    }

    /// <summary>
    /// "підтримувана урядом Китаю група X", "фонд X, що підтримується урядом Японії": the instrumental supporter (or the
    /// state of a government noun in the instrumental) and the party supported.
    /// </summary>
    private static void SupportedBy(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        ArgumentCandidate? supporter = null;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= cue) continue;
            if (a.FirstToken - cue > 2 || a.Preposition is not null || a.Kind != ArgumentKind.Mention || !CueRules.IsParty(a)) break;
            bool government = a.FirstToken == cue + 2 && GovernmentNouns.Contains(TokenFeatures.LemmaOf(tokens[cue + 1])) && TokenFeatures.Get(tokens[cue + 1], "Case") == "Ins";
            if (a.FirstToken == cue + 1 || government) supporter = a;
            break;
        }
        if (supporter is null) return;
        ArgumentCandidate? supported = null;
        if (tokens[cue].Pos == UniversalPos.ADJ)
        {
            supported = PartyAfter(arguments, supporter.EndToken - 1, 3, a => a.Case is "Nom" or "Acc" or null); // "підтримувана урядом Китаю група X"
        }
        else if (cue - 2 >= sentence.FirstToken && TokenFeatures.LemmaOf(tokens[cue - 1]) is "що" or "який" && tokens[cue - 2].Text == ",")
        {
            foreach (var a in arguments)
            {
                if (a.EndToken == cue - 2 && CueRules.IsParty(a) && a.Kind == ArgumentKind.Mention) supported = a; // "фонд X, що підтримується"
            }
        }
        Pair(supporter, supported, output);
    }

    private static readonly HashSet<string> FightVerbs = new(StringComparer.Ordinal)
    {
        "воювати", "битися", "боротися", "виступати", "виступити", "стати", "стояти", "перебувати", "діяти",
    };

    /// <summary>"північнокорейських військових, що воюють на боці Росії": who fights on a state's side cooperates with it.</summary>
    private static void OnTheSideOf(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int side, List<RuleTriple> output)
    {
        var ally = PartyAfter(arguments, side, 1, a => a.Case is "Gen" or null);
        if (ally is null) return;
        int verb = side - 2;
        if (verb < sentence.FirstToken || tokens[verb].Pos != UniversalPos.VERB || !FightVerbs.Contains(TokenFeatures.LemmaOf(tokens[verb]))) return;
        ArgumentCandidate? fighter = null;
        foreach (var a in arguments)
        {
            if (a.EndToken > verb || verb - a.EndToken > 4 || !CueRules.IsParty(a)) continue;
            fighter = a; // the nearest before the verb: "X воюють", "серед X-их військових, що воюють"
        }
        if (fighter is null) return;
        bool relative = TokenFeatures.LemmaOf(tokens[verb - 1]) is "що" or "який";
        if (fighter.Preposition is not null && !relative) return; // a relative clause's subject is its antecedent, whatever its case
        for (int i = fighter.EndToken; i < verb; i++)
        {
            string lemma = TokenFeatures.LemmaOf(tokens[i]);
            if (tokens[i].Text != "," && lemma is not ("що" or "який") && !(tokens[i].Pos is UniversalPos.NOUN or UniversalPos.ADV or UniversalPos.PART && !char.IsUpper(tokens[i].Text[0]))) return;
        }
        Pair(fighter, ally, output);
    }

    /// <summary>"Україна залежить від Вашингтона", "України, яка залежить від X": the dependent state and the one it depends on.</summary>
    private static void DependsOn(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        var patron = PartyAfter(arguments, verb, 2, a => a.Preposition == "від");
        if (patron is null) return;
        ArgumentCandidate? dependent = null;
        if (verb >= 2 && TokenFeatures.LemmaOf(tokens[verb - 1]) is "що" or "який" && tokens[verb - 2].Text == ",")
        {
            foreach (var a in arguments)
            {
                if (a.EndToken == verb - 2 && CueRules.IsParty(a) && a.Kind == ArgumentKind.Mention) dependent = a;
            }
        }
        dependent ??= PartyBefore(tokens, arguments, verb, 3);
        Pair(dependent, patron, output);
    }

    /// <summary>Verbs and nouns of putting another state's forces to use.</summary>
    private static readonly HashSet<string> DeployWords = new(StringComparer.Ordinal)
    {
        "перекинути", "перекидати", "залучити", "залучати", "залучення", "використати", "використовувати", "використання",
    };

    private static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal)
    {
        "війська", "військо", "військовий", "солдат", "боєць", "найманець", "підрозділ", "контингент",
    };

    /// <summary>
    /// "Росія перекинула на фронт війська КНДР", "залучення Росією військ КНДР": the state that deploys another state's
    /// forces (named by a genitive after the force noun or a nationality adjective before it) cooperates with that state.
    /// </summary>
    private static void ForeignForces(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue, List<RuleTriple> output)
    {
        bool noun = tokens[cue].Pos == UniversalPos.NOUN;
        if (!noun && tokens[cue].Pos != UniversalPos.VERB) return;
        ArgumentCandidate? user = noun
            ? PartyAfter(arguments, cue, 1, a => a.Case is "Ins" && a.Kind == ArgumentKind.Mention)
            : PartyBefore(tokens, arguments, cue, 4);
        if (user is null) return;
        int from = noun ? user.EndToken : cue + 1;
        for (int i = from; i < sentence.EndToken && i <= from + 4; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return;
            if (tokens[i].Pos != UniversalPos.NOUN || !ForceNouns.Contains(TokenFeatures.LemmaOf(tokens[i]))) continue;
            foreach (var a in arguments)
            {
                bool owner = (a.FirstToken == i + 1 && a.Kind == ArgumentKind.Mention && a.Preposition is null && a.Case is "Gen" or "Ins" or null)
                    || (a.EndToken == i && a.Kind == ArgumentKind.Adjective);
                if (owner && CueRules.IsParty(a)) Pair(user, a, output);
            }
            return;
        }
    }

    /// <summary>Nouns of a joint undertaking whose genitive owner may be followed by its partner with з ("програма МВФ з Україною").</summary>
    private static readonly HashSet<string> JointNouns = new(StringComparer.Ordinal)
    {
        "програма", "проєкт", "співпраця", "співробітництво", "угода", "партнерство", "договір", "меморандум", "контракт",
    };

    /// <summary>"програма МВФ з Україною", "угода США з Україною": the genitive owner right after the noun and the partner right after it.</summary>
    private static void OwnerWithPartner(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        var owner = PartyAfter(arguments, noun, 1, a => a.Kind == ArgumentKind.Mention && a.Case is "Gen" or "Nom" or null && a.FirstToken == noun + 1);
        if (owner is null) return;
        var partner = PartyAfter(arguments, owner.EndToken - 1, 1, a => a.Preposition is "з" or "із" or "зі" && a.FirstToken == owner.EndToken + 1);
        Pair(owner, partner, output);
    }

    /// <summary>"Організаторами форуму є A та B": the listed co-organizers of one event cooperate pairwise.</summary>
    private static void Organizers(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        for (int i = noun + 1; i < sentence.EndToken && i <= noun + 12; i++)
        {
            if (tokens[i].Text is "," or ";" or ":" or "." or "—" or "–") return;
            if (TokenFeatures.LemmaOf(tokens[i]) is "є" or "бути" && tokens[i].Pos is UniversalPos.AUX or UniversalPos.VERB)
            {
                Pairwise(ListAfter(tokens, arguments, i + 1, maxGap: 0), output);
                return;
            }
        }
    }

    /// <summary>The nominative party before <paramref name="cue"/>, joined to it by at most <paramref name="maxGap"/> words without punctuation.</summary>
    private static ArgumentCandidate? PartyBefore(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int cue, int maxGap)
    {
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > cue) continue;
            bool fits = CueRules.IsParty(a) && a.Kind != ArgumentKind.Adjective && a.Preposition is null && a.Case is "Nom" or null
                && CueRules.Links(tokens, a.EndToken, cue, maxGap, allowWords: true);
            return fits ? a : null;
        }
        return null;
    }

    /// <summary>The first party starting after <paramref name="cue"/> within <paramref name="maxGap"/> words, if it meets <paramref name="condition"/>.</summary>
    private static ArgumentCandidate? PartyAfter(List<ArgumentCandidate> arguments, int cue, int maxGap, Func<ArgumentCandidate, bool> condition)
    {
        foreach (var a in arguments)
        {
            if (a.FirstToken <= cue) continue;
            return a.FirstToken - cue - 1 <= maxGap && CueRules.IsParty(a) && condition(a) ? a : null;
        }
        return null;
    }

    private static void Pair(ArgumentCandidate? a, ArgumentCandidate? b, List<RuleTriple> output)
    {
        if (a is null || b is null || a == b || (a.EntityIndex >= 0 && a.EntityIndex == b.EntityIndex)) return;
        output.Add(a.FirstToken <= b.FirstToken ? new RuleTriple(Predicate.CooperatesWith, a, b) : new RuleTriple(Predicate.CooperatesWith, b, a));
    }

    /// <summary>Head nouns of a government a state's genitive may follow as the actor ("режим Північної Кореї", "уряд Японії").</summary>
    private static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal)
    {
        "режим", "уряд", "влада", "керівництво",
    };

    private static readonly HashSet<string> SendingVerbs = new(StringComparer.Ordinal)
    {
        "відправити", "відправляти", "направити", "направляти", "надіслати", "надсилати", "кинути", "перекинути", "прийти",
    };

    /// <summary>
    /// A help or support noun with its giver named beside the recipient: "допомога Україні з боку США", "підтримка Кремля
    /// Китаєм", "підтримка США України" (giver, then recipient), "американська допомога Україні", and "X відправив війська
    /// на допомогу Y": the giver and the recipient cooperate.
    /// </summary>
    private static void HelpAgent(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        ArgumentCandidate? recipient = null, giver = null, byAgent = null;
        int end = Math.Min(sentence.EndToken, noun + 8);
        foreach (var a in arguments)
        {
            if (a.FirstToken <= noun || a.FirstToken >= end || !CueRules.IsParty(a) || a.Kind == ArgumentKind.Pronoun) continue;
            if (!NoBreak(tokens, noun + 1, a.FirstToken)) break;
            if (a.FirstToken >= 2 && TokenFeatures.LemmaOf(tokens[a.FirstToken - 1]) == "бік" && TokenFeatures.LemmaOf(tokens[a.FirstToken - 2]) is "з" or "із" or "зі")
            {
                byAgent = a; // "з боку X"
                break;
            }
            if (recipient is null)
            {
                if (a.Preposition is not null || a.Kind != ArgumentKind.Mention || a.FirstToken - noun > 2) break;
                if (a.Case is "Dat" or "Gen" or null) recipient = a;
                else break;
                continue;
            }
            if (a.Preposition is null && a.Kind == ArgumentKind.Mention && a.FirstToken == recipient.EndToken)
            {
                if (a.Case == "Ins") byAgent = a; // "підтримка Кремля Китаєм"
                else if (a.Case is "Gen" && recipient.Case is "Gen" or null) (byAgent, recipient) = (recipient, a); // "підтримка США України"
            }
            break;
        }
        if (recipient is null) return;
        if (byAgent is not null)
        {
            giver = byAgent;
        }
        else if (noun > sentence.FirstToken && ContinuationNouns.Contains(TokenFeatures.LemmaOf(tokens[noun - 1])) && recipient.Case is "Gen" or null)
        {
            giver = PartyBefore(tokens, arguments, noun - 1, 4); // "США націлені на продовження підтримки України"
        }
        else if (AdjectiveBefore(tokens, arguments, noun) is { } adjective && recipient.Case is "Dat")
        {
            giver = adjective; // "американська допомога Україні"
        }
        else if (noun > sentence.FirstToken && TokenFeatures.LemmaOf(tokens[noun - 1]) == "на" && recipient.Case is "Dat" or "Gen" or null)
        {
            giver = SenderBefore(tokens, sentence, arguments, noun - 1); // "відправив свої війська на допомогу Росії"
        }
        if (giver is null || giver == recipient || (giver.EntityIndex >= 0 && giver.EntityIndex == recipient.EntityIndex)) return;
        output.Add(new RuleTriple(Predicate.CooperatesWith, giver, recipient));
    }

    /// <summary>Verbal nouns of giving or keeping up help, whose genitive is the help ("продовження підтримки України").</summary>
    private static readonly HashSet<string> ContinuationNouns = new(StringComparer.Ordinal)
    {
        "надання", "продовження", "посилення", "збільшення", "нарощування", "відновлення",
    };

    /// <summary>Things a state gives another that are neither weapons nor the words "help"/"support": intelligence and money.</summary>
    private static readonly HashSet<string> ResourceNouns = new(StringComparer.Ordinal)
    {
        "дані", "розвідданий", "розвіддані", "розвідка", "інформація", "кошти", "кошт", "гроші", "фінансування", "кредит", "грант", "транш",
        "позика",
    };

    /// <summary>"Росія надавала хуситам супутникові дані", "ЄС передав Україні кошти": the giver and the dative recipient cooperate.</summary>
    private static void GivesResources(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        ArgumentCandidate? recipient = null;
        foreach (var a in arguments)
        {
            if (a.FirstToken <= verb || a.Kind == ArgumentKind.Adjective) continue; // "єменським хуситам": the noun's case counts
            // a feminine dative may read as a locative
            if (a.FirstToken - verb <= 2 && CueRules.IsParty(a) && a.Case is "Dat" or "Loc" && a.Preposition is null) recipient = a;
            break;
        }
        if (recipient is null) return;
        bool resource = false;
        for (int i = recipient.EndToken; i < sentence.EndToken && i <= recipient.EndToken + 3; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) break;
            if (tokens[i].Pos == UniversalPos.NOUN && ResourceNouns.Contains(TokenFeatures.LemmaOf(tokens[i])))
            {
                resource = true;
                break;
            }
        }
        if (resource) Pair(PartyBefore(tokens, arguments, verb, 4), recipient, output);
    }

    /// <summary>No punctuation in [from, to).</summary>
    private static bool NoBreak(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
        }
        return true;
    }

    /// <summary>A nationality adjective on the noun, at most one other adjective between ("американська військова допомога").</summary>
    private static ArgumentCandidate? AdjectiveBefore(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int noun)
    {
        foreach (var a in arguments)
        {
            if (a.Kind != ArgumentKind.Adjective || a.EndToken > noun) continue;
            if (a.EndToken == noun || (a.EndToken == noun - 1 && tokens[noun - 1].Pos == UniversalPos.ADJ)) return a;
        }
        return null;
    }

    /// <summary>The nominative state, organization or government ("Режим Північної Кореї") that is the subject of a sending verb before <paramref name="before"/>.</summary>
    private static ArgumentCandidate? SenderBefore(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int before)
    {
        int verb = -1;
        for (int i = before - 1; i >= sentence.FirstToken && i >= before - 5; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return null;
            if (tokens[i].Pos == UniversalPos.VERB && SendingVerbs.Contains(TokenFeatures.LemmaOf(tokens[i])))
            {
                verb = i;
                break;
            }
        }
        if (verb < 0) return null;
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > verb) continue;
            if (!CueRules.IsParty(a) || a.Preposition is not null || a.Kind == ArgumentKind.Adjective || !CueRules.Links(tokens, a.EndToken, verb, 4, allowWords: true)) return null;
            if (a.Case is "Nom" or null) return a;
            // "Режим Північної Кореї відправив": the genitive state after a government noun in the nominative
            bool government = a.Case == "Gen" && a.FirstToken > sentence.FirstToken && GovernmentNouns.Contains(TokenFeatures.LemmaOf(tokens[a.FirstToken - 1]))
                && TokenFeatures.Get(tokens[a.FirstToken - 1], "Case") is "Nom" or null;
            return government ? a : null;
        }
        return null;
    }

    /// <summary>"яку утворюють A, B та C", "A, B та C утворили коаліцію": the coordinated subject right after or right before the verb.</summary>
    private static void FormingList(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int verb, List<RuleTriple> output)
    {
        var members = ListAfter(tokens, arguments, verb + 1, maxGap: 1);
        if (members.Count < 2) members = ListBefore(tokens, arguments, verb);
        Pairwise(members, output);
    }

    /// <summary>"вісь зла – A, B, C": a dash or colon up to three words after the bloc noun opens the list of members.</summary>
    private static void BlocMembers(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int noun, List<RuleTriple> output)
    {
        for (int i = noun + 1; i < sentence.EndToken && i <= noun + 3; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text is "–" or "—" or ":")
            {
                Pairwise(ListAfter(tokens, arguments, i + 1, maxGap: 0), output);
                return;
            }
            if (token.Kind != TokenKind.Word || token.Pos is not (UniversalPos.NOUN or UniversalPos.ADJ)) return;
        }
    }

    /// <summary>The coordinated nominative parties starting at most <paramref name="maxGap"/> words after <paramref name="from"/>.</summary>
    private static List<ArgumentCandidate> ListAfter(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int from, int maxGap)
    {
        var members = new List<ArgumentCandidate>();
        foreach (var a in arguments)
        {
            if (a.FirstToken < from) continue;
            if (members.Count == 0 ? a.FirstToken - from > maxGap || !CueRules.Links(tokens, from, a.FirstToken, maxGap, allowWords: true)
                : !CueRules.Coordinated(tokens, members[^1].EndToken, a.FirstToken))
            {
                break;
            }
            if (!IsListMember(a)) break;
            members.Add(a);
        }
        return members;
    }

    /// <summary>The coordinated nominative parties ending right before <paramref name="verb"/> (adverbs and particles may stand between).</summary>
    private static List<ArgumentCandidate> ListBefore(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, int verb)
    {
        var members = new List<ArgumentCandidate>();
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            var a = arguments[i];
            if (a.EndToken > verb) continue;
            bool linked = members.Count == 0 ? OnlyAdverbs(tokens, a.EndToken, verb) : CueRules.Coordinated(tokens, a.EndToken, members[^1].FirstToken);
            if (!linked || !IsListMember(a)) break;
            members.Add(a);
        }
        members.Reverse();
        return members;
    }

    private static bool OnlyAdverbs(ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from > 2) return false;
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Pos is not (UniversalPos.ADV or UniversalPos.PART)) return false;
        }
        return true;
    }

    /// <summary>A state or organization named without a preposition, in a case a subject can take (the tagger reads some nominatives as accusatives or genitives).</summary>
    private static bool IsListMember(ArgumentCandidate a) =>
        CueRules.IsParty(a) && a.Kind is ArgumentKind.Mention && a.Preposition is null && a.Case is "Nom" or "Acc" or "Gen" or null;

    /// <summary>Every pair of a list of two or more members cooperates; at least one member must read as a subject.</summary>
    private static void Pairwise(List<ArgumentCandidate> members, List<RuleTriple> output)
    {
        if (members.Count < 2 || !members.Exists(m => m.Case is "Nom" or null)) return;
        for (int i = 0; i < members.Count; i++)
        {
            for (int j = i + 1; j < members.Count; j++)
            {
                if (members[i].EntityIndex < 0 || members[i].EntityIndex != members[j].EntityIndex) output.Add(new RuleTriple(Predicate.CooperatesWith, members[i], members[j]));
            }
        }
    }

    /// <summary>Nouns of aggression: their genitive or nationality adjective names the aggressor ("агресія РФ", "російські окупанти").</summary>
    private static readonly HashSet<string> AggressionNouns = new(StringComparer.Ordinal)
    {
        "агресія", "вторгнення", "напад", "окупація", "окупант", "агресор", "загарбник",
    };

    /// <summary>Words of fighting: a party named after them with з/із/зі/проти is the enemy ("у війні з РФ", "боротьба проти X").</summary>
    private static readonly HashSet<string> ConflictWords = new(StringComparer.Ordinal)
    {
        "війна", "боротьба", "бій", "протистояння", "конфлікт", "воювати", "боротися", "битися", "протистояти", "оборона",
        "захист", "агресія", "вторгнення",
    };

    /// <summary>Words of resisting: the dative or genitive party right after them is the enemy ("протистояти Росії").</summary>
    private static readonly HashSet<string> ResistWords = new(StringComparer.Ordinal)
    {
        "протистояти", "протидіяти", "протистояння", "протидія", "опір", "стримування", "стримувати",
    };

    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal)
    {
        "допомога", "підтримка", "допомагати", "допомогти", "підтримувати", "підтримати", "надати", "надавати",
    };

    /// <summary>
    /// True when the sentence rules out cooperation between <paramref name="a"/> and <paramref name="b"/> (a before b):
    /// either is the enemy of a fight or of aggression ("допомагає Україні у боротьбі з агресією РФ"), or both are
    /// coordinated recipients of one help ("допомагати як Україні, так і Ізраїлю", "підтримка Молдови та Грузії").
    /// </summary>
    public static bool RulesOut(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, ArgumentCandidate a, ArgumentCandidate b)
    {
        if (a.FirstToken > b.FirstToken) (a, b) = (b, a);
        return IsEnemy(tokens, sentence, a) || IsEnemy(tokens, sentence, b) || NoParty(tokens, sentence, arguments, a) || NoParty(tokens, sentence, arguments, b)
            || CoRecipients(tokens, sentence, a, b) || CoPartners(tokens, sentence, a, b);
    }

    /// <summary>Words of talks: a party named with з after them is only talked with ("веде переговори з Британією").</summary>
    private static readonly HashSet<string> TalkWords = new(StringComparer.Ordinal)
    {
        "переговори", "перемовини", "розмова", "зустріч", "зустрітися", "зустрічатися", "обговорити", "обговорювати", "діалог",
        "консультації", "поговорити", "розмовляти",
    };

    /// <summary>
    /// A word that names no party to a cooperation: a target of strikes ("удари по території РФ"), a nationality adjective
    /// on a weapon (its origin: "отримає більше американської зброї"), or a party only talked with ("переговори з X").
    /// </summary>
    private static bool NoParty(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, ArgumentCandidate x)
    {
        if (x.Preposition == "по") return true;
        int before = x.FirstToken - 1;
        if (before - 1 >= sentence.FirstToken && TokenFeatures.LemmaOf(tokens[before]) == "територія" && TokenFeatures.LemmaOf(tokens[before - 1]) == "по") return true;
        if (x.Kind == ArgumentKind.Adjective && arguments.Exists(w => w.Type == EntityType.Weapon && w.FirstToken == x.EndToken)) return true;
        if (x.Preposition is "з" or "із" or "зі")
        {
            for (int i = before - 1; i >= sentence.FirstToken && i >= before - 3; i--)
            {
                if (tokens[i].Kind == TokenKind.Punctuation) break;
                if (TalkWords.Contains(TokenFeatures.LemmaOf(tokens[i]))) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "співпрацює з Іраном і Сирією", "з Латвією, а також з Польщею": two partners of one side, coordinated after з, are
    /// not thereby partners of each other ("разом з A і B" lists one acting group and is left alone).
    /// </summary>
    private static bool CoPartners(ReadOnlySpan<Token> tokens, Sentence sentence, ArgumentCandidate a, ArgumentCandidate b)
    {
        if (!AfterWith(tokens, sentence, a)) return false;
        return (b.Preposition is null && b.Case == "Ins" && CueRules.Coordinated(tokens, a.EndToken, b.FirstToken))
            || (b.Preposition is "з" or "із" or "зі" && AlsoWith(tokens, a.EndToken, b.FirstToken));
    }

    /// <summary>The party is governed by з/із/зі, directly or as a later member of an instrumental list ("з Іраном, Сирією і X"), and no "разом"/"спільно" precedes.</summary>
    private static bool AfterWith(ReadOnlySpan<Token> tokens, Sentence sentence, ArgumentCandidate x)
    {
        if (x.Preposition is not ("з" or "із" or "зі") && x.Case != "Ins") return false;
        for (int i = x.FirstToken - 1; i >= sentence.FirstToken && i >= x.FirstToken - 12; i--)
        {
            ref readonly var token = ref tokens[i];
            if (token.Pos == UniversalPos.ADP)
            {
                if (TokenFeatures.LemmaOf(token) is not ("з" or "із" or "зі")) return false;
                return i == sentence.FirstToken || TokenFeatures.LemmaOf(tokens[i - 1]) is not ("разом" or "спільно");
            }
            if (token.Text == "," || token.Pos == UniversalPos.CCONJ || TokenFeatures.Get(token, "Case") == "Ins") continue;
            return false;
        }
        return false;
    }

    private static bool IsEnemy(ReadOnlySpan<Token> tokens, Sentence sentence, ArgumentCandidate x)
    {
        // "російській агресії", "російськими окупантами": the adjective on an aggression noun
        if (x.Kind == ArgumentKind.Adjective)
        {
            for (int i = x.EndToken; i < sentence.EndToken && i <= x.EndToken + 1; i++)
            {
                if (AggressionNouns.Contains(TokenFeatures.LemmaOf(tokens[i]))) return true;
                if (tokens[i].Pos != UniversalPos.ADJ) break;
            }
        }
        int before = x.FirstToken - 1;
        if (before < sentence.FirstToken) return false;
        string previous = TokenFeatures.LemmaOf(tokens[before]);
        // "агресією РФ", "протистояння Російській Федерації"
        if (x.Preposition is null && AggressionNouns.Contains(previous) && x.Case is "Gen" or null) return true;
        if (x.Preposition is null && ResistWords.Contains(previous) && x.Case is "Dat" or "Gen" or null) return true;
        // "у війні з РФ", "війни РФ з Україною", "боротьба проти X"
        return x.Preposition is "проти" ? AfterConflictWord(tokens, sentence, x) : FoughtWith(tokens, sentence, x);
    }

    /// <summary>
    /// "війна РФ з Україною", "у боротьбі з РФ": a party named with з/із/зі after a word of fighting is the other side of
    /// a fight without a direction (no cooperation, and no attack target either).
    /// </summary>
    public static bool FoughtWith(ReadOnlySpan<Token> tokens, Sentence sentence, ArgumentCandidate x) =>
        x.Preposition is "з" or "із" or "зі" && AfterConflictWord(tokens, sentence, x);

    /// <summary>A word of fighting up to four words before the preposition of <paramref name="x"/>, with no punctuation between.</summary>
    private static bool AfterConflictWord(ReadOnlySpan<Token> tokens, Sentence sentence, ArgumentCandidate x)
    {
        int preposition = x.FirstToken - 1;
        for (int i = preposition - 1; i >= sentence.FirstToken && i >= preposition - 4; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
            if (ConflictWords.Contains(TokenFeatures.LemmaOf(tokens[i]))) return true;
        }
        return false;
    }

    private static bool CoRecipients(ReadOnlySpan<Token> tokens, Sentence sentence, ArgumentCandidate a, ArgumentCandidate b)
    {
        // "для України та Молдови": both are what the thing is for
        if (a.Preposition == "для" && b.Preposition is null && b.Case is "Gen" or null && CueRules.Coordinated(tokens, a.EndToken, b.FirstToken)) return true;
        if (a.Preposition is not null || b.Preposition is not null || a.Case is not ("Dat" or "Gen") || b.Case is not ("Dat" or "Gen" or "Loc")) return false;
        if (!CueRules.Coordinated(tokens, a.EndToken, b.FirstToken) && !AsSo(tokens, a.EndToken, b.FirstToken)) return false;
        if (a.Case == "Dat") return true; // feminine datives read as genitives or locatives (Молдові та Грузії)
        if (b.Case != "Gen") return false;
        for (int i = a.FirstToken - 1; i >= sentence.FirstToken && i >= a.FirstToken - 3; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
            if (HelpWords.Contains(TokenFeatures.LemmaOf(tokens[i]))) return true;
        }
        return false;
    }

    /// <summary>"як Україні, так і Ізраїлю": [from, to) is ", так" or ", так і".</summary>
    private static bool AsSo(ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from is < 2 or > 3 || tokens[from].Text != "," || !tokens[from + 1].Text.Equals("так", StringComparison.OrdinalIgnoreCase)) return false;
        return to - from == 2 || tokens[from + 2].Text == "і";
    }

    /// <summary>"…, а також з Y", "… і з Y", "… та з Y": [from, to) joins a second partner to the first (the preposition itself ends it).</summary>
    public static bool AlsoWith(ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to - from is < 2 or > 4) return false;
        for (int i = from; i < to - 1; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text == "," || token.Pos == UniversalPos.CCONJ || (token.Pos == UniversalPos.ADV && TokenFeatures.LemmaOf(token) == "також")) continue;
            return false;
        }
        return true;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "що", "щоб", "який", "котрий", "коли", "якщо", "де", "бо", "адже", "хоча", "поки", "оскільки",
    };

    /// <summary>
    /// The nominative state or organization that opens the sentence and is the subject of every predicate up to the finite
    /// verb <paramref name="verb"/> ("Департамент надаватиме поради, а також співпрацюватиме з X"): no subordinate clause,
    /// dash, colon or other nominative party stands between; else null.
    /// </summary>
    public static ArgumentCandidate? SentenceSubject(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int verb)
    {
        if (tokens[verb].Pos != UniversalPos.VERB || TokenFeatures.Get(tokens[verb], "VerbForm") != "Fin") return null;
        ArgumentCandidate? subject = null;
        foreach (var a in arguments)
        {
            if (a.FirstToken >= verb) break;
            if (subject is null)
            {
                if (a.FirstToken > sentence.FirstToken + 1 || !IsListMember(a) || a.Case is not ("Nom" or null) || a.Kind != ArgumentKind.Mention) return null;
                subject = a;
            }
            else if (a.Case is "Nom" && a.Preposition is null) return null;
        }
        if (subject is null) return null;
        for (int i = subject.EndToken; i < verb; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text is "—" or "–" or ":" or ";" or "\"" or "«" or "»" || Subordinators.Contains(TokenFeatures.LemmaOf(token))) return null;
        }
        return subject;
    }
}
