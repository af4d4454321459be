using Extraction.Entities;
using Extraction.Training.Entities.Crf;

namespace Extraction.Tests.Training.Entities.Crf;

/// <summary>
/// Forward–backward against brute force: every allowed BILOU sequence of a short sentence enumerated, its probability
/// computed directly; and the log-likelihood gradient against finite differences.
/// </summary>
public class BilouForwardBackwardTests
{
    private static (float[] Emissions, BilouTransitions Transitions) RandomSentence(int types, int tokens, int seed, float spread)
    {
        var random = new Random(seed);
        int l = BilouLabels.Count(types);
        float Next() => (float)(random.NextDouble() * 2 - 1) * spread;
        var emissions = new float[tokens * l];
        for (int k = 0; k < emissions.Length; k++) emissions[k] = Next();
        var pair = new float[l * l];
        var start = new float[l];
        var end = new float[l];
        for (int k = 0; k < pair.Length; k++) pair[k] = Next() / 2;
        for (int k = 0; k < l; k++) (start[k], end[k]) = (Next() / 2, Next() / 2);
        return (emissions, new BilouTransitions(types, pair, start, end));
    }

    /// <summary>Every label sequence the BILOU constraints allow, by enumeration.</summary>
    private static List<int[]> AllowedSequences(int labels, int tokens)
    {
        var result = new List<int[]>();
        var current = new int[tokens];
        void Extend(int i)
        {
            if (i == tokens)
            {
                if (BilouLabels.CanEnd(current[tokens - 1])) result.Add((int[])current.Clone());
                return;
            }
            for (int y = 0; y < labels; y++)
            {
                if (i == 0 ? !BilouLabels.CanStart(y) : !BilouLabels.CanFollow(current[i - 1], y)) continue;
                current[i] = y;
                Extend(i + 1);
            }
        }
        Extend(0);
        return result;
    }

    private static double LogSumExp(IEnumerable<double> values)
    {
        var list = values.ToList();
        double max = list.Max();
        return max + Math.Log(list.Sum(v => Math.Exp(v - max)));
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(3, 8)]
    [InlineData(4, 40)]
    public void Log_partition_and_marginals_match_enumeration_of_the_allowed_sequences(int tokens, int seed)
    {
        var (emissions, transitions) = RandomSentence(types: 2, tokens, seed, spread: 3);
        int l = transitions.LabelCount;
        var sequences = AllowedSequences(l, tokens);
        var scores = sequences.Select(s => BilouForwardBackward.SequenceScore(emissions, transitions, s)).ToList();
        double expectedLogZ = LogSumExp(scores);

        var chain = new BilouForwardBackward(l);
        chain.SetTransitions(transitions);
        double logZ = chain.Run(emissions, tokens);

        logZ.Should().BeApproximately(expectedLogZ, 1e-4);
        var marginals = new float[l];
        for (int i = 0; i < tokens; i++)
        {
            chain.Marginals(i, marginals);
            for (int y = 0; y < l; y++)
            {
                double expected = sequences.Select((s, k) => s[i] == y ? Math.Exp(scores[k] - expectedLogZ) : 0).Sum();
                marginals[y].Should().BeApproximately((float)expected, 1e-5f, $"token {i}, label {y}");
            }
        }
        var pairs = new float[l * l];
        chain.AddPairExpectations(pairs, 1);
        for (int a = 0; a < l; a++)
        {
            for (int b = 0; b < l; b++)
            {
                double expected = sequences.Select((s, k) => Math.Exp(scores[k] - expectedLogZ) * Enumerable.Range(1, tokens - 1).Count(i => s[i - 1] == a && s[i] == b)).Sum();
                pairs[a * l + b].Should().BeApproximately((float)expected, 1e-5f, $"pair {a} → {b}");
            }
        }
    }

    [Theory]
    [InlineData(3f)]
    [InlineData(60f)]
    [InlineData(400f)]
    public void Marginals_of_every_token_sum_to_one_and_never_use_a_forbidden_label_even_with_extreme_scores(float spread)
    {
        var (emissions, transitions) = RandomSentence(types: 13, tokens: 60, seed: 3, spread);
        int l = transitions.LabelCount;
        var chain = new BilouForwardBackward(l);
        chain.SetTransitions(transitions);

        double logZ = chain.Run(emissions, 60);

        double.IsFinite(logZ).Should().BeTrue();
        var marginals = new float[l];
        for (int i = 0; i < 60; i++)
        {
            chain.Marginals(i, marginals);
            marginals.Sum().Should().BeApproximately(1f, 1e-4f, $"token {i}");
            marginals.Should().OnlyContain(p => p >= 0 && p <= 1.0001f);
        }
        chain.Marginals(0, marginals);
        Enumerable.Range(0, l).Where(y => !BilouLabels.CanStart(y)).Should().OnlyContain(y => marginals[y] == 0);
        chain.Marginals(59, marginals);
        Enumerable.Range(0, l).Where(y => !BilouLabels.CanEnd(y)).Should().OnlyContain(y => marginals[y] == 0);
    }

    [Fact]
    public void The_log_likelihood_gradient_matches_finite_differences()
    {
        const int tokens = 5;
        var (emissions, transitions) = RandomSentence(types: 2, tokens, seed: 11, spread: 2);
        int l = transitions.LabelCount;
        int[] gold = [BilouLabels.Begin(0), BilouLabels.Last(0), BilouLabels.Outside, BilouLabels.Unit(1), BilouLabels.Outside];
        var chain = new BilouForwardBackward(l);

        double LogLikelihood()
        {
            chain.SetTransitions(transitions);
            return BilouForwardBackward.SequenceScore(emissions, transitions, gold) - chain.Run(emissions, tokens);
        }

        LogLikelihood();
        var marginals = new float[tokens * l];
        for (int i = 0; i < tokens; i++) chain.Marginals(i, marginals.AsSpan(i * l, l));
        var pairs = new float[l * l];
        chain.AddPairExpectations(pairs, -1);
        for (int i = 1; i < tokens; i++) pairs[gold[i - 1] * l + gold[i]] += 1;

        const float step = 1e-2f;
        double Difference(float[] parameters, int index)
        {
            float original = parameters[index];
            parameters[index] = original + step;
            double up = LogLikelihood();
            parameters[index] = original - step;
            double down = LogLikelihood();
            parameters[index] = original;
            return (up - down) / (2 * step);
        }

        int checkedCount = 0;
        for (int i = 0; i < tokens; i++)
        {
            for (int y = 0; y < l; y++)
            {
                double analytic = (gold[i] == y ? 1 : 0) - marginals[i * l + y];
                Difference(emissions, i * l + y).Should().BeApproximately(analytic, 2e-3, $"emission {i}, {y}");
                checkedCount++;
            }
        }
        for (int a = 0; a < l; a++)
        {
            for (int b = 0; b < l; b++)
            {
                if (!BilouLabels.CanFollow(a, b)) continue;
                Difference(transitions.Pair, a * l + b).Should().BeApproximately(pairs[a * l + b], 2e-3, $"pair {a} → {b}");
                checkedCount++;
            }
        }
        for (int y = 0; y < l; y++)
        {
            if (!BilouLabels.CanStart(y)) continue;
            double analytic = (gold[0] == y ? 1 : 0) - marginals[y];
            Difference(transitions.Start, y).Should().BeApproximately(analytic, 2e-3, $"start {y}");
        }
        checkedCount.Should().BeGreaterThan(50);
    }
}
