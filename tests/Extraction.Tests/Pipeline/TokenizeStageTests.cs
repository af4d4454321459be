using Extraction.Pipeline;
using Extraction.Tests.Tokenization;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Pipeline;

public class TokenizeStageTests
{
    private const string News =
        "\uFEFFУночі ЗСУ збили 12 дронів-камікадзе над Київською обл., повідомив В. Петренко.\n" +
        "«Усі цілі знешкоджено», — сказав він. Збитки — $400 тис. (10,5%) 👍🏽";

    [Fact]
    public void Extractor_tokens_index_the_original_text_and_keep_the_invariants()
    {
        var result = new ExtractorBuilder().Build().Extract(News);
        var raw = result.Tokens.Select(t => new RawToken(t.Span.Start, t.Span.Length, t.Kind,
            t.Text == t.Normalized && !TokenNormalizer.NeedsNormalization(t.Text) ? TokenFlags.None : TokenFlags.NeedsNormalization)).ToList();
        TokenInvariants.AssertTokens(News, raw);
        TokenInvariants.AssertSentences(raw, result.Sentences);
        foreach (var token in result.Tokens) token.Span.Substring(News).Should().Be(token.Text);
        result.Tokens[0].Normalized.Should().Be("Уночі");
        result.Sentences.Select(s => s.Span.Substring(News)).Should().Equal(
            "\uFEFFУночі ЗСУ збили 12 дронів-камікадзе над Київською обл., повідомив В. Петренко.",
            "«Усі цілі знешкоджено», — сказав він.",
            "Збитки — $400 тис. (10,5%) 👍🏽");
    }

    [Fact]
    public void Pretokenized_input_uses_whitespace_and_lines()
    {
        const string text = "В . Петренко прибув .\nЦілі знешкоджено .";
        var result = new ExtractorBuilder().UsePretokenizedInput().Build().Extract(text);
        result.Tokens.Select(t => t.Text).Should().Equal("В", ".", "Петренко", "прибув", ".", "Цілі", "знешкоджено", ".");
        result.Sentences.Should().HaveCount(2);
        result.Tokens[1].Kind.Should().Be(TokenKind.Punctuation);
    }
}
