namespace Extraction.Text;

/// <summary>The Cyrillic block (U+0400–U+04FF), which holds every Ukrainian letter; one definition for all stages.</summary>
internal static class CyrillicScript
{
    /// <summary>Whether <paramref name="c"/> is in the Cyrillic block.</summary>
    public static bool Contains(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>Whether any character of <paramref name="text"/> is Cyrillic.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (Contains(c)) return true;
        }
        return false;
    }

    /// <summary>Whether every letter of <paramref name="text"/> is Cyrillic (digits, apostrophes and marks may appear).</summary>
    public static bool AllLetters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c) && !Contains(c)) return false;
        }
        return true;
    }
}
