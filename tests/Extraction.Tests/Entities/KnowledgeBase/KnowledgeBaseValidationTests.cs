using System.Text.RegularExpressions;
using Extraction.Entities;
using Extraction.Tests.Support;
using Extraction.Training.KnowledgeBase;

namespace Extraction.Tests.Entities.KnowledgeBase;

public sealed class KnowledgeBaseValidationTests
{
    private static Extraction.Entities.KnowledgeBase Kb => Extraction.Entities.KnowledgeBase.Default;

    private static IEnumerable<KbEntry> OfType(EntityType type) => Kb.Entries.Where(e => e.Type == type);

    [Fact]
    public void Counts_meet_the_coverage_floor()
    {
        OfType(EntityType.Person).Count().Should().BeGreaterThanOrEqualTo(300);
        OfType(EntityType.Weapon).Count(e => !e.IsWeaponClass).Should().BeGreaterThanOrEqualTo(200);
        OfType(EntityType.Weapon).Count(e => e.IsWeaponClass).Should().BeGreaterThanOrEqualTo(60);
        OfType(EntityType.Organization).Count().Should().BeGreaterThanOrEqualTo(80);
        OfType(EntityType.Country).Count().Should().BeGreaterThanOrEqualTo(250);
        OfType(EntityType.Location).Count(e => e.IsCapital).Should().BeGreaterThanOrEqualTo(50);
    }

    [Fact]
    public void Ids_are_unique()
    {
        Kb.Entries.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Every_country_has_iso_and_english_name()
    {
        foreach (var country in OfType(EntityType.Country))
        {
            country.Iso.Should().MatchRegex("^[A-Z]{2}$", country.ToString());
            country.NameEn.Should().NotBeNullOrWhiteSpace(country.ToString());
            Kb.FindCountryByIso(country.Iso!).Should().BeSameAs(country);
        }
    }

    [Fact]
    public void Wikidata_ids_are_well_formed_and_not_reused()
    {
        var withIds = Kb.Entries.Where(e => e.Wikidata is not null).ToList();
        withIds.Should().OnlyContain(e => Regex.IsMatch(e.Wikidata!, "^Q[1-9][0-9]*$"));
        withIds.GroupBy(e => e.Wikidata).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void No_alias_is_shared_without_an_explicit_rule()
    {
        var problems = new List<string>();
        foreach (var (alias, entries) in Kb.AliasIndex)
        {
            if (entries.Length < 2) continue;
            bool sameType = entries.Select(e => e.Type).Distinct().Count() < entries.Length;
            if (sameType || !Kb.PreferredTypes.ContainsKey(alias))
            {
                problems.Add($"{alias}: {string.Join(" | ", entries.Select(e => e.ToString()))}");
            }
        }
        problems.Should().BeEmpty();
    }

    [Fact]
    public void Every_ambiguity_rule_is_needed_and_prefers_a_type_that_is_there()
    {
        foreach (var (alias, type) in Kb.PreferredTypes)
        {
            Kb.TryGetAll(alias, out var entries).Should().BeTrue(alias);
            entries.Length.Should().BeGreaterThan(1, alias);
            entries.Should().Contain(e => e.Type == type, alias);
        }
    }

    [Fact]
    public void Weapons_name_a_class_of_the_class_table()
    {
        var classes = OfType(EntityType.Weapon).Where(e => e.IsWeaponClass).Select(e => e.NameUk).ToHashSet();
        foreach (var weapon in OfType(EntityType.Weapon).Where(e => !e.IsWeaponClass))
        {
            classes.Should().Contain(weapon.WeaponClass!, weapon.ToString());
        }
    }

    [Fact]
    public void Capitals_and_affiliations_point_to_known_countries()
    {
        string[] bodies = ["EU", "NATO", "UN"];
        foreach (var entry in Kb.Entries.Where(e => e.CountryIso is not null))
        {
            (Kb.FindCountryByIso(entry.CountryIso!) is not null || (!entry.IsCapital && bodies.Contains(entry.CountryIso)))
                .Should().BeTrue(entry.ToString());
        }
    }

    [Fact]
    public void People_have_a_first_and_family_name_and_surnames_are_not_aliases()
    {
        foreach (var person in OfType(EntityType.Person))
        {
            person.NameUk.Should().Contain(" ", person.ToString());
            person.Surname.Should().NotBeNullOrEmpty(person.ToString());
            person.Aliases.Should().NotContain(person.Surname!, person.ToString());
        }
    }

    [Theory]
    [InlineData("КНДР", EntityType.Country, "c-KP")]
    [InlineData("кндр", EntityType.Country, "c-KP")]
    [InlineData("Корейська Народно-Демократична Республіка", EntityType.Country, "c-KP")]
    [InlineData("РФ", EntityType.Country, "c-RU")]
    [InlineData("Російська  Федерація", EntityType.Country, "c-RU")]
    [InlineData("Сполучені Штати Америки", EntityType.Country, "c-US")]
    [InlineData("Обʼєднані Арабські Емірати", EntityType.Country, "c-AE")]
    [InlineData("Об’єднані Арабські Емірати", EntityType.Country, "c-AE")]
    [InlineData("ОБ'ЄДНАНІ АРАБСЬКІ ЕМІРАТИ", EntityType.Country, "c-AE")]
    [InlineData("ПАР", EntityType.Country, "c-ZA")]
    [InlineData("Kim Jong Un", EntityType.Person, "p-kim-jong-un")]
    [InlineData("Сергій Шойгу", EntityType.Person, "p-sergei-shoigu")]
    [InlineData("ЗСУ", EntityType.Organization, "o-afu")]
    [InlineData("Збройні сили України", EntityType.Organization, "o-afu")]
    [InlineData("ЄС", EntityType.Organization, "o-eu")]
    [InlineData("ЦТАК", EntityType.Organization, "o-kcna")]
    [InlineData("Хаймарс", EntityType.Weapon, "w-himars")]
    [InlineData("Герань-2", EntityType.Weapon, "w-shahed136")]
    [InlineData("Пхеньян", EntityType.Location, "l-pyongyang")]
    public void Aliases_resolve_ignoring_case_spacing_and_apostrophe_shape(string alias, EntityType type, string id)
    {
        Kb.TryFind(alias, type, out var entry).Should().BeTrue();
        entry.Id.Should().Be(id);
        Kb.TryFind(alias, null, out var untyped).Should().BeTrue();
        untyped.Id.Should().Be(id);
    }

    [Fact]
    public void A_type_filter_excludes_entries_of_other_types()
    {
        Kb.TryFind("КНДР", EntityType.Organization, out _).Should().BeFalse();
        Kb.TryFind("Шойгу", EntityType.Person, out _).Should().BeFalse("a bare surname is a linking rule, not an alias");
        Kb.TryFind("", null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("російський", "RU")]
    [InlineData("російська", "RU")]
    [InlineData("російські", "RU")]
    [InlineData("північнокорейський", "KP")]
    [InlineData("американський", "US")]
    [InlineData("український", "UA")]
    [InlineData("іранських", "IR")]
    [InlineData("китайський", "CN")]
    [InlineData("білоруський", "BY")]
    public void Nationality_adjectives_give_the_country(string adjective, string iso)
    {
        Kb.FindCountryByNationalityAdjective(adjective)!.Iso.Should().Be(iso);
    }

    [Theory]
    [InlineData("росіянин", "RU")]
    [InlineData("росіяни", "RU")]
    [InlineData("українці", "UA")]
    [InlineData("американці", "US")]
    [InlineData("північнокорейці", "KP")]
    [InlineData("поляки", "PL")]
    [InlineData("білоруси", "BY")]
    [InlineData("грузини", "GE")]
    public void Demonyms_give_the_country(string demonym, string iso)
    {
        Kb.FindCountryByDemonym(demonym)!.Iso.Should().Be(iso);
    }

    [Theory]
    [InlineData("Москва", "RU")]
    [InlineData("Пхеньян", "KP")]
    [InlineData("Київ", "UA")]
    [InlineData("Вашингтон", "US")]
    [InlineData("Пекін", "CN")]
    [InlineData("Тегеран", "IR")]
    [InlineData("Мінськ", "BY")]
    public void Capitals_give_their_state(string capital, string iso)
    {
        Kb.FindCountryByCapital(capital)!.Iso.Should().Be(iso);
    }

    [Fact]
    public void Unknown_words_find_nothing()
    {
        Kb.FindCountryByCapital("Владивосток").Should().BeNull();
        Kb.FindCountryByNationalityAdjective("зелений").Should().BeNull();
        Kb.FindCountryByDemonym("вчителі").Should().BeNull();
        Kb.TryFindPeopleBySurname("Шойгу", out var people).Should().BeTrue();
        people.Should().ContainSingle().Which.NameUk.Should().Be("Сергій Шойгу");
    }

    [SharedDataFact]
    public void Every_cldr_territory_is_a_country_row()
    {
        var codes = File.ReadLines(SharedData.PathOf("gazetteers/territories-cldr-uk.tsv")!).Skip(1)
            .Select(l => l.Split('\t')).Where(f => f.Length > 3 && f[3] == "territory").Select(f => f[0]).ToHashSet();
        codes.Count.Should().BeGreaterThan(250);
        foreach (string code in codes) Kb.FindCountryByIso(code).Should().NotBeNull(code);
    }

    [SharedDataFact]
    public void The_shipped_country_table_is_what_the_generator_writes()
    {
        string repo = RepoRoot();
        using var cldr = new StreamReader(SharedData.PathOf("gazetteers/territories-cldr-uk.tsv")!);
        using var overlay = new StreamReader(Path.Combine(repo, "src/Extraction.Training/KnowledgeBase/country-overlay.tsv"));
        var generated = CountryTableGenerator.Generate(cldr, overlay);
        var shipped = File.ReadAllLines(Path.Combine(repo, "src/Extraction/KnowledgeBase/countries.tsv"));
        shipped.Should().Equal(generated);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Extraction.sln not found above the test binaries.");
    }
}
