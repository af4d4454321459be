using Extraction.Entities;
using Extraction.Tokenization;

namespace Extraction.Tests.Entities.Tagging;

public class HyphenJoinedViewTests
{
    [Fact]
    public void Hyphen_linked_parts_with_no_space_become_one_token_and_map_back()
    {
        string text = "Прем'єр-міністр оглянув Ту-95МС - новий.";
        var tokens = UkrainianTokenizer.Instance.Tokenize(text).ToArray();

        HyphenJoinedView.IsNeeded(tokens).Should().BeTrue();
        var view = HyphenJoinedView.ForCurrentThread();
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
        HyphenJoinedView.IsNeeded(tokens).Should().BeFalse();
    }
}
