using Extraction.Entities;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// "у селі Преображенка Пологівського району Запорізької області": a place followed by the places that contain it, each
/// in the genitive right after the one before. Such a chain states containment between adjacent levels only, and an
/// attack on its first place is no attack on the places that contain it.
/// </summary>
internal static class PlaceChains
{
    /// <summary>True when <paramref name="container"/> follows <paramref name="place"/> in one chain, with only places between them.</summary>
    public static bool Continues(List<ArgumentCandidate> arguments, ArgumentCandidate place, ArgumentCandidate container)
    {
        if (!IsPlaceName(place) || !IsPlaceName(container) || container.FirstToken < place.EndToken || container.Case != "Gen") return false;
        int t = place.EndToken;
        while (t < container.FirstToken)
        {
            var between = arguments.Find(a => a.FirstToken == t && IsPlaceName(a));
            if (between is null) return false;
            t = between.EndToken;
        }
        return true;
    }

    /// <summary>True when another place of the chain stands between <paramref name="place"/> and <paramref name="container"/>.</summary>
    public static bool SkipsALevel(List<ArgumentCandidate> arguments, ArgumentCandidate place, ArgumentCandidate container)
    {
        foreach (var middle in arguments)
        {
            if (middle.FirstToken < place.EndToken || middle.EndToken > container.FirstToken) continue;
            if (Continues(arguments, place, middle) && Continues(arguments, middle, container)) return true;
        }
        return false;
    }

    private static bool IsPlaceName(ArgumentCandidate argument) =>
        argument.Kind == ArgumentKind.Mention && argument.Type is EntityType.Location or EntityType.Country;
}
