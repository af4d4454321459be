using Extraction.Text;

namespace Extraction.Relations;

/// <summary>Reads single values out of a token's Universal Dependencies feature string, its lemma, and whether it is a quotation mark.</summary>
internal static class TokenFeatures
{
    /// <summary>The value of <paramref name="name"/> (e.g. <c>Case</c>) in <paramref name="token"/>'s features, or null.</summary>
    public static string? Get(in Token token, string name)
    {
        string? features = token.Features;
        if (features is null) return null;
        int at = 0;
        while (at < features.Length)
        {
            int bar = features.IndexOf('|', at);
            if (bar < 0) bar = features.Length;
            int eq = features.IndexOf('=', at);
            if (eq > at && eq < bar && eq - at == name.Length && string.CompareOrdinal(features, at, name, 0, name.Length) == 0)
            {
                return Intern(features.AsSpan(eq + 1, bar - eq - 1));
            }
            at = bar + 1;
        }
        return null;
    }

    /// <summary>True when the feature <paramref name="name"/> has <paramref name="value"/>.</summary>
    public static bool Has(in Token token, string name, string value) => Get(token, name) == value;

    /// <summary>True for a quotation mark of any style: « » " “ ” „.</summary>
    public static bool IsQuote(in Token token) => token.Text is "«" or "»" or "\"" or "“" or "”" or "„";

    /// <summary>True when every token in [<paramref name="from"/>, <paramref name="to"/>) is a quotation mark (also when the range is empty).</summary>
    public static bool OnlyQuotes(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!IsQuote(tokens[i])) return false;
        }
        return true;
    }

    /// <summary>The lemma, or the lower-cased normalized text when morphology left none.</summary>
    public static string LemmaOf(in Token token) => token.Lemma ?? token.Normalized.ToLowerInvariant();

    private static readonly string[] Known =
    [
        "Nom", "Gen", "Dat", "Acc", "Ins", "Loc", "Voc", "Masc", "Fem", "Neut", "Sing", "Plur", "Fut", "Pres", "Past",
        "Yes", "Inf", "Fin", "Ind", "Imp", "Cnd", "1", "2", "3", "Prs", "Pos", "Cmp", "Sup",
    ];

    private static string Intern(ReadOnlySpan<char> value)
    {
        foreach (string known in Known)
        {
            if (value.SequenceEqual(known)) return known;
        }
        return value.ToString();
    }
}
