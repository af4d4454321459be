using Extraction.Text;

namespace Extraction.Tests.Tokenization;

/// <summary>
/// UD Ukrainian keeps lexicalized hyphenated words whole and splits compounds at the hyphen; entity spans built
/// on top of the tokens still cover the original text (С-300 is three adjacent tokens).
/// </summary>
public class HyphenTests
{
    [Theory]
    [InlineData("будь-який", "будь-який")]
    [InlineData("будь-що", "будь-що")]
    [InlineData("хто-небудь", "хто-небудь")]
    [InlineData("все-таки", "все-таки")]
    [InlineData("по-перше", "по-перше")]
    [InlineData("По-друге", "По-друге")]
    [InlineData("по-українськи", "по-українськи")]
    [InlineData("врешті-решт", "врешті-решт")]
    [InlineData("всього-навсього", "всього-навсього")]
    [InlineData("хоч-не-хоч", "хоч-не-хоч")]
    [InlineData("пліч-о-пліч", "пліч-о-пліч")]
    [InlineData("Комсомольськ-на-Амурі", "Комсомольськ-на-Амурі")]
    [InlineData("Ростов-на-Дону", "Ростов-на-Дону")]
    [InlineData("Івано-Франківськ", "Івано-Франківськ")]
    [InlineData("Нью-Йорк", "Нью-Йорк")]
    [InlineData("греко-католицький", "греко-католицький")]
    [InlineData("он-лайн", "он-лайн")]
    [InlineData("Ку-ку-ру-ку", "Ку-ку-ру-ку")]
    public void Lexicalized_hyphenated_words_are_one_token(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("північно-східний", "північно - східний")]
    [InlineData("темно-синій", "темно - синій")]
    [InlineData("дрони-камікадзе", "дрони - камікадзе")]
    [InlineData("прес-секретар", "прес - секретар")]
    [InlineData("Ту-95МС", "Ту - 95МС")]
    [InlineData("С-300", "С - 300")]
    [InlineData("Х-101", "Х - 101")]
    [InlineData("IRIS-T", "IRIS - T")]
    [InlineData("F-16", "F - 16")]
    [InlineData("Бурштин-Калуш", "Бурштин - Калуш")]
    [InlineData("ось-ось", "ось - ось")]
    [InlineData("2017-2018", "2017 - 2018")]
    public void Compounds_split_at_the_hyphen(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("152-мм", "152-мм")]
    [InlineData("2016-го", "2016-го")]
    [InlineData("90-х", "90-х")]
    [InlineData("5-поверховий", "5-поверховий")]
    public void Numeral_with_its_ending_is_one_number_token(string text, string expected)
    {
        Tok.Surfaces(text).Should().Be(expected);
        Tok.KindOf(text, expected).Should().Be(TokenKind.Number);
    }

    [Theory]
    [InlineData("слово - слово", "слово - слово")]
    [InlineData("слово--слово", "слово -- слово")]
    [InlineData("-слово", "- слово")]
    [InlineData("слово-", "слово -")]
    [InlineData("слово‑слово", "слово ‑ слово")]
    public void Loose_hyphens_are_punctuation(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);
}
