using Extraction.Entities;
using Extraction.Pipeline;

namespace Extraction.Tests.Entities;

/// <summary>Sanity checks of the embedded model on sentences written for this test; skipped when no model is embedded.</summary>
public class EntityTaggerEndToEndTests
{
    public sealed class EmbeddedModelFactAttribute : FactAttribute
    {
        public EmbeddedModelFactAttribute()
        {
            if (!EntityTagger.HasDefault) Skip = "models/entities.bin is not embedded.";
        }
    }

    [EmbeddedModelFact]
    public void Finds_a_clear_person_and_organization()
    {
        const string text = "Міністр фінансів Петро Коваленко підписав угоду з компанією « Укрнафта » у Києві .";
        var result = new ExtractorBuilder().UsePretokenizedInput().WithoutRelations().Build().Extract(text);

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Text == "Петро Коваленко");
        result.Mentions.Should().Contain(m => m.Type == EntityType.Location && m.Text == "Києві");
        result.Mentions.Should().Contain(m => m.Type == EntityType.Organization && m.Text.Contains("Укрнафта"));
        result.Mentions.Should().OnlyContain(m => m.Text == text.Substring(m.Span.Start, m.Span.Length) && m.Confidence > 0 && m.Confidence <= 1);
    }

    [EmbeddedModelFact]
    public void Mention_offsets_index_the_original_text_across_lines_and_extra_spaces()
    {
        const string text = "  Учора   Олена Мельник виступила у Харкові .\n\nПотім  вона поїхала до Львова .  ";
        var result = new ExtractorBuilder().UsePretokenizedInput().WithoutRelations().Build().Extract(text);

        result.Mentions.Should().NotBeEmpty();
        result.Mentions.Should().OnlyContain(m => m.Text == text.Substring(m.Span.Start, m.Span.Length));
        result.Mentions.Select(m => m.Span.Start).Should().BeInAscendingOrder();
        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Text == "Олена Мельник");
    }

    [EmbeddedModelFact]
    public void Empty_and_entity_free_text_give_no_mentions()
    {
        var extractor = new ExtractorBuilder().UsePretokenizedInput().WithoutRelations().Build();
        extractor.Extract("").Mentions.Should().BeEmpty();
        extractor.Extract("вона сказала , що все добре").Mentions.Should().BeEmpty();
    }
}
