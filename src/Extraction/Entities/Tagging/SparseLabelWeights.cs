using System.Runtime.InteropServices;
using Extraction.Models;

namespace Extraction.Entities;

/// <summary>
/// Feature weights of the tagger, stored sparsely: for each hashed bucket only the labels with a non-zero weight,
/// quantized to 16 bits with one shared scale. A linear tagger's weights are mostly zero, which keeps the file small
/// and scoring a short walk per feature.
/// </summary>
internal sealed class SparseLabelWeights
{
    private readonly int[] _rowStart;
    private readonly byte[] _labels;
    private readonly short[] _values;
    // Label (high 16 bits) and value (low 16 bits) of each weight side by side, so scoring touches one array.
    private readonly int[] _packed;
    // Rows with many labels are also kept dense (de-quantized, padded to whole SIMD vectors) and added with SIMD;
    // _denseRow[bucket] is the row's offset in _dense, or -1 for a row scored sparsely.
    private const int DenseFrom = 10;
    private readonly int[] _denseRow;
    private readonly float[] _dense;
    // Most buckets are empty: a bitmap of non-empty buckets with a running count per 64 buckets maps a bucket to its
    // compact row in a few hundred KB (cache-resident) instead of an int per bucket.
    private readonly ulong[] _occupied;
    private readonly int[] _rankBefore;
    private readonly int[] _compactStart;
    private readonly int[] _compactDense;

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
        _packed = new int[values.Length];
        for (int j = 0; j < values.Length; j++) _packed[j] = (labels[j] << 16) | (ushort)values[j];
        DenseStride = (labelCount + System.Numerics.Vector<float>.Count - 1) / System.Numerics.Vector<float>.Count * System.Numerics.Vector<float>.Count;
        _denseRow = new int[bucketCount];
        int denseRows = 0;
        for (int bucket = 0; bucket < bucketCount; bucket++)
        {
            _denseRow[bucket] = rowStart[bucket + 1] - rowStart[bucket] >= DenseFrom ? denseRows++ * DenseStride : -1;
        }
        _dense = new float[denseRows * DenseStride];
        for (int bucket = 0; bucket < bucketCount; bucket++)
        {
            if (_denseRow[bucket] < 0) continue;
            for (int j = rowStart[bucket]; j < rowStart[bucket + 1]; j++) _dense[_denseRow[bucket] + labels[j]] = values[j] * scale;
        }

        _occupied = new ulong[(bucketCount + 63) / 64];
        _rankBefore = new int[_occupied.Length];
        var compactStart = new List<int>();
        var compactDense = new List<int>();
        for (int bucket = 0; bucket < bucketCount; bucket++)
        {
            if (bucket % 64 == 0) _rankBefore[bucket / 64] = compactStart.Count;
            if (rowStart[bucket + 1] == rowStart[bucket]) continue;
            _occupied[bucket / 64] |= 1UL << (bucket % 64);
            compactStart.Add(rowStart[bucket]);
            compactDense.Add(_denseRow[bucket]);
        }
        compactStart.Add(rowStart[bucketCount]);
        _compactStart = [.. compactStart];
        _compactDense = [.. compactDense];
    }

    public int BucketCount { get; }

    public int LabelCount { get; }

    /// <summary>The float value of one quantization step.</summary>
    public float Scale { get; }

    public int NonZeroCount => _values.Length;

    /// <summary>Length of a dense score row: the label count rounded up to whole SIMD vectors.</summary>
    public int DenseStride { get; }

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

    /// <summary>
    /// Adds the weights of all <paramref name="buckets"/>: dense rows (already scaled) to <paramref name="denseScores"/>
    /// (<see cref="DenseStride"/> long), sparse ones quantized to <paramref name="sparseScores"/>. Row bounds are read in a
    /// first branch-free pass so the processor can overlap those scattered memory reads.
    /// </summary>
    public void AddAll(ReadOnlySpan<int> buckets, Span<float> denseScores, Span<int> sparseScores)
    {
        Span<int> starts = stackalloc int[buckets.Length];
        Span<int> ends = stackalloc int[buckets.Length];
        Span<int> denseAt = stackalloc int[buckets.Length];
        ulong[] occupied = _occupied;
        int[] rankBefore = _rankBefore;
        int[] compactStart = _compactStart;
        int[] compactDense = _compactDense;
        int found = 0;
        for (int k = 0; k < buckets.Length; k++)
        {
            int bucket = buckets[k];
            ulong word = occupied[bucket >> 6];
            ulong bit = 1UL << (bucket & 63);
            if ((word & bit) == 0) continue;
            int row = rankBefore[bucket >> 6] + System.Numerics.BitOperations.PopCount(word & (bit - 1));
            starts[found] = compactStart[row];
            ends[found] = compactStart[row + 1];
            denseAt[found] = compactDense[row];
            found++;
        }
        starts = starts[..found];
        int[] packed = _packed;
        int stride = DenseStride;
        int width = System.Numerics.Vector<float>.Count;
        for (int k = 0; k < starts.Length; k++)
        {
            if (denseAt[k] >= 0)
            {
                var row = _dense.AsSpan(denseAt[k], stride);
                for (int y = 0; y < stride; y += width)
                {
                    var sum = new System.Numerics.Vector<float>(denseScores[y..]) + new System.Numerics.Vector<float>(row[y..]);
                    sum.CopyTo(denseScores[y..]);
                }
                continue;
            }
            for (int j = starts[k]; j < ends[k]; j++)
            {
                int entry = packed[j];
                sparseScores[entry >> 16] += (short)entry;
            }
        }
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
