using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Relations;

/// <summary>
/// A chain of places, each the genitive container of the one before it: containment links adjacent levels only, and the
/// containers of a struck place are not struck — with a model that predicts the one relation for every pair.
/// </summary>
public sealed class PlaceChainTests
{
    [Fact]
    public void A_place_lies_in_the_next_level_of_its_chain_only()
    {
        var document = Analyze("Уночі дрон влучив у будинок у селі Вербове Пологівського району Запорізької області.");
        int village = Mention(document, "Вербове", EntityType.Location, "Вербове");
        int district = Mention(document, "Пологівського району", EntityType.Location, "Пологівський район");
        int region = Mention(document, "Запорізької області", EntityType.Location, "Запорізька область");

        var located = Extract(document, BiasOnlyModel(("LOCATED_IN>", 9f))).Where(r => r.Predicate == Predicate.LocatedIn)
            .Select(r => (r.SubjectEntity, r.ObjectEntity));

        located.Should().BeEquivalentTo([(village, district), (district, region)]);
    }

    [Fact]
    public void The_region_of_a_struck_town_is_not_struck()
    {
        var document = Analyze("Росія вдарила по Куп'янську Харківської області.");
        int russia = Mention(document, "Росія", EntityType.Country, "Росія");
        int town = Mention(document, "Куп'янську", EntityType.Location, "Куп'янськ");
        Mention(document, "Харківської області", EntityType.Location, "Харківська область");

        var attacked = Extract(document, BiasOnlyModel(("ATTACKS>", 9f))).Where(r => r.Predicate == Predicate.Attacks)
            .Select(r => (r.SubjectEntity, r.ObjectEntity));

        attacked.Should().Equal((russia, town));
    }

    [Fact]
    public void Towns_of_a_list_are_each_struck()
    {
        var document = Analyze("Росія вдарила по Харкову, Сумам та Одесі.");
        Mention(document, "Росія", EntityType.Country, "Росія");
        Mention(document, "Харкову", EntityType.Location, "Харків");
        Mention(document, "Сумам", EntityType.Location, "Суми");
        Mention(document, "Одесі", EntityType.Location, "Одеса");

        Extract(document, BiasOnlyModel(("ATTACKS>", 9f))).Count(r => r.Predicate == Predicate.Attacks).Should().Be(3);
    }
}
