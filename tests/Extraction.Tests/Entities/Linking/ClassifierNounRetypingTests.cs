using Extraction.Entities;
using Extraction.Pipeline;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Entities.Linking;

public sealed class ClassifierNounRetypingTests
{
    private static EntityType TypeAfterRetyping(string text, string name, EntityType tagged = EntityType.Person, string? state = null)
    {
        var document = Analyze(text);
        if (state is not null) Mention(document, state, EntityType.Country, state);
        Mention(document, name, tagged, name);
        ClassifierNounRetyping.Apply(document);
        return document.Mentions.Single(m => m.Span.Substring(document.Text) == name).Type;
    }

    [Theory]
    [InlineData("Місто Чортків залишилося без світла.", "Чортків", EntityType.Location)]
    [InlineData("Кіностудія Довженко оголосила конкурс.", "Довженко", EntityType.Organization)]
    [InlineData("Акції компанії «Сирник» подешевшали.", "Сирник", EntityType.Organization)]
    [InlineData("Есмінець Porter вийшов у море.", "Porter", EntityType.Weapon)]
    public void A_name_in_apposition_takes_the_type_its_noun_names(string text, string name, EntityType expected)
    {
        TypeAfterRetyping(text, name).Should().Be(expected);
    }

    [Theory]
    [InlineData("Мер міста Петро Коваль відкрив школу.", "Петро Коваль")]
    [InlineData("Депутат від Партії регіонів Ігоря Мельника не прийшов.", "Ігоря Мельника")]
    [InlineData("Акції компанії Маска подешевшали.", "Маска")]
    [InlineData("Компанія Коваленка виграла тендер.", "Коваленка")]
    public void A_person_tied_to_the_noun_stays_a_person(string text, string name)
    {
        TypeAfterRetyping(text, name).Should().Be(EntityType.Person);
    }

    [Fact]
    public void A_state_may_stand_between_the_noun_and_the_name()
    {
        TypeAfterRetyping("Делегації прибули до столиці Чилі Сантьяго.", "Сантьяго", state: "Чилі").Should().Be(EntityType.Location);
    }

    [Fact]
    public void An_acronym_after_a_vessel_noun_is_its_owner_and_the_quoted_name_after_it_the_vessel()
    {
        var document = Analyze("Вчора авіаносець США «Джон Адамс» увійшов у порт.");
        Mention(document, "США", EntityType.Organization, "США");
        Mention(document, "Джон Адамс", EntityType.Person, "Джон Адамс");

        ClassifierNounRetyping.Apply(document);

        document.Mentions.Select(m => m.Type).Should().Equal(EntityType.Organization, EntityType.Weapon);
    }

    [Fact]
    public void A_product_after_a_company_noun_keeps_its_type()
    {
        TypeAfterRetyping("Він купив автомобіль японського виробника «Toyota Corolla».", "Toyota Corolla", EntityType.Artifact)
            .Should().Be(EntityType.Artifact);
    }
}
