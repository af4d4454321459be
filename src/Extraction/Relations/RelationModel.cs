using Extraction.Models;

namespace Extraction.Relations;

/// <summary>
/// The relation classifier at run time: a multiclass linear model over hashed features (a maximum-entropy model
/// trained offline), stored sparsely: only feature buckets seen in training carry weights. Immutable and thread-safe.
/// </summary>
internal sealed class RelationModel
{
    /// <summary>The kind string in the model file header.</summary>
    public const string Kind = "relations";

    /// <summary>The model file format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>The embedded file name.</summary>
    public const string FileName = "relations.bin";

    /// <summary>Label of the "no relation" class.</summary>
    public const string NoneLabel = "NONE";

    private static readonly Lazy<RelationModel?> DefaultModel = new(LoadDefault);

    private readonly int[] _buckets;
    // Weight row of each hash bucket, or -1: a direct index, since a binary search per feature cost a tenth of the stage.
    private readonly int[] _rowOfBucket;
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly (Predicate Predicate, bool Reversed)?[] _classes;
    private readonly int _noneIndex;
    private readonly float _logNoneWeight;

    public RelationModel(int hashBits, string[] labels, int[] buckets, float[] weights, float[] bias, float noneWeight = 1f)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (hashBits is < 8 or > 26) throw new ArgumentOutOfRangeException(nameof(hashBits));
        if (!(noneWeight > 0 && noneWeight <= 10)) throw new ArgumentOutOfRangeException(nameof(noneWeight));
        if (bias.Length != labels.Length || weights.Length != (long)buckets.Length * labels.Length)
        {
            throw new ArgumentException("Weights, biases and labels disagree in size.");
        }
        for (int i = 1; i < buckets.Length; i++)
        {
            if (buckets[i] <= buckets[i - 1]) throw new ArgumentException("Buckets must be strictly increasing.", nameof(buckets));
        }
        HashBits = hashBits;
        NoneWeight = noneWeight;
        Labels = labels;
        _buckets = buckets;
        _rowOfBucket = new int[1 << hashBits];
        Array.Fill(_rowOfBucket, -1);
        for (int row = 0; row < buckets.Length; row++)
        {
            if ((uint)buckets[row] >= (uint)_rowOfBucket.Length) throw new ArgumentException("A bucket lies outside the hash width.", nameof(buckets));
            _rowOfBucket[buckets[row]] = row;
        }
        _weights = weights;
        _bias = bias;
        _classes = new (Predicate, bool)?[labels.Length];
        for (int c = 0; c < labels.Length; c++) _classes[c] = ParseLabel(labels[c]);
        _noneIndex = Array.IndexOf(labels, NoneLabel);
        _logNoneWeight = MathF.Log(noneWeight);
    }

    /// <summary>The model embedded in the library, or null when none was trained yet.</summary>
    public static RelationModel? Default => DefaultModel.Value;

    /// <summary>Feature hash width: features are reduced to <c>2^HashBits</c> buckets.</summary>
    public int HashBits { get; }

    /// <summary>A relation is emitted when its probability exceeds NONE's times this (below 1 trades precision for recall; tuned by cross-validation).</summary>
    public float NoneWeight { get; }

    /// <summary>The same weights with another <see cref="NoneWeight"/>.</summary>
    public RelationModel WithNoneWeight(float noneWeight) =>
        new(HashBits, [.. Labels], _buckets, _weights, _bias, noneWeight);

    /// <summary>Class labels: <c>NONE</c>, or a predicate label with <c>&gt;</c> (first argument is the subject) or <c>&lt;</c>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of classes.</summary>
    public int ClassCount => _bias.Length;

    /// <summary>Number of feature buckets with weights.</summary>
    public int BucketCount => _buckets.Length;

    /// <summary>The predicate and direction of class <paramref name="index"/>, or null for NONE.</summary>
    public (Predicate Predicate, bool Reversed)? ClassAt(int index) => _classes[index];

    /// <summary>Writes class probabilities (softmax of the linear scores) for the hashed <paramref name="features"/> into <paramref name="probabilities"/>.</summary>
    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        Score(features, probabilities);
        ToProbabilities(probabilities[..ClassCount]);
    }

    /// <summary>Writes the linear class scores (bias plus the weights of each hashed feature) into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        int classes = _bias.Length;
        var sums = scores[..classes];
        _bias.CopyTo(sums);
        int width = System.Numerics.Vector<float>.Count;
        int whole = classes - classes % width;
        foreach (int feature in features)
        {
            int row = (uint)feature < (uint)_rowOfBucket.Length ? _rowOfBucket[feature] : -1;
            if (row < 0) continue;
            // Each class still adds its weights in feature order, so the sums equal the scalar loop's.
            var weights = _weights.AsSpan(row * classes, classes);
            for (int c = 0; c < whole; c += width)
            {
                (new System.Numerics.Vector<float>(sums[c..]) + new System.Numerics.Vector<float>(weights[c..])).CopyTo(sums[c..]);
            }
            for (int c = whole; c < classes; c++) sums[c] += weights[c];
        }
    }

    /// <summary>
    /// Whether some class could beat NONE by <see cref="NoneWeight"/> after the softmax of these <paramref name="scores"/>.
    /// Most pairs are plainly NONE; answering from the scores spares their exponentials. The margin keeps rounding
    /// from ever turning a borderline pair away.
    /// </summary>
    public bool MayBeatNone(ReadOnlySpan<float> scores)
    {
        if (_noneIndex < 0) return true;
        float best = float.NegativeInfinity;
        for (int c = 0; c < scores.Length && c < _bias.Length; c++)
        {
            if (c != _noneIndex) best = Math.Max(best, scores[c]);
        }
        return best - scores[_noneIndex] > _logNoneWeight - 0.01f;
    }

    /// <summary>Turns class scores into probabilities in place (softmax).</summary>
    public static void ToProbabilities(Span<float> scores)
    {
        float max = float.NegativeInfinity;
        foreach (float s in scores) max = Math.Max(max, s);
        float sum = 0;
        for (int c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.Length; c++) scores[c] /= sum;
    }

    /// <summary>Saves the model to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var writer = new ModelWriter();
        Write(writer);
        writer.SaveTo(path, Kind, FormatVersion);
    }

    /// <summary>Saves the model to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        var writer = new ModelWriter();
        Write(writer);
        writer.SaveTo(stream, Kind, FormatVersion);
    }

    /// <summary>Loads a model file; a damaged file throws <see cref="ModelFormatException"/>.</summary>
    public static RelationModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(Path.GetFileName(path), file);
    }

    /// <summary>Loads a model from <paramref name="stream"/>; a damaged model throws <see cref="ModelFormatException"/>.</summary>
    public static RelationModel Load(string name, Stream stream)
    {
        var reader = ModelReader.Open(name, stream, Kind, FormatVersion);
        int bits = reader.ReadInt32();
        float noneWeight = reader.ReadSingle();
        int labelCount = reader.ReadCount(4);
        var labels = new string[labelCount];
        for (int i = 0; i < labelCount; i++) labels[i] = reader.ReadString();
        int[] buckets = reader.ReadInt32Array();
        float[] weights = reader.ReadSingleArray();
        float[] bias = reader.ReadSingleArray();
        reader.EnsureEnd();
        try
        {
            var model = new RelationModel(bits, labels, buckets, weights, bias, noneWeight);
            if (buckets.Length > 0 && (buckets[0] < 0 || buckets[^1] >= 1 << bits)) throw new ArgumentException("A bucket lies outside the hash range.");
            return model;
        }
        catch (ArgumentException e)
        {
            throw new ModelFormatException(name, e.Message);
        }
    }

    private void Write(ModelWriter writer)
    {
        writer.Write(HashBits);
        writer.Write(NoneWeight);
        writer.Write(Labels.Count);
        foreach (string label in Labels) writer.Write(label);
        writer.Write(_buckets);
        writer.Write(_weights);
        writer.Write(_bias);
    }

    private static (Predicate, bool)? ParseLabel(string label)
    {
        if (label == NoneLabel) return null;
        if (label.Length < 2 || (label[^1] != '>' && label[^1] != '<')
            || !PredicateNames.TryParsePredicate(label.AsSpan(0, label.Length - 1), out var predicate))
        {
            throw new ArgumentException($"'{label}' is not a relation class label.");
        }
        return (predicate, label[^1] == '<');
    }

    private static RelationModel? LoadDefault()
    {
        if (!EmbeddedModels.Exists(FileName)) return null;
        using var stream = EmbeddedModels.Open(FileName);
        return Load(FileName, stream);
    }
}
