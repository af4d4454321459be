using System.Numerics.Tensors;
using Extraction.Entities;

namespace Extraction.Training.Entities.Crf;

/// <summary>
/// Forward–backward of a linear-chain CRF over BILOU labels: the log partition function of a sentence's label scores
/// and each token's label marginals, under the same constraints as <see cref="ViterbiDecoder"/> (a sequence opens with
/// O/B/U, closes with O/L/U, and follows <see cref="BilouLabels.CanFollow"/>; other sequences have probability 0).
/// Works on scaled probabilities in doubles: each token's emissions are shifted by the best score the forward vector
/// reaches before exponentiation, and each forward vector is normalized to sum 1, the logs of the shifts and norms adding
/// up to log Z (Rabiner's scaling), so scores hundreds apart neither overflow nor underflow. Holds its scratch buffers;
/// one instance per thread.
/// </summary>
internal sealed class BilouForwardBackward
{
    private readonly int _l;
    private readonly double[] _pair;   // exp(transition) for allowed pairs, 0 otherwise, previous * l + next
    private readonly double[] _start;  // exp(start score) for labels that may open a sentence, else 0
    private readonly double[] _end;    // exp(end score) for labels that may close one, else 0 (part of the last potentials)
    private readonly double[] _pairSums; // Σ_i α̂_{i-1}[a] · ψ_i[b] β̂_i[b] / c_i, before the factor _pair[a, b]
    private double[] _potentials = [];  // ψ_i = exp(e_i - shift_i), 0 for labels unreachable at i; the last row times _end
    private double[] _alpha = [];
    private double[] _beta = [];
    private double[] _norms = [];      // c_0 … c_{n-1}
    private int _n;

    public BilouForwardBackward(int labelCount)
    {
        _l = labelCount;
        _pair = new double[labelCount * labelCount];
        _start = new double[labelCount];
        _end = new double[labelCount];
        _pairSums = new double[labelCount * labelCount];
    }

    public int LabelCount => _l;

    /// <summary>Takes the transition scores (call again whenever they change).</summary>
    public void SetTransitions(BilouTransitions transitions)
    {
        if (transitions.LabelCount != _l) throw new ArgumentException("The transitions have another label count.", nameof(transitions));
        for (int a = 0; a < _l; a++)
        {
            for (int b = 0; b < _l; b++) _pair[a * _l + b] = BilouLabels.CanFollow(a, b) ? Math.Exp(transitions.Pair[a * _l + b]) : 0;
            _start[a] = BilouLabels.CanStart(a) ? Math.Exp(transitions.Start[a]) : 0;
            _end[a] = BilouLabels.CanEnd(a) ? Math.Exp(transitions.End[a]) : 0;
        }
    }

    /// <summary>
    /// Runs forward–backward over <paramref name="emissions"/> (<c>tokens × LabelCount</c>) and returns log Z, the log of
    /// the summed exponentiated scores of every allowed label sequence. Afterwards <see cref="Marginals"/> and
    /// <see cref="AddPairExpectations"/> describe the same sentence. Returns NaN when no allowed sequence has a
    /// probability representable in doubles (scores more than ≈700 apart across a forced transition), so the caller can skip
    /// the sentence.
    /// </summary>
    public double Run(ReadOnlySpan<float> emissions, int tokens)
    {
        int l = _l, n = tokens;
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(tokens));
        if (emissions.Length < n * l) throw new ArgumentException("Fewer emissions than tokens × labels.", nameof(emissions));
        Ensure(n);
        _n = n;
        var potentials = _potentials.AsSpan(0, n * l);
        var alpha = _alpha.AsSpan(0, n * l);
        var beta = _beta.AsSpan(0, n * l);
        double logZ = 0;
        for (int i = 0; i < n; i++)
        {
            var current = alpha.Slice(i * l, l);
            if (i == 0)
            {
                _start.CopyTo(current);
            }
            else
            {
                var previous = alpha.Slice((i - 1) * l, l);
                current.Clear();
                for (int a = 0; a < l; a++)
                {
                    double from = previous[a];
                    if (from != 0) TensorPrimitives.MultiplyAdd(_pair.AsSpan(a * l, l), from, current, current);
                }
            }
            // The shift is the best score among the labels the forward vector reaches, and the others get potential 0:
            // a high score on a label no allowed sequence can take at this token must not push the rest to underflow.
            // The end scores are part of the last token's potentials, so its forward vector holds only sequences that may end.
            bool last = i == n - 1;
            var e = emissions.Slice(i * l, l);
            float max = float.NegativeInfinity;
            for (int y = 0; y < l; y++)
            {
                if (current[y] > 0 && (!last || _end[y] > 0) && e[y] > max) max = e[y];
            }
            if (float.IsNegativeInfinity(max)) return double.NaN;
            var psi = potentials.Slice(i * l, l);
            for (int y = 0; y < l; y++) psi[y] = current[y] > 0 && (!last || _end[y] > 0) ? Math.Exp(e[y] - max) * (last ? _end[y] : 1) : 0;
            TensorPrimitives.Multiply(current, psi, current);
            double sum = TensorPrimitives.Sum((ReadOnlySpan<double>)current);
            if (!(sum > 0) || double.IsInfinity(sum)) return double.NaN;
            TensorPrimitives.Multiply(current, 1 / sum, current);
            _norms[i] = sum;
            logZ += max + Math.Log(sum);
        }

        beta.Slice((n - 1) * l, l).Fill(1);
        Span<double> next = stackalloc double[l];
        for (int i = n - 2; i >= 0; i--)
        {
            TensorPrimitives.Multiply(potentials.Slice((i + 1) * l, l), beta.Slice((i + 1) * l, l), next);
            var current = beta.Slice(i * l, l);
            double inverse = 1 / _norms[i + 1];
            for (int a = 0; a < l; a++) current[a] = TensorPrimitives.Dot(_pair.AsSpan(a * l, l), next) * inverse;
        }
        return logZ;
    }

    /// <summary>Writes P(label of token <paramref name="i"/> = y) for every y into <paramref name="output"/>.</summary>
    public void Marginals(int i, Span<float> output)
    {
        if ((uint)i >= (uint)_n) throw new ArgumentOutOfRangeException(nameof(i));
        var alpha = _alpha.AsSpan(i * _l, _l);
        var beta = _beta.AsSpan(i * _l, _l);
        for (int y = 0; y < _l; y++) output[y] = (float)(alpha[y] * beta[y]);
    }

    /// <summary>
    /// Adds <paramref name="factor"/> × the expected number of (previous, next) label pairs in the sentence, over all
    /// adjacent token pairs, into <paramref name="pairs"/> (<c>previous * LabelCount + next</c>).
    /// </summary>
    public void AddPairExpectations(Span<float> pairs, float factor)
    {
        int l = _l;
        var sums = _pairSums.AsSpan();
        sums.Clear();
        Span<double> next = stackalloc double[l];
        for (int i = 1; i < _n; i++)
        {
            TensorPrimitives.Multiply(_potentials.AsSpan(i * l, l), _beta.AsSpan(i * l, l), next);
            double inverse = 1 / _norms[i];
            var previous = _alpha.AsSpan((i - 1) * l, l);
            for (int a = 0; a < l; a++)
            {
                double from = previous[a];
                if (from != 0) TensorPrimitives.MultiplyAdd(next, from * inverse, sums.Slice(a * l, l), sums.Slice(a * l, l));
            }
        }
        TensorPrimitives.Multiply(sums, _pair, sums);
        for (int k = 0; k < l * l; k++) pairs[k] += (float)(factor * sums[k]);
    }

    /// <summary>The unnormalized log score of one label sequence: its emissions plus start, pair and end transitions.</summary>
    public static double SequenceScore(ReadOnlySpan<float> emissions, BilouTransitions transitions, ReadOnlySpan<int> labels)
    {
        int l = transitions.LabelCount, n = labels.Length;
        double score = transitions.Start[labels[0]] + transitions.End[labels[n - 1]];
        for (int i = 0; i < n; i++)
        {
            score += emissions[i * l + labels[i]];
            if (i > 0) score += transitions.Pair[labels[i - 1] * l + labels[i]];
        }
        return score;
    }

    private void Ensure(int n)
    {
        if (_norms.Length > n) return;
        int capacity = Math.Max(n + 1, _norms.Length * 2);
        _potentials = new double[capacity * _l];
        _alpha = new double[capacity * _l];
        _beta = new double[capacity * _l];
        _norms = new double[capacity + 1];
    }
}
