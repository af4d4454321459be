using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

public class TokenNormalizerTests
{
    [Theory]
    [InlineData("п’ять", "п'ять")]
    [InlineData("пʼять", "п'ять")]
    [InlineData("п`ять", "п'ять")]
    [InlineData("за\u0301мок", "замок")]
    [InlineData("\uFEFFКиїв\u200B", "Київ")]
    [InlineData("и\u0306", "й")]
    [InlineData("І\u0308", "Ї")]
    [InlineData("\u200Eтекст\u200F", "текст")]
    public void Normalizes(string surface, string expected) =>
        TokenNormalizer.Normalize(surface).Should().Be(expected);

    [Fact]
    public void Returns_the_same_instance_when_nothing_changes()
    {
        const string surface = "Київ";
        TokenNormalizer.Normalize(surface).Should().BeSameAs(surface);
    }

    [Fact]
    public void Long_surfaces_normalize()
    {
        string surface = string.Concat(Enumerable.Repeat("п’ять\u00AD", 200));
        TokenNormalizer.Normalize(surface).Should().Be(string.Concat(Enumerable.Repeat("п'ять", 200)));
    }

    [Fact]
    public void Null_throws()
    {
        var act = () => TokenNormalizer.Normalize((string)null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Short_destination_throws()
    {
        var act = () => TokenNormalizer.Normalize("абв".AsSpan(), new char[2]);
        act.Should().Throw<ArgumentException>();
    }
}
