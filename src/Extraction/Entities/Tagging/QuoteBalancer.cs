using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Completes quoted names the tagger leaves open. NER-UK writes a quoted name after its legal form with the quotes
/// (ТОВ «Черкасиміськбуд», ДП «НАЕК «Енергоатом»»), and a linear tagger often stops short: before the closing quote,
/// before a nested quoted part, or after the bare legal form (ДП | «Укрбурштин»). A span with more opening than
/// closing quotes takes in what follows until its quotes balance; an organization span ending in a legal-form
/// abbreviation takes in the quoted name right after it. Spans swallowed by a grown span are dropped.
/// </summary>
internal static class QuoteBalancer
{
    private const int MaxQuotedTokens = 12;

    /// <param name="sentence">The tagged tokens.</param>
    /// <param name="spans">The tagger's spans over <paramref name="sentence"/>, in order; changed in place.</param>
    /// <param name="organizationType">The type index of organizations, or -1 to skip the legal-form rule.</param>
    public static void Balance(ReadOnlySpan<Token> sentence, List<TaggedSpan> spans, int organizationType = -1)
    {
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            int open = 0;
            for (int i = span.FirstToken; i < span.EndToken; i++)
            {
                if (IsOpening(sentence[i].Text)) open++;
                else if (IsClosing(sentence[i].Text) && open > 0) open--;
            }

            int end = span.EndToken;
            while (end < sentence.Length)
            {
                if (open > 0 && IsClosing(sentence[end].Text))
                {
                    end++;
                    open--;
                }
                else if ((open > 0 || (span.TypeIndex == organizationType && IsLegalForm(sentence[end - 1].Text)))
                         && IsOpening(sentence[end].Text) && ClosingOf(sentence, end) is int close)
                {
                    end = close + 1;
                }
                else
                {
                    break;
                }
            }
            if (end == span.EndToken) continue;

            // Grow only over spans that lie wholly inside the new end; a span straddling it stops the growth.
            int next = s + 1;
            while (next < spans.Count && spans[next].EndToken <= end) next++;
            if (next < spans.Count && spans[next].FirstToken < end) continue;
            spans.RemoveRange(s + 1, next - (s + 1));
            spans[s] = span with { EndToken = end };
        }
    }

    /// <summary>The index of the quote that closes the one at <paramref name="opening"/>, if it comes soon.</summary>
    private static int? ClosingOf(ReadOnlySpan<Token> sentence, int opening)
    {
        int depth = 0;
        int limit = Math.Min(sentence.Length, opening + MaxQuotedTokens);
        for (int i = opening; i < limit; i++)
        {
            if (IsOpening(sentence[i].Text)) depth++;
            else if (IsClosing(sentence[i].Text) && --depth == 0) return i;
        }
        return null;
    }

    /// <summary>A short all-capitals word before a quoted name: ТОВ, ПАТ, ДП, КП, ЗАТ, ГО.</summary>
    private static bool IsLegalForm(string text)
    {
        if (text.Length is < 2 or > 5) return false;
        foreach (char c in text)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    private static bool IsOpening(string text) => text is "«" or "„";

    private static bool IsClosing(string text) => text is "»" or "“" or "”";
}
