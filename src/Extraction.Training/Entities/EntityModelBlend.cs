using Extraction.Entities;
using Extraction.Models;

namespace Extraction.Training.Entities;

/// <summary>
/// Weighted sum of two entity tagger models trained on the same features (e.g. a CRF and a perceptron): since both
/// score a label sequence linearly, summing their scores is one linear model whose feature and transition weights are
/// the weighted sums of theirs, so the blend tags with the same decoder at the cost of a single model.
/// </summary>
internal static class EntityModelBlend
{
    /// <summary>
    /// The model whose weights and transitions are <paramref name="firstWeight"/> · first + <paramref name="secondWeight"/> · second,
    /// with the given confidence temperature. Both models must share types, buckets, feature settings and lexicon.
    /// </summary>
    public static EntityTaggerModel Blend(EntityTaggerModel first, float firstWeight, EntityTaggerModel second, float secondWeight, float confidenceTemperature)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!first.TypeNames.SequenceEqual(second.TypeNames) || first.BucketBits != second.BucketBits
            || first.UsesMorphology != second.UsesMorphology || first.UsesDocumentMemory != second.UsesDocumentMemory
            || first.UsesStackedLabels != second.UsesStackedLabels)
        {
            throw new ArgumentException("The two models differ in entity types, buckets or feature settings, so their weights do not share features.");
        }
        if (!LexiconBytes(first.Lexicon).AsSpan().SequenceEqual(LexiconBytes(second.Lexicon)))
        {
            throw new ArgumentException("The two models were built with different word lists or clusters, so their weights do not share features.");
        }

        var transitions = new BilouTransitions(first.TypeNames.Count,
            Sum(first.Transitions.Pair, firstWeight, second.Transitions.Pair, secondWeight),
            Sum(first.Transitions.Start, firstWeight, second.Transitions.Start, secondWeight),
            Sum(first.Transitions.End, firstWeight, second.Transitions.End, secondWeight));
        var weights = Sum(first.Weights, firstWeight, second.Weights, secondWeight);
        return new EntityTaggerModel(first.TypeNames, first.BucketBits, first.UsesMorphology, first.Lexicon, transitions, weights,
            first.UsesDocumentMemory, confidenceTemperature, first.UsesStackedLabels);
    }

    private static float[] Sum(float[] a, float wa, float[] b, float wb)
    {
        var sum = new float[a.Length];
        for (int i = 0; i < sum.Length; i++) sum[i] = wa * a[i] + wb * b[i];
        return sum;
    }

    /// <summary>Sums row by row (a dense table would be 2^21 × 53 floats) and quantizes with one scale, as the trainers do.</summary>
    private static SparseLabelWeights Sum(SparseLabelWeights a, float wa, SparseLabelWeights b, float wb)
    {
        int buckets = a.BucketCount, labels = a.LabelCount;
        var rowStart = new int[buckets + 1];
        var rowLabels = new List<byte>();
        var rowValues = new List<float>();
        var row = new float[labels];
        for (int bucket = 0; bucket < buckets; bucket++)
        {
            rowStart[bucket] = rowLabels.Count;
            Array.Clear(row);
            a.AddRowTo(bucket, wa, row);
            b.AddRowTo(bucket, wb, row);
            for (int y = 0; y < labels; y++)
            {
                if (row[y] == 0) continue;
                rowLabels.Add((byte)y);
                rowValues.Add(row[y]);
            }
        }
        rowStart[buckets] = rowLabels.Count;

        float max = 0;
        foreach (float w in rowValues) max = Math.Max(max, Math.Abs(w));
        float scale = max > 0 ? max / short.MaxValue : 1f;
        var keptStart = new int[buckets + 1];
        var keptLabels = new List<byte>(rowLabels.Count);
        var keptValues = new List<short>(rowLabels.Count);
        for (int bucket = 0; bucket < buckets; bucket++)
        {
            keptStart[bucket] = keptLabels.Count;
            for (int j = rowStart[bucket]; j < rowStart[bucket + 1]; j++)
            {
                short q = (short)Math.Clamp(MathF.Round(rowValues[j] / scale), short.MinValue + 1, short.MaxValue);
                if (q == 0) continue;
                keptLabels.Add(rowLabels[j]);
                keptValues.Add(q);
            }
        }
        keptStart[buckets] = keptLabels.Count;
        return new SparseLabelWeights(buckets, labels, keptStart, [.. keptLabels], [.. keptValues], scale);
    }

    private static byte[] LexiconBytes(EntityLexicon lexicon)
    {
        var writer = new ModelWriter();
        lexicon.Write(writer);
        using var bytes = new MemoryStream();
        writer.SaveTo(bytes, "lexicon", 1);
        return bytes.ToArray();
    }
}
