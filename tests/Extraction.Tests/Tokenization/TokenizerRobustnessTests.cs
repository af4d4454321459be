using System.Runtime.InteropServices;
using System.Text;
using Extraction.Text;
using Extraction.Tokenization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Extraction.Tests.Tokenization;

/// <summary>Random text that mixes Ukrainian with the characters tokenizers trip over.</summary>
public sealed record NastyText(string Value)
{
    public override string ToString() => string.Concat(Value.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}

public static class NastyTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "м'ясо", "п’ять", "будь-який", "С-300", "т. д.", "вул.", "В.", "10,5%", "14.11.2024", "18:30", "№3", "$400",
        "https://a.ua/x", "a@b.com", "#тег", "@name", "«", "»", "„", "“", "\"", "'", "’", "—", "–", "-", "...", "…", "?!",
        "👍🏽", "👨‍👩‍👧", "🇺🇦", "❤️", "1️⃣", ":)", "\u0301", "\u00AD", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u00A0",
        "\n", "\r\n", " ", "\t", ".", ",", "(", ")", "Київ", "НАТО", "2016-го", "www.", "http://", ".ua", "-на-",
    ];

    public static Arbitrary<NastyText> Values()
    {
        var anyChar = Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString());
        var surrogate = Gen.Elements("\uD83D", "\uDE00", "\uDBFF\uDFFF", "\uD800\uDC00");
        var control = Gen.Choose(0, 31).Select(i => ((char)i).ToString());
        var mark = Gen.Choose(0x300, 0x36F).Select(i => ((char)i).ToString());
        var piece = Gen.Elements(Pieces);
        var letter = Gen.Elements("а", "б", "ї", "Є", "x", "Z", "1", "0");
        var part = Gen.Frequency(
            (6, piece), (6, letter), (2, anyChar), (2, surrogate), (1, control), (1, mark));
        return Gen.ListOf(part).Select(parts => new NastyText(string.Concat(parts))).ToArbitrary();
    }
}

public class TokenizerRobustnessTests
{
    [Property(Arbitrary = [typeof(NastyTextArbitrary)], MaxTest = 1000)]
    public void Invariants_hold_for_random_text(NastyText text)
    {
        var tokens = Tok.Raw(text.Value);
        var sentences = new List<Sentence>();
        SentenceSplitter.Instance.Split(text.Value, CollectionsMarshal.AsSpan(tokens), sentences);
        TokenInvariants.AssertSentences(tokens, sentences);
        foreach (var token in UkrainianTokenizer.Instance.Tokenize(text.Value))
        {
            text.Value.Substring(token.Span.Start, token.Span.Length).Should().Be(token.Text);
        }
    }

    [Property(MaxTest = 300)]
    public void Invariants_hold_for_arbitrary_strings(NonNull<string> text)
    {
        var tokens = Tok.Raw(text.Get);
        var sentences = new List<Sentence>();
        SentenceSplitter.Instance.Split(text.Get, CollectionsMarshal.AsSpan(tokens), sentences);
        TokenInvariants.AssertSentences(tokens, sentences);
    }

    [Property(Arbitrary = [typeof(NastyTextArbitrary)], MaxTest = 300)]
    public void Pretokenized_reader_keeps_the_invariants(NastyText text)
    {
        var tokens = new List<RawToken>();
        var sentences = new List<Sentence>();
        PretokenizedReader.Read(text.Value, tokens, sentences);
        TokenInvariants.AssertTokens(text.Value, tokens);
        TokenInvariants.AssertSentences(tokens, sentences);
    }

    [Fact]
    public void Null_text_throws()
    {
        var act = () => UkrainianTokenizer.Instance.Tokenize((string)null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Null_output_throws()
    {
        var act = () => UkrainianTokenizer.Instance.Tokenize("x".AsSpan(), null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\r\t\u00A0\u2028\u3000")]
    public void Empty_or_whitespace_gives_no_tokens(string text)
    {
        Tok.Raw(text).Should().BeEmpty();
        UkrainianTokenizer.Instance.Tokenize(text).Should().BeEmpty();
    }

    [Fact]
    public void Appends_to_the_output_list()
    {
        var tokens = new List<RawToken> { new(0, 1, TokenKind.Word, TokenFlags.None) };
        UkrainianTokenizer.Instance.Tokenize("а б", tokens);
        tokens.Should().HaveCount(3);
    }

    // Code units, not strings: xUnit cannot carry a lone surrogate through test data.
    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDBFF)]
    [InlineData(0xDC00)]
    [InlineData(0x0007)]
    [InlineData(0x007F)]
    [InlineData(0xE000)]
    public void Lone_surrogates_and_controls_are_other_tokens(int codeUnit) =>
        Tok.Raw(((char)codeUnit).ToString()).Should().ContainSingle().Which.Kind.Should().Be(TokenKind.Other);

    [Fact]
    public void Controls_between_letters_are_their_own_tokens() =>
        Tok.Surfaces("а\u0001б\uD800в\uDC00").Should().Be("а \u0001 б \uD800 в \uDC00");

    [Fact]
    public void A_million_lone_surrogates_are_a_million_tokens() =>
        Tok.Raw(new string('\uD800', 1_000_000)).Should().HaveCount(1_000_000);

    [Fact]
    public void Fifty_megabytes_of_news_tokenize()
    {
        const string paragraph = "У п’ятницю, 14.11.2024, ЗСУ збили 12 дронів-камікадзе над Київською обл. — повідомив В. Петренко. " +
            "Збитки оцінили в $400 тис. (10,5% бюджету), див. https://example.com.ua/news?id=1 #новини 👍🏽\n";
        var builder = new StringBuilder(25_000_000 + paragraph.Length);
        while (builder.Length < 25_000_000) builder.Append(paragraph);
        string text = builder.ToString();
        var tokens = new List<RawToken>(text.Length / 5);
        UkrainianTokenizer.Instance.Tokenize(text, tokens);
        int perParagraph = Tok.Raw(paragraph).Count;
        tokens.Count.Should().Be(perParagraph * (text.Length / paragraph.Length));
        var sentences = new List<Sentence>();
        SentenceSplitter.Instance.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);
        sentences[^1].EndToken.Should().Be(tokens.Count);
    }

    [Theory]
    [InlineData("-", 1)]
    [InlineData(".", 1)]
    [InlineData("!?", 1)]
    [InlineData("а-", 1)]
    [InlineData("слово-", 2_000_000 / 6)]
    [InlineData("a.", 2_000_000 / 2)]
    [InlineData("a@", 2_000_000 / 2)]
    [InlineData("1.", 2_000_000 / 2)]
    [InlineData("1:", 2_000_000 / 2)]
    [InlineData("'", 2_000_000)]
    [InlineData("#", 2_000_000)]
    [InlineData("а’", 1)]
    [InlineData("\u200B", 1)]
    [InlineData("\u0301", 1)]
    [InlineData("👍", 1_000_000)]
    [InlineData("www.", 1)]
    public void Pathological_repetition_is_linear(string unit, int expectedTokensAtLeast)
    {
        var builder = new StringBuilder(2_000_000 + unit.Length);
        while (builder.Length < 2_000_000) builder.Append(unit);
        string text = builder.ToString();
        var tokens = new List<RawToken>();
        UkrainianTokenizer.Instance.Tokenize(text, tokens);
        tokens.Count.Should().BeGreaterThanOrEqualTo(expectedTokensAtLeast);
        TokenInvariants.AssertTokens(text, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Instance.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);
        TokenInvariants.AssertSentences(tokens, sentences);
    }

    [Fact]
    public void One_million_hyphens_and_periods_are_single_tokens()
    {
        string hyphens = new('-', 1_000_000);
        Tok.Raw(hyphens).Should().ContainSingle();
        string periods = new('.', 1_000_000);
        Tok.Raw(periods).Should().ContainSingle();
        string url = "https://example.com/" + new string('a', 1_000_000);
        Tok.Raw(url).Should().ContainSingle().Which.Kind.Should().Be(TokenKind.Url);
    }
}
