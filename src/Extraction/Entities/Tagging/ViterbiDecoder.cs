using System.Numerics;

namespace Extraction.Entities;

/// <summary>
/// Finds the best BILOU label sequence for a table of per-token label scores. The BILOU structure makes this cheap:
/// every O/B/U label has the same predecessors (O/L/U), so all O/B/U scores are updated together with SIMD, one
/// predecessor at a time; every I/L label has only two predecessors (the B and I of its type). Back-pointers are
/// recomputed along the best path only.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>
    /// Decodes <paramref name="emissions"/> (<c>tokens × LabelCount</c>, row-major) into <paramref name="labels"/>;
    /// <paramref name="scores"/> is scratch of the same size as <paramref name="emissions"/>.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, BilouTransitions transitions, Span<float> scores, Span<int> labels)
    {
        int l = transitions.LabelCount;
        int n = labels.Length;
        if (n == 0) return;
        if (emissions.Length < n * l || scores.Length < n * l) throw new ArgumentException("Scratch buffers are smaller than tokens × labels.");

        float[] pair = transitions.Pair;
        int[] closing = transitions.Closing;
        int[] opening = transitions.Opening;
        int stride = transitions.OpeningStride;
        float[] packed = transitions.ClosingToOpening;
        int width = Vector<float>.Count;
        Span<float> best = stackalloc float[stride];

        for (int y = 0; y < l; y++)
        {
            scores[y] = BilouLabels.CanStart(y) ? emissions[y] + transitions.Start[y] : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            var previousRow = scores.Slice((i - 1) * l, l);
            var row = scores.Slice(i * l, l);
            var emission = emissions.Slice(i * l, l);

            best.Fill(float.NegativeInfinity);
            for (int j = 0; j < closing.Length; j++)
            {
                float from = previousRow[closing[j]];
                if (float.IsNegativeInfinity(from)) continue;
                var fromVector = new Vector<float>(from);
                var weights = packed.AsSpan(j * stride, stride);
                for (int c = 0; c < stride; c += width)
                {
                    Vector.Max(new Vector<float>(best[c..]), fromVector + new Vector<float>(weights[c..])).CopyTo(best[c..]);
                }
            }
            for (int k = 0; k < opening.Length; k++)
            {
                int y = opening[k];
                row[y] = best[k] + emission[y];
            }
            for (int t = 0; t < (l - 1) / 4; t++)
            {
                int b = BilouLabels.Begin(t), inside = BilouLabels.Inside(t), last = BilouLabels.Last(t);
                float fromBegin = previousRow[b], fromInside = previousRow[inside];
                row[inside] = MathF.Max(fromBegin + pair[b * l + inside], fromInside + pair[inside * l + inside]) + emission[inside];
                row[last] = MathF.Max(fromBegin + pair[b * l + last], fromInside + pair[inside * l + last]) + emission[last];
            }
        }

        var lastRow = scores.Slice((n - 1) * l, l);
        float bestFinal = float.NegativeInfinity;
        int bestLabel = 0;
        for (int y = 0; y < l; y++)
        {
            if (!BilouLabels.CanEnd(y)) continue;
            float s = lastRow[y] + transitions.End[y];
            if (s > bestFinal)
            {
                bestFinal = s;
                bestLabel = y;
            }
        }
        labels[n - 1] = bestLabel;
        for (int i = n - 1; i > 0; i--)
        {
            labels[i - 1] = BestPredecessor(scores.Slice((i - 1) * l, l), transitions, labels[i]);
        }
    }

    private static int BestPredecessor(ReadOnlySpan<float> previousRow, BilouTransitions transitions, int label)
    {
        int l = transitions.LabelCount;
        float best = float.NegativeInfinity;
        int bestPrevious = 0;
        foreach (int p in transitions.Predecessors[label])
        {
            float s = previousRow[p] + transitions.Pair[p * l + label];
            if (s > best)
            {
                best = s;
                bestPrevious = p;
            }
        }
        return bestPrevious;
    }
}
