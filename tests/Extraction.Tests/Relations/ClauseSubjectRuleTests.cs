using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>Rules that find a relation's subject outside its cue's own clause, through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class ClauseSubjectRuleTests
{
    private static List<string> Triples(string text, Predicate predicate)
    {
        var result = Extractor.CreateDefault().Extract(text);
        string Name(string id) => result.FindEntity(id)!.Name;
        return result.Relations.Where(r => r.Predicate == predicate).Select(r => $"{Name(r.SubjectId)} > {Name(r.ObjectId)} {r.Modality}").ToList();
    }

    [FullPipelineFact]
    public void A_subjectless_that_clause_shares_the_main_clauses_giver() =>
        Triples("Туреччина заперечує, що передавала дрони Судану.", Predicate.Supplies).Should().Equal("Туреччина > безпілотник Negated");

    [FullPipelineFact]
    public void A_plant_for_producing_weapons_is_produced_by_the_builders_subject() =>
        Triples("Компанія Thales побудує в Польщі завод із виробництва зенітних ракет.", Predicate.Produces)
            .Should().Equal("Thales > зенітна ракета Possible");
}
