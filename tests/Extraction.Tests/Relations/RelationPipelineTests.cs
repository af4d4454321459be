using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>Runs only when the default pipeline has every stage the relation example needs (tagger, weapons, linking, relations).</summary>
public sealed class FullPipelineFactAttribute : FactAttribute
{
    private static readonly string[] Needed = ["entities", "weapons", "linking", "relations"];

    public FullPipelineFactAttribute(string? knownGap = null)
    {
        var names = Extractor.CreateDefault().StageNames;
        string[] missing = Needed.Where(n => !names.Contains(n)).ToArray();
        if (missing.Length > 0) Skip = $"The default pipeline lacks the stage(s) {string.Join(", ", missing)}; this end-to-end test needs all of them.";
        else if (knownGap is not null) Skip = "Known gap: " + knownGap;
    }
}

public sealed class RelationPipelineTests
{
    private const string SpecExample =
        "Лідер КНДР Кім Чен Ин зустрівся з міністром оборони Росії Сергієм Шойгу у Владивостоці. " +
        "Пхеньян може збільшити постачання артилерійських снарядів Москві.";

    // VISITED Владивосток comes from the meeting-place rule (the nominative participant of a meeting held "у X" visits X).
    [FullPipelineFact]
    public void The_spec_example_gives_exactly_its_five_triples()
    {
        var result = Extractor.CreateDefault().Extract(SpecExample);
        string Name(string id) => result.FindEntity(id)!.Name;

        var triples = result.Relations
            .Select(r => $"{Name(r.SubjectId)} {r.Predicate.ToLabel()} {Name(r.ObjectId)} {r.Modality.ToLabel()}")
            .ToList();

        triples.Should().BeEquivalentTo(
            "Кім Чен Ин HOLDS_ROLE Північна Корея ASSERTED",
            "Сергій Шойгу HOLDS_ROLE Росія ASSERTED",
            "Кім Чен Ин MET_WITH Сергій Шойгу ASSERTED",
            "Кім Чен Ин VISITED Владивосток ASSERTED",
            "Північна Корея SUPPLIES артилерійський снаряд POSSIBLE");
        result.Relations.Single(r => r.Predicate == Predicate.Supplies).Arguments["recipient"].Should().Be(
            result.Entities.Single(e => e.Name == "Росія").Id);
        result.Relations.Single(r => r.Predicate == Predicate.HoldsRole && Name(r.SubjectId) == "Кім Чен Ин").Arguments["role"].Should().Be("лідер");
    }

    [Fact]
    public void Extraction_is_deterministic_across_runs_and_threads()
    {
        const string text = "Президент Франції Еммануель Макрон зустрівся з канцлером Німеччини Олафом Шольцом у Берліні. " +
            "Росія атакувала Харків ракетами, повідомляє Генштаб. Він заявив, що Франція не передасть Україні винищувачі.";
        var extractor = Extractor.CreateDefault();
        string Render(ExtractionResult r) => string.Join("\n", r.Relations.Select(x =>
            $"{x.SubjectId} {x.Predicate} {x.ObjectId} {x.Modality} {x.Confidence} {x.Evidence} {x.SourceId} {string.Join(",", x.Arguments.OrderBy(a => a.Key))}"));

        string first = Render(extractor.Extract(text));
        string[] parallel = new string[8];
        Parallel.For(0, parallel.Length, i => parallel[i] = Render(extractor.Extract(text)));

        parallel.Should().AllBe(first);
        Render(Extractor.CreateDefault().Extract(text)).Should().Be(first);
    }

    [Fact]
    public void Every_emitted_triple_respects_its_signature_and_points_at_real_entities()
    {
        const string text = "Міністр оборони України Рустем Умєров відвідав Вашингтон. Російські дрони атакували Одесу. " +
            "США передадуть Україні ракети ATACMS, заявив Пентагон. Київ співпрацює з Варшавою у сфері оборони.";
        var result = Extractor.CreateDefault().Extract(text);

        foreach (var relation in result.Relations)
        {
            var subject = result.FindEntity(relation.SubjectId);
            var @object = result.FindEntity(relation.ObjectId);
            subject.Should().NotBeNull();
            @object.Should().NotBeNull();
            RelationSignatures.Allows(relation.Predicate, subject!.Type, @object!.Type).Should().BeTrue(relation.ToString());
            relation.Confidence.Should().BeInRange(0, 1);
            text[relation.Evidence.Start..relation.Evidence.End].Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Without_relations_the_pipeline_emits_none()
    {
        var result = new ExtractorBuilder().WithoutRelations().Build().Extract("Росія атакувала Харків ракетами.");

        result.Relations.Should().BeEmpty();
    }
}
