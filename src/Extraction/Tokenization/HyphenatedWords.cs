using System.Collections.Frozen;

namespace Extraction.Tokenization;

/// <summary>
/// Decides whether a hyphen joins two word parts into one token. UD Ukrainian keeps lexicalized hyphenated words
/// whole (будь-який, по-перше, хто-небудь, врешті-решт, Івано-Франківськ, 2016-го) and splits compounds whose
/// parts stand alone (прес-секретар, темно-зелений, АК-74).
/// </summary>
internal static class HyphenatedWords
{
    // First parts that do not stand alone as words.
    private static readonly FrozenSet<string> BoundFirstParts = FrozenSet.Create(
        StringComparer.Ordinal,
        "по", "будь", "казна", "хтозна", "бозна", "невідь", "греко", "івано", "нью", "лос", "лас", "сан", "санкт",
        "усть", "он", "офф", "хенд", "хіп", "ла", "ле");

    // Particles written after a hyphen: хто-небудь, якось-то, все-таки, тим-бо.
    private static readonly FrozenSet<string> BoundLastParts = FrozenSet.Create(
        StringComparer.Ordinal,
        "небудь", "будь", "то", "таки", "бо", "но");

    // Short words between two hyphens in a single word: Ростов-на-Дону, хоч-не-хоч, пліч-о-пліч, рок-н-рол.
    private static readonly FrozenSet<string> Linkers = FrozenSet.Create(
        StringComparer.Ordinal,
        "на", "не", "о", "у", "в", "де", "і", "й", "н", "за", "ні");

    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.Create(
        StringComparer.Ordinal,
        "com", "org", "net", "ua", "info", "io", "gov", "edu", "eu", "uk", "de", "fr", "pl", "ru", "me", "tv", "biz",
        "news", "online", "media", "club", "today", "su", "by", "kz", "md", "us", "ca", "il", "cz", "sk", "ro", "hu",
        "it", "es", "nl", "be", "ch", "at", "se", "fi", "lt", "lv", "ee", "ge", "am", "az", "tr", "jp", "cn", "in",
        "co", "ai", "app", "dev", "site", "live", "world", "укр", "рф", "мон", "срб");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BoundFirst = BoundFirstParts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BoundLast = BoundLastParts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkerLookup = Linkers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TldLookup = TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsLinker(ReadOnlySpan<char> part) => part.Length <= 2 && ContainsLower(LinkerLookup, part);

    // Lower-cases into a small buffer so the ordinal lookup stays cheap for Cyrillic (an ignore-case hash is not).
    private static bool ContainsLower(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> part)
    {
        if (part.Length is 0 or > 8) return false;
        Span<char> lower = stackalloc char[8];
        InvariantLower.Copy(part, lower);
        return set.Contains(lower[..part.Length]);
    }

    public static bool IsTopLevelDomain(ReadOnlySpan<char> label) => label.Length <= 6 && TldLookup.Contains(label);

    /// <summary>True when <paramref name="left"/>-<paramref name="right"/> is one word.</summary>
    public static bool Joins(ReadOnlySpan<char> left, ReadOnlySpan<char> right, bool leftAllDigits, bool rightHasLetter, bool rightHasDigit)
    {
        // 2016-го, 40-х, 152-мм, 14-річний: a numeral with its ending or a unit.
        if (leftAllDigits) return rightHasLetter && !rightHasDigit;
        if (rightHasDigit) return false;
        if (left.Length <= 6 && ContainsLower(BoundFirst, left)) return true;
        if (right.Length <= 6 && ContainsLower(BoundLast, right)) return true;
        return IsPartialReduplication(left, right);
    }

    // врешті-решт, всього-навсього, давним-давно: one part repeats the other with a change (exact repeats like
    // от-от are split in UD).
    private static bool IsPartialReduplication(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length < 3 || right.Length < 3 || left.Equals(right, StringComparison.OrdinalIgnoreCase)) return false;
        if (left.Contains(right, StringComparison.OrdinalIgnoreCase) || right.Contains(left, StringComparison.OrdinalIgnoreCase)) return true;
        int common = 0;
        int max = Math.Min(left.Length, right.Length);
        while (common < max && InvariantLower.Of(left[common]) == InvariantLower.Of(right[common])) common++;
        return common >= 4 && InvariantLower.Of(left[^1]) != 'о';
    }
}
