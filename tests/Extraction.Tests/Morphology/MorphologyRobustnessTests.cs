using Extraction.Morphology;
using Extraction.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Extraction.Tests.Morphology;

public class MorphologyRobustnessTests
{
    private const string Alphabet = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГІЇЄКМНОПРСТЮЯabcXYZ0123456789'’ʼ-.,!?«»()% ";

    [Property(MaxTest = 300)]
    public Property Any_word_gets_a_lemma_and_a_part_of_speech()
    {
        var words = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars));
        return Prop.ForAll(words.ToArbitrary(), text =>
        {
            var tokens = MorphologyTestText.Analyze(text);
            return tokens.All(t => !string.IsNullOrEmpty(t.Lemma));
        });
    }

    [Fact]
    public void Very_long_and_odd_words_do_not_throw()
    {
        var tokens = MorphologyTestText.Analyze(new string('я', 300) + " -- '' ' - Ґ-Ґ-Ґ-Ґ аааа-на-");
        tokens.Should().OnlyContain(t => t.Lemma != null);
    }

    [Fact]
    public void Phrase_lemmatizer_keeps_tokens_without_analyses_as_written()
    {
        const string text = "Північної Кореї";
        var tokens = new[]
        {
            new Token(new TextSpan(0, 9), TokenKind.Word, "Північної", "Північної"),
            new Token(new TextSpan(10, 15), TokenKind.Word, "Кореї", "Кореї"),
        };
        PhraseLemmatizer.Default.Lemmatize(tokens, text).Should().Be(text);
    }

    [Fact]
    public void Phrase_lemmatizer_rejects_spans_outside_the_text()
    {
        var tokens = new[] { new Token(new TextSpan(0, 20), TokenKind.Word, "Київ", "Київ") };
        FluentActions.Invoking(() => PhraseLemmatizer.Default.Lemmatize(tokens, "Київ"))
            .Should().Throw<ArgumentOutOfRangeException>();
    }
}
