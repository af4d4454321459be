using Extraction.Pipeline;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>A report's source is its source, not a party to what it reports; through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class AttributionPartyTests
{
    private static (List<string> Triples, List<string?> Sources) Extract(string text)
    {
        var result = Extractor.CreateDefault().Extract(text);
        string Name(string id) => result.FindEntity(id)!.Name;
        return (result.Relations.Select(r => $"{Name(r.SubjectId)} {r.Predicate} {Name(r.ObjectId)}").ToList(),
            result.Relations.Select(r => r.SourceId is null ? null : Name(r.SourceId)).ToList());
    }

    [FullPipelineFact]
    public void A_news_agency_named_before_the_comma_is_the_source_not_a_giver()
    {
        var (triples, sources) = Extract("Як повідомляє Reuters, Білорусь передала Росії гаубиці.");
        triples.Should().Equal("Білорусь Supplies гаубиця");
        sources.Should().Equal("Reuters");
    }

    [FullPipelineFact]
    public void The_body_whose_data_are_cited_destroyed_nothing()
    {
        var (triples, _) = Extract("За даними Генштабу ЗСУ, Сили оборони збили 25 дронів.");
        triples.Should().Equal("Сили оборони України Destroyed безпілотник");
    }
}
