namespace Extraction.Entities;

/// <summary>Military ranks written before a name (генерал-майор Петро Коваленко): part of the person's title, never of an organization's name.</summary>
internal static class MilitaryRanks
{
    private static readonly HashSet<string> Lemmas = new(StringComparer.Ordinal)
    {
        "генерал", "генерал-майор", "генерал-лейтенант", "генерал-полковник", "генерал-армії", "бригадний", "полковник",
        "підполковник", "майор", "адмірал", "віце-адмірал", "контр-адмірал", "капітан", "лейтенант", "сержант", "маршал",
    };

    /// <summary>Whether <paramref name="lemma"/> is a rank (or a part of a hyphenated rank split into tokens).</summary>
    public static bool Contains(string lemma) => Lemmas.Contains(lemma);
}
