using System.Numerics;

namespace Extraction.Entities;

/// <summary>
/// Finds the best BILOU label sequence for a table of per-token label scores. The BILOU structure makes this cheap:
/// every O/B/U label has the same predecessors (O/L/U), scored with one SIMD pass each, and every I/L label has only two
/// (the B and I of its type). Back-pointers are recomputed along the best path only.
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
        int stride = transitions.ClosingStride;
        float[] packed = transitions.OpeningFromClosing;
        int width = Vector<float>.Count;
        Span<float> previousClosing = stackalloc float[stride];
        previousClosing.Fill(float.NegativeInfinity);

        for (int y = 0; y < l; y++)
        {
            scores[y] = BilouLabels.CanStart(y) ? emissions[y] + transitions.Start[y] : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            var previousRow = scores.Slice((i - 1) * l, l);
            var row = scores.Slice(i * l, l);
            var emission = emissions.Slice(i * l, l);
            for (int j = 0; j < closing.Length; j++) previousClosing[j] = previousRow[closing[j]];

            for (int k = 0; k < opening.Length; k++)
            {
                var weights = packed.AsSpan(k * stride, stride);
                var best = new Vector<float>(previousClosing) + new Vector<float>(weights);
                for (int j = width; j < stride; j += width)
                {
                    best = Vector.Max(best, new Vector<float>(previousClosing[j..]) + new Vector<float>(weights[j..]));
                }
                float max = best[0];
                for (int lane = 1; lane < width; lane++) max = MathF.Max(max, best[lane]);
                int y = opening[k];
                row[y] = max + emission[y];
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
