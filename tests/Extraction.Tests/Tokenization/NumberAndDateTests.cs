using Extraction.Text;

namespace Extraction.Tests.Tokenization;

/// <summary>Numbers split at every separator as in UD Ukrainian; the parts of a digit date or time are DateTime tokens.</summary>
public class NumberAndDateTests
{
    [Theory]
    [InlineData("1 234,5", "1 234 , 5")]
    [InlineData("10,5%", "10 , 5 %")]
    [InlineData("1.35 мільйона", "1 . 35 мільйона")]
    [InlineData("№3", "№ 3")]
    [InlineData("№ 1234", "№ 1234")]
    [InlineData("$400 тис.", "$ 400 тис .")]
    [InlineData("€1,2 млрд", "€ 1 , 2 млрд")]
    [InlineData("-5 °C", "- 5 ° C")]
    [InlineData("+380441234567", "+ 380441234567")]
    [InlineData("0,5-1,5 м", "0 , 5 - 1 , 5 м")]
    [InlineData("2024-2025", "2024 - 2025")]
    [InlineData("1/3", "1 / 3")]
    public void Numbers_split_at_separators(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("2024-11-14", "2024 - 11 - 14")]
    [InlineData("14.11.2024", "14 . 11 . 2024")]
    [InlineData("14/11/2024", "14 / 11 / 2024")]
    [InlineData("1.2.24", "1 . 2 . 24")]
    [InlineData("18:30", "18 : 30")]
    [InlineData("08:05:59", "08 : 05 : 59")]
    public void Digit_dates_and_times_are_split_and_marked(string text, string expected)
    {
        var tokens = Tok.Raw(text);
        Tok.Surfaces(text).Should().Be(expected);
        tokens.Where(t => char.IsDigit(text[t.Start])).Should().OnlyContain(t => t.Kind == TokenKind.DateTime);
    }

    [Theory]
    [InlineData("99:99")]
    [InlineData("32.13.2024")]
    [InlineData("2024-13-45")]
    [InlineData("1.35")]
    [InlineData("18:30:5")]
    public void Impossible_dates_and_times_are_plain_numbers(string text) =>
        Tok.Raw(text).Where(t => char.IsDigit(text[t.Start])).Should().OnlyContain(t => t.Kind == TokenKind.Number);

    [Theory]
    [InlineData("42", TokenKind.Number)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData("№", TokenKind.Symbol)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("°", TokenKind.Symbol)]
    [InlineData("95МС", TokenKind.Word)]
    public void Number_and_symbol_kinds(string text, TokenKind kind) =>
        Tok.Raw(text).Should().ContainSingle().Which.Kind.Should().Be(kind);

    [Fact]
    public void Sentence_with_amounts_and_dates()
    {
        const string text = "14.11.2024 о 18:30 НБУ продав $400 тис. під 10,5% річних.";
        Tok.Surfaces(text).Should().Be("14 . 11 . 2024 о 18 : 30 НБУ продав $ 400 тис . під 10 , 5 % річних .");
    }
}
