using Extraction.Entities;
using Extraction.Tokenization;

namespace Extraction.Tests.Entities.Tagging;

public class QuoteBalancerTests
{
    private const int Organization = 1;

    private static string Apply(string text, params (int First, int End)[] tagged)
    {
        var tokens = UkrainianTokenizer.Instance.Tokenize(text).ToArray();
        var spans = tagged.Select(t => new TaggedSpan(t.First, t.End, Organization, 1)).ToList();
        QuoteBalancer.Balance(tokens, spans, Organization);
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
    public void A_span_never_grows_over_part_of_the_next_span()
    {
        // ТОВ(0) «(1) Рось(2) »(3) Київ(4)
        var tokens = UkrainianTokenizer.Instance.Tokenize("ТОВ «Рось» Київ").ToArray();
        var spans = new List<TaggedSpan> { new(0, 3, 0, 1), new(3, 5, 1, 1) };
        QuoteBalancer.Balance(tokens, spans);
        spans.Should().Equal(new TaggedSpan(0, 3, 0, 1), new TaggedSpan(3, 5, 1, 1));
    }

    [Fact]
    public void An_open_span_takes_in_a_nested_quoted_part()
    {
        // ТОВ(0) «(1) Будівельна(2) група(3) «(4) Оріль(5) »(6) виграло(7)
        Apply("ТОВ «Будівельна група «Оріль» виграло тендер.", (0, 4)).Should().Be("ТОВ «Будівельна група «Оріль»");
    }

    [Fact]
    public void A_bare_legal_form_takes_in_the_quoted_name_after_it_and_the_name_span_merges()
    {
        // Борг(0) ДП(1) «(2) Укрлісбуд(3) »(4) зріс(5)
        Apply("Борг ДП «Укрлісбуд» зріс.", (1, 2), (3, 4)).Should().Be("ДП «Укрлісбуд»");
    }

    [Fact]
    public void The_legal_form_rule_is_for_organizations_and_short_capitals_only()
    {
        var tokens = UkrainianTokenizer.Instance.Tokenize("Голова НБУ «Нова» заява.").ToArray();
        var person = new List<TaggedSpan> { new(1, 2, 0, 1) };
        QuoteBalancer.Balance(tokens, person, Organization);
        person[0].EndToken.Should().Be(2);

        Apply("Завод Укрзалізниці «Ранок» працює.", (0, 2)).Should().Be("Завод Укрзалізниці");
    }

    [Fact]
    public void A_quote_that_closes_nothing_inside_the_span_is_cut_off()
    {
        // Лідер(0) партії(1) "(2) Нова(3) сила(4) "(5) виступив(6)
        Apply("Лідер партії \"Нова сила\" виступив.", (3, 6)).Should().Be("Нова сила");
        // партії(0) "(1) Нова(2) сила(3) "(4)
        Apply("партії \"Нова сила\"", (1, 4)).Should().Be("Нова сила");
        // Лідер(0) партії(1) «(2) Нова(3) сила(4) »(5) виступив(6)
        Apply("Лідер партії «Нова сила» виступив.", (3, 6)).Should().Be("Нова сила");
    }

    [Fact]
    public void Quotes_that_pair_inside_the_span_stay()
    {
        // ТОВ(0) "(1) Рось(2) "(3) виграло(4)
        Apply("ТОВ \"Рось\" виграло.", (0, 4)).Should().Be("ТОВ \"Рось\"");
        Apply("ТОВ «Рось» виграло.", (0, 4)).Should().Be("ТОВ «Рось»");
    }
}
