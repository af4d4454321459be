using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

public class PretokenizedReaderTests
{
    private static (List<RawToken> Tokens, List<Sentence> Sentences) Read(string text)
    {
        var tokens = new List<RawToken>();
        var sentences = new List<Sentence>();
        PretokenizedReader.Read(text, tokens, sentences);
        TokenInvariants.AssertTokens(text, tokens);
        TokenInvariants.AssertSentences(tokens, sentences);
        return (tokens, sentences);
    }

    [Fact]
    public void Whitespace_separates_tokens_and_lines_separate_sentences()
    {
        const string text = "В . Зеленський прибув до Києва .\nЗустріч тривала 2 години .";
        var (tokens, sentences) = Read(text);
        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal(
            "В", ".", "Зеленський", "прибув", "до", "Києва", ".", "Зустріч", "тривала", "2", "години", ".");
        sentences.Select(s => s.Span.Substring(text)).Should().Equal(
            "В . Зеленський прибув до Києва .", "Зустріч тривала 2 години .");
    }

    [Theory]
    [InlineData("вул.", TokenKind.Abbreviation)]
    [InlineData("Київ", TokenKind.Word)]
    [InlineData("2016-го", TokenKind.Number)]
    [InlineData("10,5", TokenKind.Number)]
    [InlineData("«", TokenKind.Punctuation)]
    [InlineData("#тег", TokenKind.Hashtag)]
    [InlineData("https://example.com", TokenKind.Url)]
    [InlineData("👍🏽", TokenKind.Emoji)]
    [InlineData("%", TokenKind.Symbol)]
    public void Tokens_get_the_tokenizers_kind(string chunk, TokenKind kind) =>
        Read(chunk).Tokens.Should().ContainSingle().Which.Kind.Should().Be(kind);

    [Fact]
    public void A_chunk_stays_whole_even_when_the_tokenizer_would_split_it()
    {
        const string text = "Т.Г.Шевченко прес-секретар";
        var (tokens, _) = Read(text);
        tokens.Select(t => t.Span).Should().Equal(new TextSpan(0, 12), new TextSpan(13, 26));
    }

    [Fact]
    public void Blank_lines_make_no_empty_sentences()
    {
        var (tokens, sentences) = Read("\n\nа б\n\n\nв\n");
        tokens.Should().HaveCount(3);
        sentences.Should().HaveCount(2);
    }

    [Fact]
    public void Normalization_flag_is_set()
    {
        var (tokens, _) = Read("п’ять п'ять");
        tokens[0].Flags.Should().Be(TokenFlags.NeedsNormalization);
        tokens[1].Flags.Should().Be(TokenFlags.None);
    }

    [Fact]
    public void Null_lists_throw()
    {
        var act = () => PretokenizedReader.Read("x", null!, []);
        act.Should().Throw<ArgumentNullException>();
        var act2 = () => PretokenizedReader.Read("x", [], null!);
        act2.Should().Throw<ArgumentNullException>();
    }
}
