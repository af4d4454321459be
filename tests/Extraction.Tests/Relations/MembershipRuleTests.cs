using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>MEMBER_OF from "X та інші країни Y", through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class MembershipRuleTests
{
    private static List<string> Members(string text) => PipelineTriples.Of(text, Predicate.MemberOf);

    [FullPipelineFact]
    public void A_state_named_before_the_other_members_of_an_organization_is_a_member()
    {
        Members("Чехія та інші країни ЄС погодили новий бюджет.").Should().Equal("Чехія > Європейський Союз");
        Members("Естонія й інші союзники по НАТО відправили літаки.").Should().Equal("Естонія > НАТО");
    }

    [FullPipelineFact]
    public void Other_partners_are_no_membership() =>
        Members("Франція та інші партнери Молдови зібралися в Парижі.").Should().BeEmpty();
}
