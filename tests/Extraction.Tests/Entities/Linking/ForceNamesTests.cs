using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Pipeline;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Entities.Linking;

public sealed class ForceNamesTests
{
    private static readonly ForceNames Forces = new(Extraction.Entities.KnowledgeBase.Default, PhraseLemmatizer.Default);

    private static List<(string Text, EntityType Type, string? Lemma)> Applied(AnalysisDocument document)
    {
        Forces.Apply(document);
        return document.Mentions.Select(m => (m.Span.Substring(document.Text), m.Type, m.Lemma)).ToList();
    }

    [Fact]
    public void An_acronym_the_tagger_kept_alone_takes_in_the_word_forces_before_it()
    {
        var document = Analyze("Вночі Силам ППО вдалося збити дев'ять дронів.");
        Mention(document, "ППО", EntityType.Organization, "ППО");

        Applied(document).Should().Equal(("Силам ППО", EntityType.Organization, "Сили ППО"));
    }

    [Fact]
    public void A_force_name_in_lower_case_becomes_an_organization_in_the_plural()
    {
        var document = Analyze("Уночі сили оборони знищили два катери.");

        Applied(document).Should().Equal(("сили оборони", EntityType.Organization, "Сили оборони"));
    }

    [Fact]
    public void A_mention_running_into_a_place_after_a_preposition_is_cut_and_the_place_kept()
    {
        var document = Analyze("Операція Сил оборони у Курській області триває.");
        Mention(document, "Операція Сил оборони у Курській області", EntityType.Organization, "Операція Сил оборони у Курській області");

        Applied(document).Should().Equal(
            ("Сил оборони", EntityType.Organization, "Сили оборони"), ("Курській області", EntityType.Location, "Курська область"));
    }

    [Fact]
    public void A_genitive_continuation_stays_in_the_name_and_a_title_before_it_stays_a_title()
    {
        var document = Analyze("Речник Сил оборони півдня України відповів журналістам.");
        Mention(document, "Речник Сил оборони півдня України", EntityType.Job, "Речник Сил оборони півдня України");

        Applied(document).Should().Equal(
            ("Речник", EntityType.Job, "Речник"), ("Сил оборони півдня України", EntityType.Organization, "Сили оборони півдня України"));
    }

    [Fact]
    public void The_word_forces_in_another_sense_is_left_alone()
    {
        var document = Analyze("У них не вистачає сили волі й сил оборонятися.");

        Applied(document).Should().BeEmpty();
    }
}
