using Extraction.Models;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Finds entity mentions in a sentence with a linear BILOU sequence model: hashed features per token, sparse
/// label weights, Viterbi decoding under BILOU constraints. Immutable and thread-safe (scratch is per thread).
/// </summary>
internal sealed class EntityTagger
{
    public const string DefaultModelFile = "entities.bin";

    private static readonly Lazy<EntityTagger> LazyDefault = new(() =>
    {
        using var stream = EmbeddedModels.Open(DefaultModelFile);
        return new EntityTagger(EntityTaggerModel.Load(DefaultModelFile, stream));
    });

    [ThreadStatic]
    private static Workspace? t_workspace;

    private readonly EntityFeatureExtractor _features;

    public EntityTagger(EntityTaggerModel model)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        _features = new EntityFeatureExtractor(model.Lexicon, model.BucketBits, model.UsesMorphology);
    }

    /// <summary>The tagger with the embedded <c>models/entities.bin</c>.</summary>
    public static EntityTagger Default => LazyDefault.Value;

    /// <summary>True when the library carries an embedded entity model.</summary>
    public static bool HasDefault => EmbeddedModels.Exists(DefaultModelFile);

    public EntityTaggerModel Model { get; }

    /// <summary>Tags one sentence and appends its mentions (token indices relative to <paramref name="sentence"/>).</summary>
    public void Tag(ReadOnlySpan<Token> sentence, List<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int n = sentence.Length;
        if (n == 0) return;
        var labels = TagLabels(sentence, out var workspace);
        int l = Model.LabelCount;
        var emissions = workspace.Emissions.AsSpan(0, n * l);

        int start = -1;
        double confidence = 1;
        for (int i = 0; i < n; i++)
        {
            int label = labels[i];
            var part = BilouLabels.PartOf(label);
            if (part == BilouLabels.Part.Outside) continue;
            double p = LocalProbability(emissions.Slice(i * l, l), i == 0 ? -1 : labels[i - 1], label);
            if (part is BilouLabels.Part.Begin or BilouLabels.Part.Unit)
            {
                start = i;
                confidence = p;
            }
            else
            {
                confidence = Math.Min(confidence, p);
            }
            if (part is BilouLabels.Part.Last or BilouLabels.Part.Unit)
            {
                output.Add(new TaggedSpan(start, i + 1, BilouLabels.TypeOf(label), confidence));
            }
        }
    }

    /// <summary>The BILOU label of each token of <paramref name="sentence"/>; the span is valid until the next call on this thread.</summary>
    public ReadOnlySpan<int> TagLabels(ReadOnlySpan<Token> sentence, out Workspace workspace)
    {
        int n = sentence.Length;
        int l = Model.LabelCount;
        workspace = t_workspace ??= new Workspace();
        workspace.Ensure(n, l);
        var features = workspace.Features.AsSpan(0, n * EntityFeatureExtractor.MaxFeaturesPerToken);
        var counts = workspace.Counts.AsSpan(0, n);
        _features.Extract(sentence, workspace.Descriptors.AsSpan(0, n), features, counts);

        var emissions = workspace.Emissions.AsSpan(0, n * l);
        var weights = Model.Weights;
        Span<int> sparse = stackalloc int[l];
        Span<float> dense = stackalloc float[weights.DenseStride];
        float scale = weights.Scale;
        for (int i = 0; i < n; i++)
        {
            sparse.Clear();
            dense.Clear();
            weights.AddAll(features.Slice(i * EntityFeatureExtractor.MaxFeaturesPerToken, counts[i]), dense, sparse);
            var row = emissions.Slice(i * l, l);
            for (int y = 0; y < l; y++) row[y] = dense[y] + sparse[y] * scale;
        }
        var labels = workspace.Labels.AsSpan(0, n);
        ViterbiDecoder.Decode(emissions, Model.Transitions, workspace.Scores.AsSpan(0, n * l), labels);
        return labels;
    }

    /// <summary>Softmax probability of <paramref name="label"/> among the labels allowed after <paramref name="previous"/>.</summary>
    private double LocalProbability(ReadOnlySpan<float> emission, int previous, int label)
    {
        var transitions = Model.Transitions;
        int l = transitions.LabelCount;
        ReadOnlySpan<float> bias = previous < 0 ? transitions.Start : transitions.Pair.AsSpan(previous * l, l);
        float chosen = emission[label] + bias[label];
        double sum = 0;
        if (previous >= 0 && BilouLabels.PartOf(previous) is BilouLabels.Part.Begin or BilouLabels.Part.Inside)
        {
            int type = BilouLabels.TypeOf(previous);
            int inside = BilouLabels.Inside(type), last = BilouLabels.Last(type);
            sum = MathF.Exp(MathF.Min(emission[inside] + bias[inside] - chosen, 50)) + MathF.Exp(MathF.Min(emission[last] + bias[last] - chosen, 50));
        }
        else
        {
            foreach (int y in transitions.Opening) sum += MathF.Exp(MathF.Min(emission[y] + bias[y] - chosen, 50));
        }
        return 1 / sum;
    }

    /// <summary>Per-thread scratch buffers, grown as needed.</summary>
    internal sealed class Workspace
    {
        public EntityFeatureExtractor.Descriptor[] Descriptors = [];
        public int[] Features = [];
        public int[] Counts = [];
        public float[] Emissions = [];
        public float[] Scores = [];
        public int[] Labels = [];

        public void Ensure(int tokens, int labels)
        {
            if (Counts.Length >= tokens && Emissions.Length >= tokens * labels) return;
            int capacity = Math.Max(tokens, Math.Max(64, Counts.Length * 2));
            Descriptors = new EntityFeatureExtractor.Descriptor[capacity];
            Features = new int[capacity * EntityFeatureExtractor.MaxFeaturesPerToken];
            Counts = new int[capacity];
            Emissions = new float[capacity * labels];
            Scores = new float[capacity * labels];
            Labels = new int[capacity];
        }
    }
}
