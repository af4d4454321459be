using Extraction.Training.Entities;

namespace Extraction.Tests.Entities;

public class NerScoresTests
{
    [Fact]
    public void Strict_scores_count_only_exact_span_and_type()
    {
        var scores = new NerScores();
        scores.Add(
            [new LabeledSpan(0, 2, "PERS"), new LabeledSpan(3, 4, "LOC"), new LabeledSpan(5, 7, "ORG")],
            [new LabeledSpan(0, 2, "PERS"), new LabeledSpan(3, 4, "ORG"), new LabeledSpan(5, 6, "ORG")]);
        scores.Add([new LabeledSpan(1, 2, "PERS")], [new LabeledSpan(1, 2, "PERS"), new LabeledSpan(4, 5, "DATE")]);

        var pers = scores.ByType["PERS"];
        (pers.Gold, pers.Predicted, pers.Correct).Should().Be((2, 2, 2));
        pers.F1.Should().Be(1);
        var org = scores.ByType["ORG"];
        (org.Gold, org.Predicted, org.Correct).Should().Be((1, 2, 0));
        org.F1.Should().Be(0);
        scores.ByType["DATE"].Precision.Should().Be(0);

        var micro = scores.Micro();
        (micro.Gold, micro.Predicted, micro.Correct).Should().Be((4, 5, 2));
        micro.Precision.Should().BeApproximately(0.4, 1e-12);
        micro.Recall.Should().BeApproximately(0.5, 1e-12);
        micro.F1.Should().BeApproximately(2 * 0.4 * 0.5 / 0.9, 1e-12);
        scores.MacroF1().Should().BeApproximately((1.0 + 0 + 0) / 3, 1e-12, "macro averages the types with gold spans");
        scores.PersonLocationOrganizationF1().Should().BeApproximately(2 * 0.5 * 0.5, 1e-12);
    }

    [Fact]
    public void Iob_tags_become_spans_with_stray_inside_tags_starting_a_span()
    {
        var sentence = new IobSentence(
            ["a", "b", "c", "d", "e", "f", "g"],
            ["B-PERS", "I-PERS", "I-ORG", "O", "I-LOC", "B-LOC", "I-LOC"]);
        sentence.Spans().Should().Equal(
            new LabeledSpan(0, 2, "PERS"), new LabeledSpan(2, 3, "ORG"), new LabeledSpan(4, 5, "LOC"), new LabeledSpan(5, 7, "LOC"));
    }
}
