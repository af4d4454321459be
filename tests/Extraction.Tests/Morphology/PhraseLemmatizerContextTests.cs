using Extraction.Entities;
using Extraction.Pipeline;

namespace Extraction.Tests.Morphology;

/// <summary>Name lemmas that depend on the sentence: the case the disambiguator chose for the first name.</summary>
public class PhraseLemmatizerContextTests
{
    private static readonly Extractor Extractor = new ExtractorBuilder().WithoutRelations().Build();

    [Theory]
    [InlineData("Заяву Кевіна Донеллі оприлюднили вчора.", "Кевін Донеллі")]
    [InlineData("Журналісти зустрілися з Кевіном Донеллі.", "Кевін Донеллі")]
    public void A_mans_name_in_an_oblique_case_before_an_indeclinable_surname_gets_its_nominative(string text, string lemma)
    {
        var result = Extractor.Extract(text);

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Lemma == lemma);
    }

    [Theory]
    [InlineData("Сенатори обговорили кандидатуру Піта Хегсета.", "Піт Хегсет")]
    [InlineData("Журналісти розпитали Метта Гетца про плани.", "Метт Гетц")]
    public void An_unknown_surname_after_a_mans_name_in_the_genitive_declines_as_a_consonant_stem(string text, string lemma)
    {
        var result = Extractor.Extract(text);

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Lemma == lemma);
    }

    [Theory]
    [InlineData("Заява Андрія Кулиги викликала суперечки.", "Андрій Кулига")]
    [InlineData("Прем'єр зустрівся з Петром Скибою.", "Петро Скиба")]
    [InlineData("Суд виправдав Сергія Шойгу.", "Сергій Шойгу")]
    [InlineData("Нагороду вручили Марку Міллі.", "Марк Міллі")]
    public void An_unknown_mans_surname_in_a_declines_as_an_a_stem_in_the_names_case(string text, string lemma)
    {
        var result = Extractor.Extract(text);

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Lemma == lemma);
    }

    [Theory]
    [InlineData("Прем'єр зустрівся з Камалою Гарріс.", "Камала Гарріс")]
    [InlineData("Прем'єр зустрівся з Анналеною Бербок.", "Анналена Бербок")]
    [InlineData("Подяку висловили Рейксмузею Тео Мартенс.", null)]
    public void An_unknown_womans_name_in_the_instrumental_before_an_unchanging_surname_gets_its_nominative(string text, string? lemma)
    {
        var result = Extractor.Extract(text);

        if (lemma is null) result.Mentions.Should().NotContain(m => m.Lemma != null && m.Lemma.StartsWith("Рейксмузя", StringComparison.Ordinal));
        else result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Lemma == lemma);
    }

    [Fact]
    public void A_nominative_surname_in_a_keeps_its_ending_after_a_nominative_name()
    {
        var result = Extractor.Extract("Комітет очолив Барак Обама.");

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Lemma == "Барак Обама");
    }

    [Fact]
    public void An_unknown_surname_in_ka_is_not_cut_to_a_bare_k_stem()
    {
        // Ukrainian surnames in -ко decline like consonant stems (Кривоножко → Кривоножка), so the stem rule skips them.
        var result = Extractor.Extract("Депутат підтримав Анатолія Кривоножка.");

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Text == "Анатолія Кривоножка")
            .Which.Lemma.Should().NotBe("Анатолій Кривоножк");
    }

    [Theory]
    [InlineData("Вчора журналісти поговорили з Марією Захаровою.", "Марія Захарова")]
    [InlineData("Студенти читали вірші Анни Ахматової.", "Анна Ахматова")]
    [InlineData("Депутати зустрілися з Оленою Ковальською.", "Олена Ковальська")]
    [InlineData("Нагороду вручили Ірині Петровській.", "Ірина Петровська")]
    [InlineData("Суд виправдав Марію Захарову.", "Марія Захарова")]
    [InlineData("На зустріч прийшла Марія Захарова.", "Марія Захарова")]
    public void A_womans_surname_gets_the_feminine_nominative(string text, string lemma)
    {
        var result = Extractor.Extract(text);

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Lemma == lemma);
    }

    [Theory]
    [InlineData("Премію вручили Олександру Захарову.", "Олександр Захаров")]
    [InlineData("Заява Олександра Захарова здивувала всіх.", "Олександр Захаров")]
    public void A_mans_surname_in_ova_keeps_the_masculine_nominative(string text, string lemma)
    {
        var result = Extractor.Extract(text);

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Lemma == lemma);
    }
}
