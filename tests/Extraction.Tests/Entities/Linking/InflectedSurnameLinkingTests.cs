using Extraction.Entities;

namespace Extraction.Tests.Entities.Linking;

/// <summary>A surname alone that the lemmatizer left in an oblique case still joins the person named in full.</summary>
public sealed class InflectedSurnameLinkingTests
{
    private static readonly EntityLinker Linker = new(Extraction.Entities.KnowledgeBase.Default);

    [Fact]
    public void An_inflected_surname_joins_the_full_name_and_takes_its_nominative()
    {
        var document = AnnotatedDocument.Parse(
            "[Джон Маккорд|PERSON] прибув. Журналісти розпитали [Маккорда|PERSON|Маккорда], а потім [Маккордом|PERSON|Маккордом] опікувались.");
        Linker.Link(document);

        document.Mentions.Select(m => m.EntityIndex).Should().Equal(0, 0, 0);
        document.Entities.Should().ContainSingle().Which.Name.Should().Be("Джон Маккорд");
        document.Mentions[1].Lemma.Should().Be("Маккорд");
        document.Mentions[2].Lemma.Should().Be("Маккорд");
    }

    [Fact]
    public void A_womans_surname_in_a_declines_as_an_a_stem()
    {
        var document = AnnotatedDocument.Parse(
            "[Олеся Шпакова|PERSON] виступила. Слово надали [Шпаковій|PERSON|Шпаковій], а [Шпакову|PERSON|Шпакову] вітали.");
        Linker.Link(document);

        document.Mentions.Select(m => m.EntityIndex).Should().Equal(0, 0, 0);
        document.Mentions.Skip(1).Select(m => m.Lemma).Should().Equal("Шпакова", "Шпакова");
    }

    [Fact]
    public void A_womans_surname_read_as_the_mans_joins_her_full_name()
    {
        var document = AnnotatedDocument.Parse("[Ганна Бородіна-Кут|PERSON] прийшла. [Бородіна-Кут|PERSON|Бородін-Кут] сказала.");
        Linker.Link(document);

        document.Mentions.Select(m => m.EntityIndex).Should().Equal(0, 0);
        document.Mentions[1].Lemma.Should().Be("Бородіна-Кут");
    }

    [Fact]
    public void A_mans_genitive_written_like_the_full_names_last_word_is_not_trusted()
    {
        // The full name itself was left in the genitive: its last word is no nominative to copy.
        var document = AnnotatedDocument.Parse("Підтримка [Ріка Бортона|PERSON|Ріка Бортона]. [Бортона|PERSON|Бортон] критикують.");
        Linker.Link(document);

        document.Entities.Should().HaveCount(2);
        document.Mentions[1].Lemma.Should().Be("Бортон");
    }

    [Fact]
    public void Two_people_with_the_surname_leave_the_inflected_surname_on_its_own()
    {
        var document = AnnotatedDocument.Parse(
            "[Джон Маккорд|PERSON] і [Мері Маккорд|PERSON] прибули. Журналісти розпитали [Маккорда|PERSON|Маккорда].");
        Linker.Link(document);

        document.Entities.Should().HaveCount(3);
        document.Mentions[2].Lemma.Should().Be("Маккорда");
    }

    [Theory]
    [InlineData("маккорда", "маккорд", true)]
    [InlineData("маккордові", "маккорд", true)]
    [InlineData("шпаковою", "шпакова", true)]
    [InlineData("безугли", "безугла", true)]
    [InlineData("коваленком", "коваленко", true)]
    [InlineData("сирського", "сирський", true)]
    [InlineData("маккорд", "маккорд", false)]
    [InlineData("маккордами", "маккорд", false)]
    [InlineData("тувімом", "тувіма", false)]
    [InlineData("ковальчук", "коваль", false)]
    public void Oblique_forms_are_recognized_by_the_family_names_declension(string form, string name, bool expected)
    {
        EntityLinker.IsInflectedForm(form, name).Should().Be(expected);
    }
}
