using Extraction.Entities;
using Extraction.Tokenization;

namespace Extraction.Tests.Entities.Tagging;

public class DateCompleterTests
{
    private const int Date = 3, Person = 0;

    private static string Apply(string text, params (int First, int End, int Type)[] tagged)
    {
        var tokens = UkrainianTokenizer.Instance.Tokenize(text).ToArray();
        var spans = tagged.Select(t => new TaggedSpan(t.First, t.End, t.Type, 1)).ToList();
        DateCompleter.Complete(tokens, spans, Date);
        return string.Join(" | ", spans.Select(s => $"{s.TypeIndex}:{text[tokens[s.FirstToken].Span.Start..tokens[s.EndToken - 1].Span.End]}"));
    }

    [Fact]
    public void An_untagged_date_that_opens_the_sentence_is_added_with_its_year() =>
        Apply("5 квітня 2023 року делегація прибула.").Should().Be("3:5 квітня 2023 року");

    [Fact]
    public void A_date_span_that_lost_its_day_gets_it_back()
    {
        // 27(0) серпня(1) 2021(2) року(3) суд(4)
        Apply("27 серпня 2021 року суд ухвалив рішення.", (1, 4, Date)).Should().Be("3:27 серпня 2021 року");
    }

    [Fact]
    public void Other_mentions_numbers_out_of_range_and_non_months_are_left_alone()
    {
        // Автор(0) Петро(1) Гай(2) ,(3) 45(4) травня(5) ...
        Apply("Автор Петро Гай, 45 травня немає.", (1, 3, Person)).Should().Be("0:Петро Гай");
        Apply("Отримали 12 літаків.").Should().BeEmpty();
        // 9(0) травня(1) tagged as part of a longer non-date mention stays as it is
        Apply("9 травня Перемоги свято.", (0, 3, Person)).Should().Be("0:9 травня Перемоги");
    }
}
