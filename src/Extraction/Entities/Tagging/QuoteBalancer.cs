using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Completes quoted names the tagger leaves open. NER-UK writes a quoted name after its legal form with the quotes
/// (ТОВ «Черкасиміськбуд», ДП «НАЕК «Енергоатом»»), and a linear tagger often stops short: before the closing quote,
/// before a nested quoted part, or after the bare legal form (ДП | «Укрбурштин»). A span with more opening than
/// closing quotes takes in what follows until its quotes balance; an organization span ending in a legal-form
/// abbreviation takes in the quoted name right after it. Spans swallowed by a grown span are dropped. A quote at a
/// span's edge that closes nothing inside it (Партія "Світло"| → Світло) is cut off first: the training data
/// has almost no straight quotes, so the tagger sometimes takes in the closing one and leaves the opening one out.
/// </summary>
internal static class QuoteBalancer
{
    private const int MaxQuotedTokens = 12;

    /// <param name="sentence">The tagged tokens.</param>
    /// <param name="spans">The tagger's spans over <paramref name="sentence"/>, in order; changed in place.</param>
    /// <param name="organizationType">The type index of organizations, or -1 to skip the legal-form rule.</param>
    public static void Balance(ReadOnlySpan<Token> sentence, List<TaggedSpan> spans, int organizationType = -1)
    {
        TrimStrayQuotes(sentence, spans);
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

    /// <summary>
    /// Cuts a closing quote off a span's end when no opening quote inside the span pairs with it, and a straight quote off
    /// either edge when the span holds an odd number of them; a span left empty is dropped.
    /// </summary>
    private static void TrimStrayQuotes(ReadOnlySpan<Token> sentence, List<TaggedSpan> spans)
    {
        for (int s = spans.Count - 1; s >= 0; s--)
        {
            var span = spans[s];
            int first = span.FirstToken, end = span.EndToken;
            if (end - first > 1 && IsStraight(sentence[end - 1].Text) && StraightQuotes(sentence, first, end) % 2 == 1) end--;
            else if (end - first > 1 && IsStraight(sentence[first].Text) && StraightQuotes(sentence, first, end) % 2 == 1) first++;
            while (end - first > 1 && IsClosing(sentence[end - 1].Text) && Unclosed(sentence, first, end - 1) == 0) end--;
            if (first == span.FirstToken && end == span.EndToken) continue;
            spans[s] = span with { FirstToken = first, EndToken = end };
        }
    }

    private static int StraightQuotes(ReadOnlySpan<Token> sentence, int first, int end)
    {
        int count = 0;
        for (int i = first; i < end; i++)
        {
            if (IsStraight(sentence[i].Text)) count++;
        }
        return count;
    }

    /// <summary>Opening quotes in [first, end) that no closing quote in the range pairs with.</summary>
    private static int Unclosed(ReadOnlySpan<Token> sentence, int first, int end)
    {
        int open = 0;
        for (int i = first; i < end; i++)
        {
            if (IsOpening(sentence[i].Text)) open++;
            else if (IsClosing(sentence[i].Text) && open > 0) open--;
        }
        return open;
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

    private static bool IsStraight(string text) => text is "\"";
}
