using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Closes quotes a tagged name leaves open. NER-UK writes a quoted name after its legal form with the quotes
/// (ТОВ «Черкасиміськбуд»), and a tagger sometimes stops one token short, before the closing quote; a span with more
/// opening than closing quotes takes in the closing quotes that follow it directly, up to the open count.
/// </summary>
internal static class QuoteBalancer
{
    public static void Balance(ReadOnlySpan<Token> sentence, List<TaggedSpan> spans)
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
            int limit = s + 1 < spans.Count ? spans[s + 1].FirstToken : sentence.Length;
            while (open > 0 && end < limit && IsClosing(sentence[end].Text))
            {
                end++;
                open--;
            }
            if (end != span.EndToken) spans[s] = span with { EndToken = end };
        }
    }

    private static bool IsOpening(string text) => text is "«" or "„";

    private static bool IsClosing(string text) => text is "»" or "“" or "”";
}
