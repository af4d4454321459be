using Extraction.Entities;
using Extraction.Tokenization;

namespace Extraction.Tests.Entities.Tagging;

public class QuoteBalancerTests
{
    private static string Apply(string text, params (int First, int End)[] tagged)
    {
        var tokens = UkrainianTokenizer.Instance.Tokenize(text).ToArray();
        var spans = tagged.Select(t => new TaggedSpan(t.First, t.End, 0, 1)).ToList();
        QuoteBalancer.Balance(tokens, spans);
        return string.Join(" | ", spans.Select(s => text[tokens[s.FirstToken].Span.Start..tokens[s.EndToken - 1].Span.End]));
    }

    [Fact]
    public void A_span_left_open_takes_in_the_closing_quote_that_follows()
    {
        // tokens: Угоду(0) з(1) ТОВ(2) «(3) Зерновий(4) двір(5) »(6) підписали(7)
        Apply("Угоду з ТОВ «Зерновий двір» підписали.", (2, 6)).Should().Be("ТОВ «Зерновий двір»");
    }

    [Fact]
    public void Nested_opening_quotes_take_in_as_many_closing_quotes_as_follow()
    {
        // ТОВ(0) «(1) БК(2) «(3) Оранта(4) »(5) »(6) виграло(7)
        Apply("ТОВ «БК «Оранта»» виграло тендер.", (0, 5)).Should().Be("ТОВ «БК «Оранта»»");
        // only one closing quote is written, as news often does
        Apply("ТОВ «БК «Оранта» виграло тендер.", (0, 5)).Should().Be("ТОВ «БК «Оранта»");
    }

    [Fact]
    public void Balanced_spans_and_spans_inside_quotes_stay_as_they_are()
    {
        // «(0) Оранта(1) »(2) виграла(3) ,(4) а(5) ТОВ(6) «(7) Рось(8) »(9) ні(10)
        Apply("«Оранта» виграла, а ТОВ «Рось» ні.", (1, 2), (6, 10)).Should().Be("Оранта | ТОВ «Рось»");
    }

    [Fact]
    public void A_span_never_grows_into_the_next_span()
    {
        // ТОВ(0) «(1) Рось(2) »(3)
        var tokens = UkrainianTokenizer.Instance.Tokenize("ТОВ «Рось»").ToArray();
        var spans = new List<TaggedSpan> { new(0, 3, 0, 1), new(3, 4, 1, 1) };
        QuoteBalancer.Balance(tokens, spans);
        spans[0].EndToken.Should().Be(3);
    }
}
