using System.Runtime.InteropServices;
using Extraction.Models;

namespace Extraction.Entities;

/// <summary>
/// Feature weights of the tagger, stored sparsely: for each hashed bucket only the labels with a non-zero weight,
/// quantized to 16 bits with one shared scale. A linear tagger's weights are mostly zero, which keeps the file small;
/// <see cref="Rows"/> holds them laid out for scoring.
/// </summary>
internal sealed class SparseLabelWeights
{
    private readonly int[] _rowStart;
    private readonly byte[] _labels;
    private readonly short[] _values;

    public SparseLabelWeights(int bucketCount, int labelCount, int[] rowStart, byte[] labels, short[] values, float scale)
    {
        if (rowStart.Length != bucketCount + 1 || labels.Length != values.Length || rowStart[^1] != labels.Length)
        {
            throw new ArgumentException("Inconsistent sparse weight arrays.");
        }
        BucketCount = bucketCount;
        LabelCount = labelCount;
        _rowStart = rowStart;
        _labels = labels;
        _values = values;
        Scale = scale;
        Rows = new WeightRows(labelCount, rowStart, labels, values, scale);
    }

    public int BucketCount { get; }

    public int LabelCount { get; }

    /// <summary>The float value of one quantization step.</summary>
    public float Scale { get; }

    public int NonZeroCount => _values.Length;

    /// <summary>The weights laid out for scoring.</summary>
    public WeightRows Rows { get; }

    /// <summary>Quantizes dense weights (<c>bucket * labelCount + label</c>), dropping those below <paramref name="minMagnitude"/>.</summary>
    public static SparseLabelWeights FromDense(ReadOnlySpan<float> dense, int bucketCount, int labelCount, float minMagnitude)
    {
        float max = 0;
        foreach (float w in dense) max = Math.Max(max, Math.Abs(w));
        float scale = max > 0 ? max / short.MaxValue : 1f;
        var rowStart = new int[bucketCount + 1];
        var labels = new List<byte>();
        var values = new List<short>();
        for (int bucket = 0; bucket < bucketCount; bucket++)
        {
            rowStart[bucket] = labels.Count;
            var row = dense.Slice(bucket * labelCount, labelCount);
            for (int y = 0; y < labelCount; y++)
            {
                if (Math.Abs(row[y]) < minMagnitude) continue;
                short q = (short)Math.Clamp(MathF.Round(row[y] / scale), short.MinValue + 1, short.MaxValue);
                if (q == 0) continue;
                labels.Add((byte)y);
                values.Add(q);
            }
        }
        rowStart[bucketCount] = labels.Count;
        return new SparseLabelWeights(bucketCount, labelCount, rowStart, [.. labels], [.. values], scale);
    }

    /// <summary>Adds the quantized weights of <paramref name="bucket"/> to <paramref name="scores"/>.</summary>
    public void AddTo(int bucket, Span<int> scores)
    {
        int end = _rowStart[bucket + 1];
        for (int j = _rowStart[bucket]; j < end; j++) scores[_labels[j]] += _values[j];
    }

    /// <summary>Adds the de-quantized weights of <paramref name="bucket"/>, times <paramref name="factor"/>, to <paramref name="row"/> (one slot per label).</summary>
    public void AddRowTo(int bucket, float factor, Span<float> row)
    {
        int end = _rowStart[bucket + 1];
        for (int j = _rowStart[bucket]; j < end; j++) row[_labels[j]] += _values[j] * Scale * factor;
    }

    /// <summary>The de-quantized weight of one (bucket, label) pair.</summary>
    public float Weight(int bucket, int label)
    {
        for (int j = _rowStart[bucket]; j < _rowStart[bucket + 1]; j++)
        {
            if (_labels[j] == label) return _values[j] * Scale;
        }
        return 0;
    }

    public void Write(ModelWriter writer)
    {
        writer.Write(BucketCount);
        writer.Write(LabelCount);
        writer.Write(Scale);
        var rowLengths = new byte[BucketCount];
        for (int bucket = 0; bucket < BucketCount; bucket++) rowLengths[bucket] = (byte)(_rowStart[bucket + 1] - _rowStart[bucket]);
        writer.Write(rowLengths);
        writer.Write(_labels.Length);
        writer.Write(_labels);
        writer.Write(MemoryMarshal.AsBytes(_values.AsSpan()));
    }

    public static SparseLabelWeights Read(ModelReader reader, int expectedBuckets, int expectedLabels)
    {
        int buckets = reader.ReadInt32();
        int labelCount = reader.ReadInt32();
        if (buckets != expectedBuckets || labelCount != expectedLabels)
        {
            throw new ModelFormatException(reader.Name, $"its weight table is {buckets:N0} × {labelCount}, expected {expectedBuckets:N0} × {expectedLabels}.");
        }
        float scale = reader.ReadSingle();
        if (!float.IsFinite(scale) || scale <= 0) throw new ModelFormatException(reader.Name, "its weight scale is not a positive number.");
        var rowLengths = reader.ReadBytes(buckets);
        var rowStart = new int[buckets + 1];
        for (int bucket = 0; bucket < buckets; bucket++)
        {
            if (rowLengths[bucket] > labelCount) throw new ModelFormatException(reader.Name, "a weight row is longer than the label count.");
            rowStart[bucket + 1] = rowStart[bucket] + rowLengths[bucket];
        }
        int total = reader.ReadCount(3);
        if (total != rowStart[buckets]) throw new ModelFormatException(reader.Name, "the weight rows do not add up to the stored weight count.");
        byte[] labels = reader.ReadBytes(total).ToArray();
        foreach (byte label in labels)
        {
            if (label >= labelCount) throw new ModelFormatException(reader.Name, $"a weight names label {label}, beyond the {labelCount} labels.");
        }
        short[] values = MemoryMarshal.Cast<byte, short>(reader.ReadBytes(total * 2)).ToArray();
        return new SparseLabelWeights(buckets, labelCount, rowStart, labels, values, scale);
    }
}
