using System.Numerics;
using System.Runtime.InteropServices;

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
        Span<float> best = stackalloc float[stride];
        Span<float> live = stackalloc float[closing.Length];
        Span<int> liveRow = stackalloc int[closing.Length];

        for (int y = 0; y < l; y++)
        {
            scores[y] = BilouLabels.CanStart(y) ? emissions[y] + transitions.Start[y] : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            var previousRow = scores.Slice((i - 1) * l, l);
            var row = scores.Slice(i * l, l);
            var emission = emissions.Slice(i * l, l);

            int liveCount = 0;
            for (int j = 0; j < closing.Length; j++)
            {
                float from = previousRow[closing[j]];
                if (float.IsNegativeInfinity(from)) continue;
                live[liveCount] = from;
                liveRow[liveCount++] = j * stride;
            }
            BestOpening(live[..liveCount], liveRow[..liveCount], packed, best);
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

    /// <summary>
    /// For every opening label (a column of <paramref name="packed"/>), the best score over the live closing
    /// predecessors: <paramref name="from"/>[m] plus the transition row at <paramref name="rowOffset"/>[m]. Each SIMD
    /// column block keeps its running maximum in two registers (even and odd predecessors) instead of memory, so the
    /// additions of successive predecessors overlap; max is exact, so the grouping does not change the result.
    /// </summary>
    private static void BestOpening(ReadOnlySpan<float> from, ReadOnlySpan<int> rowOffset, float[] packed, Span<float> best)
    {
        int width = Vector<float>.Count;
        var none = new Vector<float>(float.NegativeInfinity);
        ref float weights = ref MemoryMarshal.GetArrayDataReference(packed);
        if (from.Length > 0 && (long)rowOffset[from.Length - 1] + best.Length > packed.Length) throw new ArgumentException("A transition row is out of range.");
        for (int c = 0; c < best.Length; c += width)
        {
            Vector<float> even = none, odd = none;
            int m = 0;
            for (; m + 1 < from.Length; m += 2)
            {
                even = Vector.Max(even, new Vector<float>(from[m]) + Vector.LoadUnsafe(ref weights, (nuint)(rowOffset[m] + c)));
                odd = Vector.Max(odd, new Vector<float>(from[m + 1]) + Vector.LoadUnsafe(ref weights, (nuint)(rowOffset[m + 1] + c)));
            }
            if (m < from.Length) even = Vector.Max(even, new Vector<float>(from[m]) + Vector.LoadUnsafe(ref weights, (nuint)(rowOffset[m] + c)));
            Vector.Max(even, odd).CopyTo(best[c..]);
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
