using Extraction.Entities;
using Extraction.Tokenization;

namespace Extraction.Tests.Entities.Tagging;

public class NerUkTokenViewTests
{
    [Fact]
    public void Hyphen_linked_parts_with_no_space_become_one_token_and_map_back()
    {
        string text = "Прем'єр-міністр оглянув Ту-95МС - новий.";
        var tokens = UkrainianTokenizer.Instance.Tokenize(text).ToArray();

        NerUkTokenView.IsNeeded(tokens).Should().BeTrue();
        var view = NerUkTokenView.ForCurrentThread();
        var joined = view.Build(tokens, text).ToArray();

        joined.Select(t => t.Text).Should().Equal("Прем'єр-міністр", "оглянув", "Ту-95МС", "-", "новий", ".");
        joined.Should().AllSatisfy(t => t.Text.Should().Be(text[t.Span.Start..t.Span.End]));
        for (int i = 0; i < joined.Length; i++)
        {
            int first = view.FirstOriginal(i), end = view.EndOriginal(i, tokens.Length);
            tokens[first].Span.Start.Should().Be(joined[i].Span.Start);
            tokens[end - 1].Span.End.Should().Be(joined[i].Span.End);
        }
    }

    [Fact]
    public void A_spaced_dash_is_not_joined()
    {
        var tokens = UkrainianTokenizer.Instance.Tokenize("Київ - столиця.").ToArray();
        NerUkTokenView.IsNeeded(tokens).Should().BeFalse();
    }

    [Theory]
    [InlineData("Контракт на 7,08 млн грн. підписали вчора.", "Контракт|на|7,08|млн|грн.|підписали|вчора|.")]
    [InlineData("Рішення від 14.11.2024 о 18:30 оприлюднили.", "Рішення|від|14.11.2024|о|18:30|оприлюднили|.")]
    [InlineData("Склад на вул. Садовій закрили.", "Склад|на|вул.|Садовій|закрили|.")]
    [InlineData("Ціна зросла до 5 тис. грн.", "Ціна|зросла|до|5|тис.|грн|.")]
    public void Numbers_and_inner_abbreviation_periods_are_kept_whole_as_in_NER_UK(string text, string expected)
    {
        var tokens = UkrainianTokenizer.Instance.Tokenize(text).ToArray();

        var joined = NerUkTokenView.ForCurrentThread().Build(tokens, text).ToArray();

        string.Join('|', joined.Select(t => t.Text)).Should().Be(expected);
        joined.Should().AllSatisfy(t => t.Text.Should().Be(text[t.Span.Start..t.Span.End]));
    }

    [Theory]
    [InlineData("Рахунок: 7 , 08 гривні.")]
    [InlineData("Це було в Києві. Потім у Львові.")]
    [InlineData("Зустріч у В. Путіна")]
    public void Spaced_separators_sentence_ends_and_capitalized_initials_are_not_joined(string text)
    {
        var tokens = UkrainianTokenizer.Instance.Tokenize(text).ToArray();

        var joined = NerUkTokenView.ForCurrentThread().Build(tokens, text).ToArray();

        joined.Select(t => t.Text).Should().Equal(tokens.Select(t => t.Text));
    }
}
