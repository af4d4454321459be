using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// POSSESSES from the Ukrainian "у X є …" construction: "у Хезболли багато зброї", "у КНДР є ядерні ракети",
/// "наявність у Ізраїлю ядерної зброї". The state or organization in the genitive after у/в holds the weapons that follow.
/// </summary>
internal static class PossessionRules
{
    /// <summary>Words right after "у X" that state what X has.</summary>
    private static readonly HashSet<string> HavingWords = new(StringComparer.Ordinal)
    {
        "є", "бути", "багато", "чимало", "достатньо", "вистачати", "залишитися", "залишатися",
    };

    /// <summary>Most words between "у X" and the weapon (numbers, adjectives, ще, вже).</summary>
    private const int MaxGap = 4;

    /// <summary>Adds the triples of the sentence to <paramref name="output"/>.</summary>
    public static void Find(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments, List<RuleTriple> output)
    {
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            var owner = arguments[i];
            if (owner.Kind != ArgumentKind.Mention || owner.Preposition is not ("у" or "в") || owner.Case is not ("Gen" or "Loc" or null)) continue; // "у Росії" reads as either
            if (!CueRules.IsParty(owner)) continue;
            bool having = owner.FirstToken >= 2 && TokenFeatures.LemmaOf(tokens[owner.FirstToken - 2]) == "наявність";
            if (!having && (owner.EndToken >= tokens.Length || !HavingWords.Contains(TokenFeatures.LemmaOf(tokens[owner.EndToken])))) continue;
            var weapon = arguments[i + 1];
            if (weapon.Type != EntityType.Weapon || weapon.Kind != ArgumentKind.Mention || weapon.Preposition is not null) continue;
            if (weapon.FirstToken - owner.EndToken > MaxGap || !OnlyModifiers(tokens, owner.EndToken, weapon.FirstToken)) continue;
            output.Add(new RuleTriple(Predicate.Possesses, owner, weapon));
            // "ракет «Кинджал»": a model name right after the class phrase is held too
            for (int j = i + 2; j < arguments.Count && arguments[j] is { Type: EntityType.Weapon, Kind: ArgumentKind.Mention } named
                 && TokenFeatures.OnlyQuotes(tokens, arguments[j - 1].EndToken, named.FirstToken); j++)
            {
                output.Add(new RuleTriple(Predicate.Possesses, owner, named));
            }
        }
    }

    private static bool OnlyModifiers(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (tokens[t].Kind != TokenKind.Word && tokens[t].Kind != TokenKind.Number) return false;
            if (tokens[t].Pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADP && !HavingWords.Contains(TokenFeatures.LemmaOf(tokens[t]))) return false;
        }
        return true;
    }
}
