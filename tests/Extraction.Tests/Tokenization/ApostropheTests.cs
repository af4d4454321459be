using Extraction.Text;

namespace Extraction.Tests.Tokenization;

public class ApostropheTests
{
    [Theory]
    [InlineData("м'ясо", "м'ясо")]
    [InlineData("п’ять", "п’ять")]
    [InlineData("пʼять", "пʼять")]
    [InlineData("з`їзд", "з`їзд")]
    [InlineData("В'ячеслав", "В'ячеслав")]
    [InlineData("Прем‘єр", "Прем‘єр")]
    [InlineData("О'Браєн прийшов", "О'Браєн прийшов")]
    [InlineData("пам’ятник, сім’я.", "пам’ятник , сім’я .")]
    public void Apostrophe_between_letters_stays_inside_the_word(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("він сказав 'так' і пішов", "він сказав ' так ' і пішов")]
    [InlineData("слово ’цитата’ тут", "слово ’ цитата ’ тут")]
    [InlineData("‘Азов’ знову", "‘ Азов ’ знову")]
    [InlineData("кінець'", "кінець '")]
    [InlineData("' '", "' '")]
    public void Apostrophe_used_as_a_quote_is_its_own_token(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Theory]
    [InlineData("п’ять", true)]
    [InlineData("пʼять", true)]
    [InlineData("п`ять", true)]
    [InlineData("п'ять", false)]
    public void Non_ascii_apostrophes_need_normalization(string word, bool flagged)
    {
        var token = Tok.Raw(word).Should().ContainSingle().Subject;
        token.Kind.Should().Be(TokenKind.Word);
        (token.Flags == Extraction.Tokenization.TokenFlags.NeedsNormalization).Should().Be(flagged);
    }

    [Fact]
    public void Normalized_form_uses_the_ascii_apostrophe()
    {
        var tokens = Extraction.Tokenization.UkrainianTokenizer.Instance.Tokenize("об’єкт обʼєкт об`єкт");
        tokens.Select(t => t.Normalized).Should().Equal("об'єкт", "об'єкт", "об'єкт");
        tokens.Select(t => t.Text).Should().Equal("об’єкт", "обʼєкт", "об`єкт");
    }
}
