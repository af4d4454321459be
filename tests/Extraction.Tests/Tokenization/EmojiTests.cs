using Extraction.Text;

namespace Extraction.Tests.Tokenization;

public class EmojiTests
{
    [Theory]
    [InlineData("👍")]
    [InlineData("👍🏽")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("🏳️‍🌈")]
    [InlineData("🇺🇦")]
    [InlineData("❤️")]
    [InlineData("☀")]
    [InlineData("1️⃣")]
    [InlineData("#️⃣")]
    [InlineData("🏴󠁧󠁢󠁥󠁮󠁧󠁿")]
    [InlineData(":)")]
    public void Emoji_sequence_is_one_token(string emoji)
    {
        string text = $"Так {emoji} ні";
        Tok.Surfaces(text).Should().Be($"Так {emoji} ні");
        Tok.KindOf(text, emoji).Should().Be(TokenKind.Emoji);
    }

    [Theory]
    [InlineData("🇺🇦🇺🇦", "🇺🇦 🇺🇦")]
    [InlineData("👍👍", "👍 👍")]
    [InlineData("Слава🇺🇦!", "Слава 🇺🇦 !")]
    [InlineData("ура😀😀", "ура 😀 😀")]
    public void Adjacent_emoji_are_separate_tokens(string text, string expected) =>
        Tok.Surfaces(text).Should().Be(expected);

    [Fact]
    public void Emoji_keep_their_joiners_in_the_normalized_form()
    {
        var token = Extraction.Tokenization.UkrainianTokenizer.Instance.Tokenize("👨‍👩‍👧").Should().ContainSingle().Subject;
        token.Normalized.Should().Be("👨‍👩‍👧");
    }
}
