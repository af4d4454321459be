using System.Numerics;

namespace Extraction.Training.Entities.Crf;

/// <summary>
/// Dense label weights per hashed bucket trained by SGD with L1 regularization through the cumulative penalty of
/// Tsuruoka, Tsujii and Ananiadou (2009): the total penalty <c>u</c> a weight could have received so far grows with
/// every step, each weight remembers the penalty <c>q</c> it actually received, and whenever a weight is updated it is
/// pulled toward zero by the difference, clipped at zero. Weights that the data does not keep away from zero therefore
/// become exactly zero (a sparse model), and the penalty costs nothing for buckets a sentence does not touch.
/// </summary>
/// <remarks>
/// A bucket's weights and received penalties sit next to each other (<c>2 × LabelCount</c> floats per bucket), so an
/// update touches one place in memory instead of two.
/// </remarks>
internal sealed class CumulativeL1Weights
{
    private readonly float[] _values;
    private readonly int _l;
    private double _total;

    public CumulativeL1Weights(int bucketCount, int labelCount)
    {
        BucketCount = bucketCount;
        _l = labelCount;
        _values = new float[(long)bucketCount * 2 * labelCount];
    }

    public int BucketCount { get; }

    public int LabelCount => _l;

    /// <summary>The penalty every weight should have received so far (<c>u</c>).</summary>
    public double TotalPenalty => _total;

    /// <summary>The current weights of <paramref name="bucket"/>'s labels (their pending penalty not yet applied).</summary>
    public ReadOnlySpan<float> Row(int bucket) => _values.AsSpan((int)((long)bucket * 2 * _l), _l);

    /// <summary>Adds <paramref name="amount"/> (learning rate × L1 strength / training examples) to the penalty of every weight.</summary>
    public void AdvancePenalty(double amount) => _total += amount;

    /// <summary>
    /// Adds <paramref name="step"/> × <paramref name="direction"/> to <paramref name="bucket"/>'s weights, then applies their
    /// pending penalty.
    /// </summary>
    public void Update(int bucket, ReadOnlySpan<float> direction, float step)
    {
        var row = _values.AsSpan((int)((long)bucket * 2 * _l), 2 * _l);
        System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(direction[.._l], step, row[.._l], row[.._l]);
        Penalize(row[.._l], row[_l..], (float)_total);
    }

    /// <summary>Applies every weight's pending penalty (before reading the weights out as a model).</summary>
    public void ApplyAllPenalties()
    {
        float total = (float)_total;
        for (int bucket = 0; bucket < BucketCount; bucket++)
        {
            var row = _values.AsSpan((int)((long)bucket * 2 * _l), 2 * _l);
            Penalize(row[.._l], row[_l..], total);
        }
    }

    /// <summary>Copies the weights to <paramref name="dense"/> (<c>bucket * LabelCount + label</c>).</summary>
    public void CopyWeightsTo(Span<float> dense)
    {
        for (int bucket = 0; bucket < BucketCount; bucket++) Row(bucket).CopyTo(dense.Slice(bucket * _l, _l));
    }

    /// <summary>
    /// <c>w &gt; 0: w ← max(0, w − (u + q))</c>; <c>w &lt; 0: w ← min(0, w + (u − q))</c>; then <c>q += w_new − w_old</c>.
    /// </summary>
    internal static void Penalize(Span<float> weights, Span<float> received, float total)
    {
        int width = Vector<float>.Count;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var u = new Vector<float>(total);
            for (; i + width <= weights.Length; i += width)
            {
                var w = new Vector<float>(weights[i..]);
                var q = new Vector<float>(received[i..]);
                var down = Vector.Max(Vector<float>.Zero, w - (u + q));
                var up = Vector.Min(Vector<float>.Zero, w + (u - q));
                var updated = Vector.ConditionalSelect(Vector.GreaterThan(w, Vector<float>.Zero), down,
                    Vector.ConditionalSelect(Vector.LessThan(w, Vector<float>.Zero), up, Vector<float>.Zero));
                (q + (updated - w)).CopyTo(received[i..]);
                updated.CopyTo(weights[i..]);
            }
        }
        for (; i < weights.Length; i++)
        {
            float w = weights[i];
            float updated = w > 0 ? MathF.Max(0, w - (total + received[i])) : w < 0 ? MathF.Min(0, w + (total - received[i])) : 0;
            received[i] += updated - w;
            weights[i] = updated;
        }
    }
}
