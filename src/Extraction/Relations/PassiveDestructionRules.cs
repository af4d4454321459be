using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// DESTROYED in the passive: "МТ-ЛБ була уражена бійцями ЗСУ", "силами ППО збито 20 дронів", "ракету знищено
/// Повітряними силами". The state or force named in the instrumental (directly, or as the genitive owner of an
/// instrumental noun: бійцями ЗСУ, силами ППО) destroyed the weapons of the clause. Without an agent there is no triple.
/// </summary>
internal static class PassiveDestructionRules
{
    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "уражений", "вражений", "знищений", "збитий", "підбитий", "знешкоджений", "перехоплений", "спалений",
    };

    /// <summary>Most words between the cue and its agent or weapon on either side.</summary>
    private const int Reach = 6;

    /// <summary>Adds the triples of the sentence to <paramref name="output"/>.</summary>
    public static void Find(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, List<RuleTriple> output)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            ref readonly var token = ref tokens[t];
            string lemma = TokenFeatures.LemmaOf(token);
            bool participle = token.Pos == UniversalPos.ADJ && Participles.Contains(lemma);
            bool impersonal = token.Pos == UniversalPos.VERB && TokenFeatures.Get(token, "Person") == "0" && ArgumentRoleRules.DestroyVerbs.Contains(lemma);
            if (!participle && !impersonal) continue;
            if (AgentOf(tokens, sentence, arguments, t) is not { } agent) continue;
            foreach (var weapon in arguments)
            {
                if (weapon.Type != EntityType.Weapon || weapon.Kind != ArgumentKind.Mention || weapon.Preposition is not null) continue;
                if (weapon.Case is "Dat" or "Ins" or "Loc" || Math.Abs(weapon.FirstToken - t) > Reach || Crosses(tokens, weapon, t)) continue;
                output.Add(new RuleTriple(Predicate.Destroyed, agent, weapon));
            }
        }
    }

    /// <summary>The instrumental agent around the cue, or the genitive owner of an instrumental noun there.</summary>
    private static ArgumentCandidate? AgentOf(ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, int cue)
    {
        foreach (var a in arguments)
        {
            if (a.Kind != ArgumentKind.Mention || a.Preposition is not null || Math.Abs(a.FirstToken - cue) > Reach || Crosses(tokens, a, cue)) continue;
            if (!CueRules.IsParty(a)) continue;
            if (a.Case == "Ins") return a;
            int before = a.FirstToken - 1;
            if (a.Case is "Gen" or null && before > sentence.FirstToken && tokens[before].Pos == UniversalPos.NOUN && TokenFeatures.Get(tokens[before], "Case") == "Ins") return a;
        }
        return null;
    }

    /// <summary>Whether a clause break (a comma, semicolon, dash or colon) stands between the argument and the cue.</summary>
    private static bool Crosses(ReadOnlySpan<Token> tokens, ArgumentCandidate a, int cue)
    {
        int from = Math.Min(a.EndToken, cue + 1), to = Math.Max(a.FirstToken, cue);
        for (int t = from; t < to; t++)
        {
            if (tokens[t].Text is "," or ";" or ":" or "—" or "–") return true;
        }
        return false;
    }
}
