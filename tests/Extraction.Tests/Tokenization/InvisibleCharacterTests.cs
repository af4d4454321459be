using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

/// <summary>Stress marks, soft hyphens and zero-width characters stay inside the token; the normalized form drops them.</summary>
public class InvisibleCharacterTests
{
    [Theory]
    [InlineData("замо\u0301к", "замок")]
    [InlineData("по\u00ADвідом\u00ADлення", "повідомлення")]
    [InlineData("Зе\u200Bленський", "Зеленський")]
    [InlineData("Зе\u200Cленський", "Зеленський")]
    [InlineData("Зе\u200Dленський", "Зеленський")]
    [InlineData("Зе\u2060ленський", "Зеленський")]
    [InlineData("\uFEFFКиїв", "Київ")]
    [InlineData("Київ\u200B", "Київ")]
    [InlineData("и\u0306ого", "його")]
    [InlineData("i\u0308", "i\u0308")]
    [InlineData("Ï", "Ï")]
    [InlineData("Ї\u0308", "Ї\u0308")]
    [InlineData("і\u0308жак", "їжак")]
    public void Invisible_characters_stay_inside_and_normalize_away(string text, string normalized)
    {
        var token = UkrainianTokenizer.Instance.Tokenize(text).Should().ContainSingle().Subject;
        token.Span.Should().Be(new TextSpan(0, text.Length));
        token.Text.Should().Be(text);
        token.Normalized.Should().Be(normalized);
        Tok.Raw(text);
    }

    [Fact]
    public void Invisible_characters_set_the_flag()
    {
        foreach (string text in new[] { "а\u0301", "а\u00AD", "а\u200B", "а\u200C", "а\u200D", "а\u2060", "\uFEFFа" })
        {
            Tok.Raw(text).Should().ContainSingle().Which.Flags.Should().Be(TokenFlags.NeedsNormalization, $"'{text}' holds U+{(int)text[^1]:X4}");
        }
        Tok.Raw("звичайне").Should().ContainSingle().Which.Flags.Should().Be(TokenFlags.None);
    }

    [Theory]
    [InlineData("1\u00A0234", "1 234")]
    [InlineData("м.\u00A0Київ", "м . Київ")]
    [InlineData("Київ\u202Fі", "Київ і")]
    [InlineData("а\u3000б", "а б")]
    public void No_break_spaces_separate_tokens(string text, string expected) =>
        Tok.Surfaces(text).Replace('\u00A0', ' ').Should().Be(expected);

    [Fact]
    public void A_lone_invisible_character_is_an_other_token()
    {
        const string text = "слово \u200B слово";
        var tokens = Tok.Raw(text);
        tokens.Should().HaveCount(3);
        tokens[1].Kind.Should().Be(TokenKind.Other);
        tokens[1].Span.Should().Be(new TextSpan(6, 7));
    }

    [Fact]
    public void Offsets_index_the_original_string()
    {
        const string text = "\uFEFFПро\u00ADкурор за\u0301явив.";
        var tokens = UkrainianTokenizer.Instance.Tokenize(text);
        tokens.Select(t => t.Normalized).Should().Equal("Прокурор", "заявив", ".");
        foreach (var t in tokens) text.Substring(t.Span.Start, t.Span.Length).Should().Be(t.Text);
    }
}
