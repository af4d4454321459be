using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>POSSESSES from "у X є …" (<see cref="PossessionRules"/>), through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class PossessionRuleTests
{
    private static List<string> Possesses(string text) => PipelineTriples.Of(text, Predicate.Possesses);

    [FullPipelineFact]
    public void What_a_state_has_with_u_and_a_having_word_is_possessed()
    {
        Possesses("У Ірану є балістичні ракети середньої дальності.").Should().Equal("Іран > балістична ракета");
        Possesses("Звіт підтвердив наявність у Індії ядерної зброї.").Should().Equal("Індія > ядерна зброя");
    }

    [FullPipelineFact]
    public void A_place_where_something_happens_possesses_nothing() =>
        Possesses("У Франції відбулися навчання з ракетами.").Should().BeEmpty();

    [FullPipelineFact]
    public void An_intention_is_no_holding() =>
        Possesses("Канада має намір передати Молдові гаубиці.").Should().BeEmpty();
}

