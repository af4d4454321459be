namespace Extraction.Entities;

/// <summary>
/// Label-bigram scores of the tagger plus the BILOU constraints: only allowed predecessor pairs are ever scored,
/// so the decoder can never produce an I or L without its B, or a span that changes type midway.
/// </summary>
internal sealed class BilouTransitions
{
    public BilouTransitions(int typeCount, float[] pair, float[] start, float[] end)
    {
        LabelCount = BilouLabels.Count(typeCount);
        if (pair.Length != LabelCount * LabelCount || start.Length != LabelCount || end.Length != LabelCount)
        {
            throw new ArgumentException("Transition tables do not match the label count.");
        }
        Pair = pair;
        Start = start;
        End = end;
        Predecessors = new int[LabelCount][];
        for (int next = 0; next < LabelCount; next++)
        {
            var allowed = new List<int>();
            for (int previous = 0; previous < LabelCount; previous++)
            {
                if (BilouLabels.CanFollow(previous, next)) allowed.Add(previous);
            }
            Predecessors[next] = [.. allowed];
        }
        Closing = Enumerable.Range(0, LabelCount).Where(y => BilouLabels.CanEnd(y)).ToArray();
        Opening = Enumerable.Range(0, LabelCount).Where(y => BilouLabels.CanStart(y)).ToArray();
        int width = System.Numerics.Vector<float>.Count;
        OpeningStride = (Opening.Length + width - 1) / width * width;
        ClosingToOpening = new float[Closing.Length * OpeningStride];
        Refresh();
    }

    /// <summary>Rebuilds the decoder's packed copy of <see cref="Pair"/>; call after changing <see cref="Pair"/> in place.</summary>
    public void Refresh()
    {
        for (int j = 0; j < Closing.Length; j++)
        {
            for (int k = 0; k < Opening.Length; k++) ClosingToOpening[j * OpeningStride + k] = Pair[Closing[j] * LabelCount + Opening[k]];
        }
    }

    /// <summary>Labels after which a new span or O may follow (O, L, U), in label order.</summary>
    public int[] Closing { get; }

    /// <summary>Labels that may follow a closing label (O, B, U), in label order.</summary>
    public int[] Opening { get; }

    /// <summary><see cref="Opening"/>.Length rounded up to a whole number of SIMD vectors.</summary>
    public int OpeningStride { get; }

    /// <summary>For each closing label, the scores to every opening label (padded rows): what the decoder's SIMD loop reads.</summary>
    public float[] ClosingToOpening { get; }

    /// <summary>Creates all-zero tables for <paramref name="typeCount"/> types.</summary>
    public static BilouTransitions Zero(int typeCount)
    {
        int labels = BilouLabels.Count(typeCount);
        return new BilouTransitions(typeCount, new float[labels * labels], new float[labels], new float[labels]);
    }

    public int LabelCount { get; }

    /// <summary>Score of label <c>next</c> after <c>previous</c>, at <c>previous * LabelCount + next</c>.</summary>
    public float[] Pair { get; }

    /// <summary>Score of each label at the first token.</summary>
    public float[] Start { get; }

    /// <summary>Score of each label at the last token.</summary>
    public float[] End { get; }

    /// <summary>For each label, the labels allowed before it.</summary>
    public int[][] Predecessors { get; }
}
