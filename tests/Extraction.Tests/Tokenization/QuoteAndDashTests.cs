namespace Extraction.Tests.Tokenization;

public class QuoteAndDashTests
{
    [Theory]
    [InlineData("«Укрзалізниця»", "« Укрзалізниця »")]
    [InlineData("„Нова пошта“", "„ Нова пошта “")]
    [InlineData("“Азов”", "“ Азов ”")]
    [InlineData("\"Слуга народу\"", "\" Слуга народу \"")]
    [InlineData("«Кажуть: „ні“»", "« Кажуть : „ ні “ »")]
    [InlineData("'Ні'", "' Ні '")]
    public void Quotes_are_their_own_tokens(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("Київ – столиця", "Київ – столиця")]
    [InlineData("Київ — столиця", "Київ — столиця")]
    [InlineData("Київ—столиця", "Київ — столиця")]
    [InlineData("2014–2022", "2014 – 2022")]
    [InlineData("так -- ні", "так -- ні")]
    public void Dashes_are_their_own_tokens(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("Чекаємо...", "Чекаємо ...")]
    [InlineData("Чекаємо…", "Чекаємо …")]
    [InlineData("Що?!", "Що ?!")]
    [InlineData("Ура!!!", "Ура !!!")]
    [InlineData("Як?..", "Як ?..")]
    [InlineData("(так)", "( так )")]
    [InlineData("[1]", "[ 1 ]")]
    [InlineData("а/б", "а / б")]
    [InlineData("так; ні", "так ; ні")]
    public void Punctuation_runs(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);
}
