namespace Extraction.Entities;

/// <summary>Finds the best BILOU label sequence for a table of per-token label scores.</summary>
internal static class ViterbiDecoder
{
    /// <summary>
    /// Decodes <paramref name="emissions"/> (<c>tokens × LabelCount</c>, row-major) into <paramref name="labels"/>.
    /// <paramref name="scores"/> and <paramref name="backPointers"/> are scratch of the same size as <paramref name="emissions"/>.
    /// </summary>
    public static void Decode(
        ReadOnlySpan<float> emissions,
        BilouTransitions transitions,
        Span<float> scores,
        Span<int> backPointers,
        Span<int> labels)
    {
        int l = transitions.LabelCount;
        int n = labels.Length;
        if (n == 0) return;
        if (emissions.Length < n * l || scores.Length < n * l || backPointers.Length < n * l)
        {
            throw new ArgumentException("Scratch buffers are smaller than tokens × labels.");
        }

        float[] pair = transitions.Pair;
        for (int y = 0; y < l; y++)
        {
            scores[y] = BilouLabels.CanStart(y) ? emissions[y] + transitions.Start[y] : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            var previousRow = scores.Slice((i - 1) * l, l);
            var row = scores.Slice(i * l, l);
            var back = backPointers.Slice(i * l, l);
            var emission = emissions.Slice(i * l, l);
            for (int y = 0; y < l; y++)
            {
                float best = float.NegativeInfinity;
                int bestPrevious = 0;
                foreach (int p in transitions.Predecessors[y])
                {
                    float s = previousRow[p] + pair[p * l + y];
                    if (s > best)
                    {
                        best = s;
                        bestPrevious = p;
                    }
                }
                row[y] = best + emission[y];
                back[y] = bestPrevious;
            }
        }

        var last = scores.Slice((n - 1) * l, l);
        float bestFinal = float.NegativeInfinity;
        int bestLabel = 0;
        for (int y = 0; y < l; y++)
        {
            if (!BilouLabels.CanEnd(y)) continue;
            float s = last[y] + transitions.End[y];
            if (s > bestFinal)
            {
                bestFinal = s;
                bestLabel = y;
            }
        }
        labels[n - 1] = bestLabel;
        for (int i = n - 1; i > 0; i--)
        {
            labels[i - 1] = backPointers[i * l + labels[i]];
        }
    }
}
