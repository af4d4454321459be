using Extraction.Text;

namespace Extraction.Tests.Tokenization;

public class UrlEmailHashtagHandleTests
{
    [Theory]
    [InlineData("Деталі на https://example.com.ua/news/123-test?id=5&x=y.", "https://example.com.ua/news/123-test?id=5&x=y")]
    [InlineData("(http://example.org/a_(b))", "http://example.org/a_(b)")]
    [InlineData("див. www.example.gov.ua, там", "www.example.gov.ua")]
    [InlineData("сайт новини.укр працює", "новини.укр")]
    [InlineData("на сайті example.com.", "example.com")]
    [InlineData("сторінка example.ua/about/team тут", "example.ua/about/team")]
    public void Urls_are_one_token_without_trailing_punctuation(string text, string url) =>
        Tok.KindOf(text, url).Should().Be(TokenKind.Url);

    [Theory]
    [InlineData("Пишіть на press.office@example.com.ua.", "press.office@example.com.ua")]
    [InlineData("<ivan_petrenko+news@mail.example.org>", "ivan_petrenko+news@mail.example.org")]
    public void Emails_are_one_token(string text, string email) =>
        Tok.KindOf(text, email).Should().Be(TokenKind.Email);

    [Theory]
    [InlineData("#СлаваУкраїні!", "#СлаваУкраїні")]
    [InlineData("тег #war_news2024 тут", "#war_news2024")]
    [InlineData("#п’ятниця", "#п’ятниця")]
    public void Hashtags_are_one_token(string text, string tag) =>
        Tok.KindOf(text, tag).Should().Be(TokenKind.Hashtag);

    [Theory]
    [InlineData("пише @ukraine_news.", "@ukraine_news")]
    [InlineData("@some.name:", "@some.name")]
    public void Handles_are_one_token(string text, string handle) =>
        Tok.KindOf(text, handle).Should().Be(TokenKind.Handle);

    [Theory]
    [InlineData("#1:", "# 1 :")]
    [InlineData("a @ b", "a @ b")]
    [InlineData("файл звіт.pdf", "файл звіт . pdf")]
    [InlineData("Україна.Також", "Україна . Також")]
    [InlineData("т.д.", "т . д .")]
    public void Lookalikes_are_not_urls_or_tags(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);
}
