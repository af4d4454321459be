using Extraction.Text;

namespace Extraction.Tests.Tokenization;

public class AcronymTests
{
    [Theory]
    [InlineData("КНДР, РФ, ЗСУ і НАТО.", "КНДР , РФ , ЗСУ і НАТО .")]
    [InlineData("СБУ та ГУР МО", "СБУ та ГУР МО")]
    [InlineData("(ЗСУ)", "( ЗСУ )")]
    [InlineData("«Укренерго»", "« Укренерго »")]
    [InlineData("ЄС", "ЄС")]
    [InlineData("COVID-19", "COVID - 19")]
    [InlineData("ОК «Південь»", "ОК « Південь »")]
    public void Acronyms_are_single_words(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("ЗСУ")]
    [InlineData("НАТО")]
    [InlineData("ЄС")]
    public void Acronym_is_a_word_kind(string acronym) =>
        Tok.KindOf($"Про {acronym} заявили", acronym).Should().Be(TokenKind.Word);

    [Fact]
    public void Acronym_at_sentence_end_is_not_an_abbreviation() =>
        Tok.KindOf("Про це заявили в НАТО.", "НАТО").Should().Be(TokenKind.Word);
}
