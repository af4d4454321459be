using Extraction.Entities;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>Which place may lie in which, by the administrative level its name's last noun gives (LOCATED_IN's sanity check).</summary>
internal static class PlaceLevels
{
    /// <summary>Administrative levels by the noun that ends a place name: 1 a region, 2 a district, 3 a community.</summary>
    private static readonly Dictionary<string, int> LevelNouns = new(StringComparer.Ordinal)
    {
        ["область"] = 1, ["обл"] = 1, ["край"] = 1, ["штат"] = 1, ["провінція"] = 1, ["воєводство"] = 1, ["губернія"] = 1,
        ["район"] = 2, ["повіт"] = 2, ["громада"] = 3,
    };

    /// <summary>
    /// Whether <paramref name="container"/> can contain <paramref name="place"/> by their levels: a state lies in
    /// nothing, a region only in a state ("Київську область" is not in "Київ", nor "Полтавській області" in "Харківської
    /// області"), a district never in another district. Places of unknown level may lie anywhere.
    /// </summary>
    public static bool MayContain(ReadOnlySpan<Token> tokens, ArgumentCandidate container, ArgumentCandidate place)
    {
        int outer = LevelOf(tokens, container), inner = LevelOf(tokens, place);
        return inner switch
        {
            0 => false,
            1 => outer == 0,
            2 => outer is not (2 or 3), // a district lies in a region or a city (Салтівський район Харкова)
            3 => outer != 3, // a community lies in a district (Курахівській громаді Покровського району)
            _ => true,
        };
    }

    /// <summary>0 a state, 1 a region, 2 a district, 3 a community, 4 any other place or organization.</summary>
    private static int LevelOf(ReadOnlySpan<Token> tokens, ArgumentCandidate argument)
    {
        if (argument.Type == EntityType.Country) return 0;
        if (argument.Kind != ArgumentKind.Mention) return 4;
        string last = TokenFeatures.LemmaOf(tokens[argument.EndToken - 1]);
        if (LevelNouns.TryGetValue(last, out int level)) return level;
        return argument.EndToken - argument.FirstToken == 1 && last.EndsWith("щина", StringComparison.Ordinal) ? 1 : 4;
    }
}
