using Extraction.Entities;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Entities;

public class BilouDecodingTests
{
    private const int Types = 2;
    private static readonly int Labels = BilouLabels.Count(Types);

    private static int[] Decode(float[,] table, BilouTransitions? transitions = null)
    {
        int n = table.GetLength(0);
        var emissions = new float[n * Labels];
        for (int i = 0; i < n; i++) for (int y = 0; y < Labels; y++) emissions[i * Labels + y] = table[i, y];
        var labels = new int[n];
        ViterbiDecoder.Decode(emissions, transitions ?? BilouTransitions.Zero(Types), new float[n * Labels], labels);
        return labels;
    }

    private static float[,] Table(params int[] preferred)
    {
        var table = new float[preferred.Length, Labels];
        for (int i = 0; i < preferred.Length; i++) table[i, preferred[i]] = 5;
        return table;
    }

    [Fact]
    public void Follows_the_scores_when_they_form_a_valid_sequence()
    {
        int[] expected = [BilouLabels.Outside, BilouLabels.Begin(0), BilouLabels.Inside(0), BilouLabels.Last(0), BilouLabels.Unit(1)];
        Decode(Table(expected)).Should().Equal(expected);
    }

    [Fact]
    public void Never_starts_with_inside_or_last_even_when_they_score_highest()
    {
        var table = Table(BilouLabels.Inside(0), BilouLabels.Last(0));
        table[0, BilouLabels.Begin(0)] = 4;
        Decode(table).Should().Equal(BilouLabels.Begin(0), BilouLabels.Last(0));
    }

    [Fact]
    public void Does_not_change_type_inside_a_span()
    {
        var table = Table(BilouLabels.Begin(0), BilouLabels.Last(1));
        var labels = Decode(table);
        IsValid(labels).Should().BeTrue();
        labels.Should().NotEqual(new[] { BilouLabels.Begin(0), BilouLabels.Last(1) });
    }

    [Fact]
    public void Does_not_end_a_sentence_inside_an_open_span()
    {
        var table = Table(BilouLabels.Outside, BilouLabels.Begin(1));
        table[1, BilouLabels.Unit(1)] = 3;
        Decode(table).Should().Equal(BilouLabels.Outside, BilouLabels.Unit(1));
    }

    [Fact]
    public void Transition_scores_can_outweigh_emissions()
    {
        var transitions = BilouTransitions.Zero(Types);
        transitions.Pair[BilouLabels.Unit(0) * Labels + BilouLabels.Unit(0)] = -100;
        transitions.Refresh();
        var table = Table(BilouLabels.Unit(0), BilouLabels.Unit(0));
        table[1, BilouLabels.Outside] = 4;
        Decode(table, transitions).Should().Equal(BilouLabels.Unit(0), BilouLabels.Outside);
    }

    [Fact]
    public void Any_score_table_decodes_to_a_valid_bilou_sequence()
    {
        Prop.ForAll(
            Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(-1000, 1000), n * Labels)).ToArbitrary(),
            values =>
            {
                int n = values.Length / Labels;
                var table = new float[n, Labels];
                for (int i = 0; i < n; i++) for (int y = 0; y < Labels; y++) table[i, y] = values[i * Labels + y] / 100f;
                return IsValid(Decode(table));
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bio_tags_convert_to_bilou_and_back_to_the_same_spans()
    {
        int[] types = [-1, 0, 0, 0, 1, 1, -1, 0];
        bool[] begins = [false, true, false, false, true, true, false, true];
        var labels = new int[types.Length];
        BilouLabels.FromBio(types, begins, labels);
        labels.Should().Equal(
            BilouLabels.Outside, BilouLabels.Begin(0), BilouLabels.Inside(0), BilouLabels.Last(0),
            BilouLabels.Unit(1), BilouLabels.Unit(1), BilouLabels.Outside, BilouLabels.Unit(0));
        var spans = new List<(int, int, int)>();
        BilouLabels.ForEachSpan(labels, (s, e, t) => spans.Add((s, e, t)));
        spans.Should().Equal((1, 4, 0), (4, 5, 1), (5, 6, 1), (7, 8, 0));
    }

    [Fact]
    public void Decoding_finds_the_best_valid_sequence_found_by_brute_force()
    {
        var random = new Random(11);
        for (int round = 0; round < 40; round++)
        {
            int n = 1 + round % 4;
            var transitions = BilouTransitions.Zero(Types);
            for (int i = 0; i < transitions.Pair.Length; i++) transitions.Pair[i] = (float)(random.NextDouble() * 4 - 2);
            for (int y = 0; y < Labels; y++)
            {
                transitions.Start[y] = (float)random.NextDouble();
                transitions.End[y] = (float)random.NextDouble();
            }
            transitions.Refresh();
            var table = new float[n, Labels];
            for (int i = 0; i < n; i++) for (int y = 0; y < Labels; y++) table[i, y] = (float)(random.NextDouble() * 6 - 3);

            var decoded = Decode(table, transitions);
            double best = double.NegativeInfinity;
            var candidate = new int[n];
            for (int code = 0; code < (int)Math.Pow(Labels, n); code++)
            {
                for (int i = 0, c = code; i < n; i++, c /= Labels) candidate[i] = c % Labels;
                if (IsValid(candidate)) best = Math.Max(best, SequenceScore(candidate, table, transitions));
            }
            IsValid(decoded).Should().BeTrue();
            SequenceScore(decoded, table, transitions).Should().BeApproximately(best, 1e-4);
        }
    }

    private static double SequenceScore(int[] labels, float[,] table, BilouTransitions transitions)
    {
        double score = transitions.Start[labels[0]] + transitions.End[labels[^1]];
        for (int i = 0; i < labels.Length; i++)
        {
            score += table[i, labels[i]];
            if (i > 0) score += transitions.Pair[labels[i - 1] * Labels + labels[i]];
        }
        return score;
    }

    private static bool IsValid(int[] labels)
    {
        if (!BilouLabels.CanStart(labels[0]) || !BilouLabels.CanEnd(labels[^1])) return false;
        for (int i = 1; i < labels.Length; i++)
        {
            if (!BilouLabels.CanFollow(labels[i - 1], labels[i])) return false;
        }
        return true;
    }
}
