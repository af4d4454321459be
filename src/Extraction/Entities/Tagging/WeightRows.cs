using System.Numerics;
using System.Runtime.InteropServices;

namespace Extraction.Entities;

/// <summary>
/// The tagger's sparse weights laid out for scoring whole sentences. A bucket reaches its row through one 16-byte block
/// of an occupancy bitmap (most buckets are empty) and one row reference. Rows with many labels are dense
/// (de-quantized, padded to whole SIMD vectors) and added with SIMD; the others are packed weights (label in the high
/// 16 bits, quantized value in the low 16) added as integers. Over half the rows hold just two weights: those are kept
/// in the row reference itself, which saves one scattered read each.
/// </summary>
/// <remarks>
/// The table is megabytes large and a sentence's features land on scattered rows, so scoring waits on memory. It
/// therefore goes in stages over all the sentence's features: first every bitmap block, then every row reference, then
/// the rows. Within a stage the reads are independent and the loop has no data-dependent branch, so the processor keeps
/// many of them in flight at once.
/// </remarks>
internal sealed class WeightRows
{
    // Rows with at least this many labels are dense.
    private const int DenseFrom = 10;
    private const int InlineUpTo = 2;
    private const int DenseRow = -1;

    private readonly BucketBlock[] _blocks;
    private readonly RowRef[] _rows;
    private readonly int[] _packed;
    private readonly float[] _dense;
    private readonly float _scale;

    /// <summary>Builds the layout from <paramref name="rowStart"/> (<c>bucketCount + 1</c> row bounds into <paramref name="labels"/> and <paramref name="values"/>).</summary>
    public WeightRows(int labelCount, ReadOnlySpan<int> rowStart, ReadOnlySpan<byte> labels, ReadOnlySpan<short> values, float scale)
    {
        int bucketCount = rowStart.Length - 1;
        int width = Vector<float>.Count;
        LabelCount = labelCount;
        DenseStride = (labelCount + width - 1) / width * width;
        _scale = scale;

        int rowCount = 0, denseRows = 0, packedCount = 0;
        for (int bucket = 0; bucket < bucketCount; bucket++)
        {
            int length = rowStart[bucket + 1] - rowStart[bucket];
            if (length == 0) continue;
            rowCount++;
            if (length >= DenseFrom) denseRows++;
            else if (length > InlineUpTo) packedCount += length;
        }
        _blocks = new BucketBlock[(bucketCount + 63) / 64];
        _rows = new RowRef[rowCount];
        _packed = new int[packedCount];
        _dense = new float[denseRows * DenseStride];

        int row = 0, dense = 0, packed = 0;
        for (int bucket = 0; bucket < bucketCount; bucket++)
        {
            if (bucket % 64 == 0) _blocks[bucket / 64].RowsBefore = row;
            int start = rowStart[bucket], length = rowStart[bucket + 1] - start;
            if (length == 0) continue;
            _blocks[bucket / 64].Occupied |= 1UL << (bucket % 64);
            if (length >= DenseFrom)
            {
                _rows[row++] = new RowRef { First = dense, Second = DenseRow };
                for (int j = start; j < start + length; j++) _dense[dense + labels[j]] = values[j] * scale;
                dense += DenseStride;
            }
            else if (length <= InlineUpTo)
            {
                // A one-weight row's second entry is label 0 plus nothing.
                _rows[row++] = new RowRef { First = Pack(labels[start], values[start]), Second = length == 2 ? Pack(labels[start + 1], values[start + 1]) : 0 };
            }
            else
            {
                _rows[row++] = new RowRef { First = packed, Second = -2 - length };
                for (int j = start; j < start + length; j++) _packed[packed++] = Pack(labels[j], values[j]);
            }
        }
    }

    public int LabelCount { get; }

    /// <summary>Length of a dense score row: the label count rounded up to whole SIMD vectors.</summary>
    public int DenseStride { get; }

    /// <summary>
    /// Sums the weights of each token's features into its row of <paramref name="scores"/> (<c>LabelCount</c> per
    /// token, overwritten): token <c>i</c>'s <c>counts[i]</c> feature buckets start at <c>features[i * stride]</c>.
    /// A token's score is its dense rows added in feature order plus its packed weights' integer sum times the scale.
    /// </summary>
    public void Score(ReadOnlySpan<int> features, int stride, ReadOnlySpan<int> counts, Span<float> scores, Scratch scratch)
    {
        int n = counts.Length;
        int l = LabelCount;
        if (scores.Length < n * l) throw new ArgumentException("The score buffer is smaller than tokens × labels.", nameof(scores));
        scratch.Ensure(n * stride, n);
        var rowRefs = scratch.Rows;
        var ends = scratch.TokenEnds;

        // Stage 1: the row of every feature that has one, compacted, token after token.
        var blocks = _blocks;
        int found = 0;
        for (int i = 0; i < n; i++)
        {
            var tokenFeatures = features.Slice(i * stride, counts[i]);
            for (int k = 0; k < tokenFeatures.Length; k++)
            {
                int bucket = tokenFeatures[k];
                ref readonly var block = ref blocks[bucket >> 6];
                ulong below = (1UL << (bucket & 63)) - 1;
                ulong present = (block.Occupied >> (bucket & 63)) & 1;
                rowRefs[found].First = block.RowsBefore + BitOperations.PopCount(block.Occupied & below);
                found += (int)present;
            }
            ends[i] = found;
        }

        // Stage 2: each row's reference.
        var rows = _rows;
        for (int f = 0; f < found; f++) rowRefs[f] = rows[rowRefs[f].First];

        // Stage 3: the rows.
        Span<float> dense = stackalloc float[DenseStride];
        Span<int> quantized = stackalloc int[l];
        int[] packed = _packed;
        float scale = _scale;
        int from = 0;
        for (int i = 0; i < n; i++)
        {
            dense.Clear();
            quantized.Clear();
            for (int f = from; f < ends[i]; f++)
            {
                var row = rowRefs[f];
                if (row.Second >= 0)
                {
                    quantized[row.First >> 16] += (short)row.First;
                    quantized[row.Second >> 16] += (short)row.Second;
                }
                else if (row.Second == DenseRow)
                {
                    AddDense(_dense.AsSpan(row.First, dense.Length), dense);
                }
                else
                {
                    int end = row.First - 2 - row.Second;
                    for (int j = row.First; j < end; j++)
                    {
                        int entry = packed[j];
                        quantized[entry >> 16] += (short)entry;
                    }
                }
            }
            from = ends[i];
            var tokenScores = scores.Slice(i * l, l);
            for (int y = 0; y < l; y++) tokenScores[y] = dense[y] + quantized[y] * scale;
        }
    }

    private static void AddDense(ReadOnlySpan<float> row, Span<float> sum)
    {
        int width = Vector<float>.Count;
        for (int y = 0; y < sum.Length; y += width)
        {
            (new Vector<float>(sum[y..]) + new Vector<float>(row[y..])).CopyTo(sum[y..]);
        }
    }

    /// <summary>64 buckets: which of them have a row, and how many rows the buckets before them have.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct BucketBlock
    {
        public ulong Occupied;
        public int RowsBefore;
    }

    private static int Pack(byte label, short value) => (label << 16) | (ushort)value;

    /// <summary>
    /// A row: with <see cref="Second"/> ≥ 0, its one or two packed weights themselves (labels fit a byte, so packed
    /// weights are never negative); with <see cref="Second"/> = <see cref="DenseRow"/>, a dense row at offset
    /// <see cref="First"/>; otherwise <c>-2 - Second</c> packed weights from offset <see cref="First"/>.
    /// </summary>
    internal struct RowRef
    {
        public int First;
        public int Second;
    }

    /// <summary>Per-thread buffers for <see cref="Score"/>, grown as needed.</summary>
    internal sealed class Scratch
    {
        public RowRef[] Rows = [];
        public int[] TokenEnds = [];

        public void Ensure(int features, int tokens)
        {
            if (Rows.Length < features) Rows = new RowRef[Math.Max(features, Rows.Length * 2)];
            if (TokenEnds.Length < tokens) TokenEnds = new int[Math.Max(tokens, TokenEnds.Length * 2)];
        }
    }
}
