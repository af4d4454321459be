using Extraction.Text;

namespace Extraction.Tests.Tokenization;

/// <summary>As in UD Ukrainian, an abbreviation's period is a token of its own; the word before it is marked.</summary>
public class AbbreviationTests
{
    [Theory]
    [InlineData("і т. д.", "і т . д .")]
    [InlineData("і т.д.", "і т . д .")]
    [InlineData("та ін.", "та ін .")]
    [InlineData("ім. Шевченка", "ім . Шевченка")]
    [InlineData("вул. Хрещатик, 22", "вул . Хрещатик , 22")]
    [InlineData("м.Київ", "м . Київ")]
    [InlineData("с. Мощун", "с . Мощун")]
    [InlineData("Київської обл.", "Київської обл .")]
    [InlineData("у 2022 р.", "у 2022 р .")]
    [InlineData("120 грн. за літр", "120 грн . за літр")]
    [InlineData("5 млн доларів", "5 млн доларів")]
    [InlineData("3 млрд грн", "3 млрд грн")]
    [InlineData("ст. 111 ККУ", "ст . 111 ККУ")]
    [InlineData("див. нижче", "див . нижче")]
    [InlineData("напр. так", "напр . так")]
    public void Abbreviation_period_is_split_off(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("В. Путін", "В . Путін")]
    [InlineData("Т.Г. Шевченко", "Т . Г . Шевченко")]
    [InlineData("Т. Г. Шевченко", "Т . Г . Шевченко")]
    [InlineData("J.R.R. Tolkien", "J . R . R . Tolkien")]
    public void Initials_are_letter_and_period(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("вул. Хрещатик", "вул")]
    [InlineData("ім. Шевченка", "ім")]
    [InlineData("і т. д.", "т")]
    [InlineData("В. Путін", "В")]
    [InlineData("Вул. Банкова", "Вул")]
    public void Word_before_the_period_is_an_abbreviation(string text, string word) =>
        Tok.KindOf(text, word).Should().Be(TokenKind.Abbreviation);

    [Theory]
    [InlineData("Він прийшов додому.", "додому")]
    [InlineData("вул Хрещатик", "вул")]
    [InlineData("Прийшов Петро.", "Петро")]
    public void Ordinary_words_are_not_abbreviations(string text, string word) =>
        Tok.KindOf(text, word).Should().Be(TokenKind.Word);
}
