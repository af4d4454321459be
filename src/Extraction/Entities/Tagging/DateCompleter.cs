using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Completes calendar dates the tagger misses or cuts: «14 листопада», «3 березня 2024 року». A linear tagger learns
/// little about a date that opens a sentence (NER-UK's sentences rarely start with a number), so it may drop the day
/// or the whole date there. A day number (1–31) followed by a month name in the genitive, optionally a year and
/// «року»/«р.», is a date; a DATE span that starts at such a month takes in its day, and an untouched date is added.
/// </summary>
internal static class DateCompleter
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    };

    /// <param name="sentence">The tagged tokens.</param>
    /// <param name="spans">The tagger's spans over <paramref name="sentence"/>, in order; changed in place.</param>
    /// <param name="dateType">The type index of dates; nothing happens when it is negative.</param>
    public static void Complete(ReadOnlySpan<Token> sentence, List<TaggedSpan> spans, int dateType)
    {
        if (dateType < 0) return;
        for (int month = 1; month < sentence.Length; month++)
        {
            if (!Months.Contains(sentence[month].Text) || !IsDay(sentence[month - 1].Text)) continue;
            int day = month - 1;
            int covering = IndexCovering(spans, month);
            if (covering >= 0)
            {
                var span = spans[covering];
                bool dayIsFree = IndexCovering(spans, day) < 0;
                if (span.TypeIndex == dateType && span.FirstToken == month && dayIsFree) spans[covering] = span with { FirstToken = day };
                continue;
            }
            if (IndexCovering(spans, day) >= 0) continue;

            int end = month + 1;
            if (end < sentence.Length && IsYear(sentence[end].Text) && IndexCovering(spans, end) < 0)
            {
                end++;
                if (end < sentence.Length && sentence[end].Text is "року" or "р." or "р" && IndexCovering(spans, end) < 0) end++;
            }
            int insertAt = 0;
            while (insertAt < spans.Count && spans[insertAt].FirstToken < day) insertAt++;
            spans.Insert(insertAt, new TaggedSpan(day, end, dateType, 1));
        }
    }

    private static int IndexCovering(List<TaggedSpan> spans, int token)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            if (spans[i].FirstToken <= token && token < spans[i].EndToken) return i;
        }
        return -1;
    }

    private static bool IsDay(string text) =>
        text.Length is 1 or 2 && char.IsAsciiDigit(text[0]) && (text.Length == 1 || char.IsAsciiDigit(text[1]))
        && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;

    private static bool IsYear(string text) =>
        text.Length == 4 && (text.StartsWith("19", StringComparison.Ordinal) || text.StartsWith("20", StringComparison.Ordinal))
        && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);
}
