using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Pipeline;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Entities.Linking;

public sealed class KnowledgeBaseMentionRepairTests
{
    private static readonly KnowledgeBaseMentionRepair Repair = new(Extraction.Entities.KnowledgeBase.Default, PhraseLemmatizer.Default);

    /// <summary>Runs the repair over <paramref name="document"/>'s mentions and lists them as (text, type).</summary>
    internal static List<(string Text, EntityType Type)> Repaired(AnalysisDocument document)
    {
        Repair.Repair(document, CancellationToken.None);
        return document.Mentions.Select(m => (m.Span.Substring(document.Text), m.Type)).ToList();
    }

    [Fact]
    public void A_news_agency_tagged_as_a_person_becomes_an_organization()
    {
        var document = Analyze("Про це повідомило агентство Reuters.");
        Mention(document, "Reuters", EntityType.Person, "Reuters");

        Repaired(document).Should().Equal(("Reuters", EntityType.Organization));
    }

    [Fact]
    public void A_known_state_or_organization_glued_before_a_person_is_split_off()
    {
        var document = Analyze("Зустріч прем'єрки Італії Марії Коваленко з послом відбулася вчора.");
        Mention(document, "Італії Марії Коваленко", EntityType.Person, "Італії Марії Коваленко");

        Repaired(document).Should().Equal(("Італії", EntityType.Country), ("Марії Коваленко", EntityType.Person));
        document.Mentions[1].Lemma.Should().Be("Марія Коваленко");
    }

    [Fact]
    public void A_first_name_that_is_also_a_capital_stays_with_its_person()
    {
        var document = Analyze("Квартира належить Софії Мірошник.");
        Mention(document, "Софії Мірошник", EntityType.Person, "Софія Мірошник");

        Repaired(document).Should().Equal(("Софії Мірошник", EntityType.Person));
    }

    [Fact]
    public void A_place_after_a_place_noun_is_split_off_even_when_read_as_a_first_name()
    {
        var document = Analyze("Його замінить сенатор від штату Кентуккі Мітч Коваль.");
        Mention(document, "Кентуккі Мітч Коваль", EntityType.Person, "Кентуккі Мітч Коваль");

        Repaired(document).Should().Equal(("Кентуккі", EntityType.Location), ("Мітч Коваль", EntityType.Person));
    }

    [Fact]
    public void A_state_name_cut_at_the_sentence_start_is_made_whole()
    {
        var document = Analyze("Південна Корея скликала нараду.");
        Mention(document, "Корея", EntityType.Location, "Корея");

        Repaired(document).Should().Equal(("Південна Корея", EntityType.Country));
    }

    [Fact]
    public void A_common_noun_the_tagger_took_into_a_state_mention_is_left_out()
    {
        var document = Analyze("Так вважають у розвідці Великої Британії.");
        Mention(document, "розвідці Великої Британії", EntityType.Location, "розвідка Великої Британії");

        Repaired(document).Should().Equal(("Великої Британії", EntityType.Country));
    }

    [Fact]
    public void A_capitalized_common_noun_of_a_heading_is_left_out_of_the_state_after_it()
    {
        var document = Analyze("Огляд подій дня читайте в рубриці Вторгнення Росії в Україну.");
        Mention(document, "Вторгнення Росії", EntityType.Location, "Вторгнення Росії");

        Repaired(document).Should().Equal(("Росії", EntityType.Country), ("Україну", EntityType.Country));
    }

    [Fact]
    public void A_state_named_with_its_form_of_state_keeps_it()
    {
        var document = Analyze("Делегація прибула до Республіки Польща вчора.");
        Mention(document, "Республіки Польща", EntityType.Location, "Республіка Польща");

        Repaired(document).Should().Equal(("Республіки Польща", EntityType.Location));
    }

    [Fact]
    public void An_organization_name_the_tagger_cut_to_its_state_is_made_whole()
    {
        var document = Analyze("Служба безпеки України затримала агента.");
        Mention(document, "України", EntityType.Country, "Україна");

        Repaired(document).Should().Equal(("Служба безпеки України", EntityType.Organization));
    }

    [Fact]
    public void A_platform_glued_to_a_title_and_its_state_is_split_before_the_person()
    {
        var document = Analyze("Про це йдеться у Telegram прем'єра Ірландії Шона Доерті.");
        Mention(document, "Telegram прем'єра Ірландії", EntityType.Organization, "Telegram прем'єра Ірландії");
        Mention(document, "Шона Доерті", EntityType.Person, "Шон Доерті");

        Repaired(document).Should().Equal(
            ("Telegram", EntityType.Organization), ("прем'єра", EntityType.Job), ("Ірландії", EntityType.Country), ("Шона Доерті", EntityType.Person));
    }

    [Fact]
    public void Person_mentions_around_name_particles_are_one_name()
    {
        var document = Analyze("Учора виступила Марта фон дер Гольц.");
        Mention(document, "Марта", EntityType.Person, "Марта");
        Mention(document, "Гольц", EntityType.Person, "Гольц");

        Repaired(document).Should().Equal(("Марта фон дер Гольц", EntityType.Person));
        document.Mentions[0].Lemma.Should().Be("Марта фон дер Гольц");
    }

    [Fact]
    public void A_family_name_of_a_known_person_stays_a_person()
    {
        var document = Analyze("Учора Байден підписав указ.");
        Mention(document, "Байден", EntityType.Person, "Байден");

        Repaired(document).Should().Equal(("Байден", EntityType.Person));
    }

    [Fact]
    public void An_untagged_capital_country_acronym_and_known_surname_are_added()
    {
        var document = Analyze("Пхеньян відправив снаряди, а Байден закликав РФ зупинитися.");

        Repaired(document).Should().Equal(
            ("Пхеньян", EntityType.Location), ("Байден", EntityType.Person), ("РФ", EntityType.Country));
    }

    [Fact]
    public void Added_mentions_keep_the_list_sorted_and_do_not_overlap_tagged_ones()
    {
        var document = Analyze("Делегація Франції прибула до Києва.");
        Mention(document, "Франції", EntityType.Country, "Франція");

        var mentions = Repaired(document);

        mentions.Should().Equal(("Франції", EntityType.Country), ("Києва", EntityType.Location));
        document.Mentions.Select(m => m.FirstToken).Should().BeInAscendingOrder();
    }

    [Fact]
    public void A_multiword_state_name_in_an_oblique_case_is_found_through_its_lemma()
    {
        var document = Analyze("Угоду підписали зі Сполученими Штатами.");

        Repaired(document).Should().Equal(("Сполученими Штатами", EntityType.Country));
    }

    [Fact]
    public void Lower_case_words_and_unknown_names_are_not_added()
    {
        var document = Analyze("Завтра москва і пхеньян, сказав Остап Вишня з Бобровиці.");

        Repaired(document).Should().BeEmpty();
    }

    [Fact]
    public void A_capital_taken_for_a_ship_becomes_the_city_unless_the_name_is_quoted()
    {
        var document = Analyze("Ракети передали Москві, а крейсер «Москва» затонув.");
        Mention(document, "Москві", EntityType.Weapon, "Москва");
        Mention(document, "Москва", EntityType.Weapon, "Москва");

        Repaired(document).Should().Equal(("Москві", EntityType.Location), ("Москва", EntityType.Weapon));
    }

    [Fact]
    public void A_plural_group_name_in_lower_case_is_an_organization()
    {
        var document = Analyze("Судно атакували хусити.");

        Repaired(document).Should().Equal(("хусити", EntityType.Organization));
    }

    [Fact]
    public void A_state_mention_missing_its_first_word_is_extended_to_the_full_name()
    {
        var document = Analyze("Про це заявила Велика Британія.");
        Mention(document, "Британія", EntityType.Country, "Британія");

        Repaired(document).Should().Equal(("Велика Британія", EntityType.Country));
    }

    [Fact]
    public void A_state_glued_before_a_senator_is_split_off()
    {
        var document = Analyze("Сенатор від штату Флорида Джек Гарлоу виступив проти.");
        Mention(document, "Флорида Джек Гарлоу", EntityType.Person, "Флорида Джек Гарлоу");

        Repaired(document).Should().Equal(("Флорида", EntityType.Location), ("Джек Гарлоу", EntityType.Person));
    }

    [Fact]
    public void A_latin_word_after_a_latin_name_is_not_split_off_as_a_person()
    {
        var document = Analyze("Інтерв'ю опублікувало видання Washington Post у понеділок.");
        Mention(document, "Washington Post", EntityType.Person, "Washington Post");

        Repaired(document).Should().Equal(("Washington Post", EntityType.Organization));
    }

    [Fact]
    public void A_name_written_twice_in_one_mention_becomes_two_mentions()
    {
        // A heading glued to the paragraph after it.
        var document = Analyze("Хто така Ольга Дорош Ольга Дорош народилася у Львові.");
        Mention(document, "Ольга Дорош Ольга Дорош", EntityType.Person, "Ольга Дорош Ольга Дорош");

        Repaired(document).Should().Equal(("Ольга Дорош", EntityType.Person), ("Ольга Дорош", EntityType.Person));
        document.Mentions.Select(m => m.Span.Start).Should().Equal(9, 21);
        document.Mentions.Select(m => m.Lemma).Should().Equal("Ольга Дорош", "Ольга Дорош");
    }

    [Fact]
    public void Two_different_names_in_one_mention_are_not_split_as_a_repetition()
    {
        var document = Analyze("Учора Ольга Ольгівна Дорош виступила.");
        Mention(document, "Ольга Ольгівна Дорош", EntityType.Person, "Ольга Ольгівна Дорош");

        Repaired(document).Should().Equal(("Ольга Ольгівна Дорош", EntityType.Person));
    }

    [Fact]
    public void The_armed_forces_of_a_state_written_in_lower_case_are_one_organization()
    {
        var document = Analyze("Наступ збройних сил Росії зупинили біля села.");
        Mention(document, "Росії", EntityType.Country, "Росія");

        Repaired(document).Should().Equal(("збройних сил Росії", EntityType.Organization));
    }

    [Fact]
    public void Other_forces_of_a_state_stay_apart_from_it()
    {
        var document = Analyze("Наступ сухопутних сил Росії зупинили біля села.");
        Mention(document, "Росії", EntityType.Country, "Росія");

        Repaired(document).Should().Equal(("Росії", EntityType.Country));
    }

    [Theory]
    [InlineData("Пентагон оголосив новий тендер.", "Пентагон", EntityType.Organization)]
    [InlineData("Кремль відкинув цю пропозицію.", "Кремль", EntityType.Organization)]
    [InlineData("Сполучені Штати закрили посольство.", "Сполучені Штати", EntityType.Country)]
    public void A_known_name_opening_a_sentence_is_added_though_it_reads_as_a_common_word(string text, string name, EntityType type) =>
        Repaired(Analyze(text)).Should().Equal((name, type));

    [Fact]
    public void A_capital_that_shares_its_name_with_a_warship_is_the_capital_when_unquoted() =>
        Repaired(Analyze("Москва відкликала свого посла.")).Should().Equal(("Москва", EntityType.Location));

    [Theory]
    [InlineData("Учора Білий дім відповів журналістам.", "Білий дім")]
    [InlineData("Командувач відзначив Сили протиповітряної оборони.", "Сили протиповітряної оборони")]
    public void A_known_name_with_lower_case_words_is_added_whole(string text, string name) =>
        Repaired(Analyze(text)).Should().Equal((name, EntityType.Organization));

    [Theory]
    [InlineData("Світ змінився за одну ніч.")]
    [InlineData("Білий кіт спав на дивані.")]
    public void Common_words_opening_a_sentence_stay_untagged(string text) =>
        Repaired(Analyze(text)).Should().BeEmpty();

    [Fact]
    public void A_military_rank_glued_to_an_organization_goes_back_to_the_person_after_it()
    {
        var document = Analyze("За словами речника Міністерства оборони Канади генерал-майора Петра Коваленка, удар був точним.");
        Mention(document, "Міністерства оборони Канади генерал-майора", EntityType.Organization, "Міністерство оборони Канади");
        Mention(document, "Петра Коваленка", EntityType.Person, "Петро Коваленко");

        Repaired(document).Should().Equal(("Міністерства оборони Канади", EntityType.Organization), ("Петра Коваленка", EntityType.Person));
    }
}

