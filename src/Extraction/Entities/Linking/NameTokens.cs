using Extraction.Text;

namespace Extraction.Entities;

/// <summary>Tests on a token's written shape that the mention repairs share.</summary>
internal static class NameTokens
{
    /// <summary>A word starting with a Latin letter (Reuters, Spruance).</summary>
    public static bool IsLatin(in Token token) => token.Text.Length > 0 && token.Text[0] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    /// <summary>Two or more characters whose letters are all capitals (США, НАТО, ЗСУ).</summary>
    public static bool IsAcronym(in Token token)
    {
        if (token.Text.Length < 2) return false;
        foreach (char c in token.Text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }

    /// <summary>A word written with a capital first letter.</summary>
    public static bool IsCapitalizedWord(in Token token) => token.Kind == TokenKind.Word && token.Text.Length > 0 && char.IsUpper(token.Text[0]);

    /// <summary>A first name, as the morphology stage reads it.</summary>
    public static bool IsGivenName(in Token token) => token.Features is { } features && features.Contains("NameType=Giv", StringComparison.Ordinal);

    /// <summary>An opening quotation mark, as news writes them.</summary>
    public static bool IsOpeningQuote(in Token token) => token.Text is "«" or "\"" or "„" or "“";
}
