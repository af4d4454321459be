using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

/// <summary>The packed look-up and its sketch filter find every listed abbreviation in any case, and nothing else.</summary>
public class AbbreviationLookupTests
{
    public static TheoryData<string> Listed() => new(Abbreviations.Words);

    [Theory]
    [MemberData(nameof(Listed))]
    public void Every_listed_abbreviation_is_known_in_any_case(string word)
    {
        Abbreviations.IsKnown(word).Should().BeTrue();
        Abbreviations.IsKnown(word.ToUpperInvariant()).Should().BeTrue();
        Abbreviations.IsKnown(char.ToUpperInvariant(word[0]) + word[1..]).Should().BeTrue();
        // Followed by more than a block (64 characters) of plain text, so that the block path meets it.
        string text = "Перед: " + word + ". далі йдуть звичайні слова, доволі багато слів, щоб вистачило на цілий блок і ще трохи";
        var tokens = Tok.Raw(text);
        int at = "Перед: ".Length;
        tokens.Should().Contain(t => t.Start == at && t.Length == word.Length && t.Kind == TokenKind.Abbreviation);
    }

    [Theory]
    [InlineData("вулиця")]
    [InlineData("ву")]
    [InlineData("вулл")]
    [InlineData("млна")]
    [InlineData("т1")]
    [InlineData("кінця")]
    [InlineData("року")]
    public void Other_words_are_not(string word) => Abbreviations.IsKnown(word).Should().BeFalse();
}
