using Extraction.Entities;
using static Extraction.Tests.Entities.Linking.KnowledgeBaseMentionRepairTests;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Entities.Linking;

public sealed class GluedNameSplitterTests
{
    [Fact]
    public void Two_states_a_heading_glued_together_become_two_mentions()
    {
        var document = Analyze("Кредит від США Україна отримала вчора.");
        Mention(document, "США Україна", EntityType.Organization, "США Україна");

        Repaired(document).Should().Equal(("США", EntityType.Country), ("Україна", EntityType.Country));
    }

    [Fact]
    public void An_organization_followed_by_a_state_in_the_instrumental_is_split()
    {
        var document = Analyze("Фінансова підтримка Кремля Китаєм не слабне.");
        Mention(document, "Кремля Китаєм", EntityType.Location, "Кремль Китай");

        Repaired(document).Should().Equal(("Кремля", EntityType.Organization), ("Китаєм", EntityType.Country));
    }

    [Fact]
    public void A_genitive_state_stays_part_of_the_organization_that_owns_it()
    {
        var document = Analyze("Про це заявили в МЗС Естонії.");
        Mention(document, "МЗС Естонії", EntityType.Organization, "МЗС Естонії");

        Repaired(document).Should().Equal(("МЗС Естонії", EntityType.Organization));
    }

    [Fact]
    public void A_known_organization_glued_before_a_first_name_and_surname_is_split_off()
    {
        var document = Analyze("Речниця Білого дому Марія Коваленко відповіла журналістам.");
        Mention(document, "Білого дому Марія Коваленко", EntityType.Location, "Білий дім Марія Коваленко");

        Repaired(document).Should().Equal(("Білого дому", EntityType.Organization), ("Марія Коваленко", EntityType.Person));
    }

    [Fact]
    public void A_title_glued_to_its_state_becomes_a_title_and_a_state()
    {
        var document = Analyze("Зустріч у Вашингтоні Новообраний президент США провів за зачиненими дверима.");
        Mention(document, "Новообраний президент США", EntityType.Organization, "Новообраний президент США");

        Repaired(document).Should().Equal(
            ("Вашингтоні", EntityType.Location), ("Новообраний президент", EntityType.Job), ("США", EntityType.Country));
    }

    [Fact]
    public void Two_names_joined_by_a_conjunction_are_split_when_the_first_is_whole()
    {
        var document = Analyze("Засновник Tesla і Space X прилетів до Києва.");
        Mention(document, "Tesla і Space X", EntityType.Organization, "Tesla і Space X");

        Repaired(document).Should().Equal(("Tesla", EntityType.Organization), ("Space X", EntityType.Organization), ("Києва", EntityType.Location));
    }

    [Theory]
    [InlineData("Обстріли Луганської й Донецької областей тривають.", "Луганської й Донецької областей", EntityType.Location)]
    [InlineData("Делегація Боснії і Герцеговини прибула вчора.", "Боснії і Герцеговини", EntityType.Country)]
    public void Modifiers_sharing_a_head_and_known_names_with_a_conjunction_stay_whole(string text, string name, EntityType type)
    {
        var document = Analyze(text);
        Mention(document, name, type, name);

        Repaired(document).Should().Equal((name, type));
    }

    [Fact]
    public void An_organization_name_ends_before_a_lower_case_noun_that_is_not_its_genitive()
    {
        var document = Analyze("Його призначили головою Міністерства внутрішньої безпеки губернаторку Марію Коваль.");
        Mention(document, "Міністерства внутрішньої безпеки губернаторку Марію Коваль", EntityType.Organization, "x");

        Repaired(document).First().Should().Be(("Міністерства внутрішньої безпеки", EntityType.Organization));
    }

    [Theory]
    [InlineData("Про це повідомили в Міністерстві культури та інформаційної політики.", "Міністерстві культури та інформаційної політики")]
    [InlineData("Збройні сили України відбили атаку.", "Збройні сили України")]
    [InlineData("Рішення ухвалив Комітет з питань оборони.", "Комітет з питань оборони")]
    [InlineData("Дрони атакували Курську область вночі.", "Курську область")]
    [InlineData("Угіддя передали «Товариству мисливці Полтавщини» торік.", "Товариству мисливці Полтавщини")]
    [InlineData("Лист надіслали до Управління справами Президента.", "Управління справами Президента")]
    public void Genitives_prepositional_phrases_and_coordinated_genitives_stay_in_the_name(string text, string name)
    {
        var document = Analyze(text);
        Mention(document, name, EntityType.Organization, name);

        Repaired(document).Should().Contain((name, EntityType.Organization));
    }

    [Fact]
    public void An_unknown_name_after_a_state_is_left_as_the_tagger_found_it()
    {
        var document = Analyze("Про це повідомило Міністерство закордонних справ Данії.");
        Mention(document, "Міністерство закордонних справ Данії", EntityType.Organization, "Міністерство закордонних справ Данії");

        Repaired(document).Should().Equal(("Міністерство закордонних справ Данії", EntityType.Organization));
    }

    [Fact]
    public void A_known_name_with_lower_case_words_replaces_the_first_word_the_tagger_took_for_a_surname()
    {
        var document = Analyze("Україна домовилася зі Світовим банком про кредит.");
        Mention(document, "Україна", EntityType.Country, "Україна");
        Mention(document, "Світовим", EntityType.Person, "Світовий");

        Repaired(document).Should().Equal(("Україна", EntityType.Country), ("Світовим банком", EntityType.Organization));
    }
}
