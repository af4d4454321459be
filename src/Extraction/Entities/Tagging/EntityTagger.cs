using Extraction.Models;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>The tokens of sentence <paramref name="sentence"/> of a document.</summary>
internal delegate ReadOnlySpan<Token> SentenceTokens(int sentence);

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
    private readonly int _organizationType;
    private readonly int _dateType;

    public EntityTagger(EntityTaggerModel model)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        _features = new EntityFeatureExtractor(model.Lexicon, model.BucketBits, model.UsesMorphology, model.UsesDocumentMemory, model.UsesStackedLabels);
        _organizationType = Array.IndexOf(model.Types, EntityType.Organization);
        _dateType = Array.IndexOf(model.Types, EntityType.Date);
    }

    /// <summary>The tagger with the embedded <c>models/entities.bin</c>.</summary>
    public static EntityTagger Default => LazyDefault.Value;

    /// <summary>True when the library carries an embedded entity model.</summary>
    public static bool HasDefault => EmbeddedModels.Exists(DefaultModelFile);

    public EntityTaggerModel Model { get; }

    /// <summary>
    /// Tags one sentence on its own: <paramref name="output"/> is replaced by its mentions (token indices relative to
    /// <paramref name="sentence"/>), with quoted names and calendar dates completed.
    /// </summary>
    public void Tag(ReadOnlySpan<Token> sentence, List<TaggedSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        int n = sentence.Length;
        if (n == 0) return;
        var labels = TagLabels(sentence, default, out var workspace);
        AddMentions(labels, workspace.Emissions.AsSpan(0, n * Model.LabelCount), output);
        CompleteSpans(sentence, output);
    }

    /// <summary>Completes quoted names and calendar dates the decoder cut short (see <see cref="QuoteBalancer"/>, <see cref="DateCompleter"/>).</summary>
    private void CompleteSpans(ReadOnlySpan<Token> sentence, List<TaggedSpan> spans)
    {
        QuoteBalancer.Balance(sentence, spans, _organizationType);
        DateCompleter.Complete(sentence, spans, _dateType);
    }

    /// <summary>
    /// Tags the sentences of one document. A model with <see cref="EntityTaggerModel.UsesDocumentMemory"/> takes two
    /// passes: the first records every sentence's labels in <paramref name="memory"/>, the second tags again with what the
    /// other sentences said about the same stems. <paramref name="emit"/> receives each sentence's mentions in order,
    /// right after <paramref name="tokensOf"/> was last called for that sentence.
    /// </summary>
    public void TagDocument(int sentenceCount, SentenceTokens tokensOf, DocumentMemory? memory, Action<int, List<TaggedSpan>> emit)
    {
        ArgumentNullException.ThrowIfNull(tokensOf);
        ArgumentNullException.ThrowIfNull(emit);
        var found = new List<TaggedSpan>();
        if (!Model.UsesDocumentMemory || (sentenceCount < 2 && !Model.UsesStackedLabels))
        {
            for (int s = 0; s < sentenceCount; s++)
            {
                Tag(tokensOf(s), found);
                emit(s, found);
            }
            return;
        }
        if (memory is null || memory.TypeCount != Model.TypeNames.Count) memory = new DocumentMemory(Model.TypeNames.Count);
        memory.Clear();
        int l = Model.LabelCount;
        for (int s = 0; s < sentenceCount; s++)
        {
            var tokens = tokensOf(s);
            var labels = TagLabels(tokens, default, out var workspace);
            memory.Add(workspace.Descriptors.AsSpan(0, tokens.Length), labels, workspace.Emissions.AsSpan(0, tokens.Length * l));
        }

        // The memory (and stacked-label) features only add to the first pass's label scores, so the second pass adds their
        // weights to the stored scores and decodes again; without stacked labels, a sentence none of whose stems was
        // tagged elsewhere keeps its first-pass labels.
        for (int s = 0; s < sentenceCount; s++)
        {
            found.Clear();
            var tokens = tokensOf(s);
            var (start, n) = memory.TokensOf(s);
            if (n != tokens.Length) throw new InvalidOperationException("The sentence tokens changed between the two passes.");
            var workspace = t_workspace ??= new Workspace();
            workspace.Ensure(n, l);
            var codes = workspace.Memory.AsSpan(0, n);
            var firstLabels = memory.LabelsOf(s);
            memory.Lookup(s, codes);
            bool any = Model.UsesStackedLabels;
            for (int i = 0; i < n && !any; i++) any |= codes[i] >= 0;
            var emissions = workspace.Emissions.AsSpan(0, n * l);
            memory.Emissions(start, n, l).CopyTo(emissions);
            ReadOnlySpan<int> labels = firstLabels;
            if (any)
            {
                AddMemoryScores(memory, start, codes, firstLabels, emissions, workspace);
                var decoded = workspace.Labels.AsSpan(0, n);
                ViterbiDecoder.Decode(emissions, Model.Transitions, workspace.Scores.AsSpan(0, n * l), decoded);
                labels = decoded;
            }
            AddMentions(labels, emissions, found);
            CompleteSpans(tokens, found);
            emit(s, found);
        }
    }

    private void AddMemoryScores(DocumentMemory memory, int start, ReadOnlySpan<int> codes, ReadOnlySpan<int> firstLabels, Span<float> emissions, Workspace workspace)
    {
        int l = Model.LabelCount;
        int n = codes.Length;
        const int stride = EntityFeatureExtractor.MaxSecondPassFeatures;
        bool stacked = Model.UsesStackedLabels;
        var features = workspace.Features.AsSpan(0, n * stride);
        var counts = workspace.Counts.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            var (caps, tagClass) = memory.TokenInfo(start + i);
            var output = features.Slice(i * stride, stride);
            int k = _features.MemoryFeatures(codes[i], caps, tagClass, i > 0 ? codes[i - 1] : -2, i + 1 < n ? codes[i + 1] : -2, output);
            if (stacked) k += _features.StackedFeatures(firstLabels, i, caps, output[k..]);
            counts[i] = k;
        }
        var added = workspace.Scores.AsSpan(0, n * l);
        Model.Weights.Rows.Score(features, stride, counts, added, workspace.Scoring);
        for (int i = 0; i < n; i++)
        {
            if (counts[i] == 0) continue;
            var row = emissions.Slice(i * l, l);
            var add = added.Slice(i * l, l);
            for (int y = 0; y < l; y++) row[y] += add[y];
        }
    }

    /// <summary>
    /// Turns BILOU labels into mentions. A mention's confidence is the local probability that a mention of its type
    /// starts at its first token (the continuation tokens' I-versus-L probabilities made it worse calibrated on dev).
    /// </summary>
    private void AddMentions(ReadOnlySpan<int> labels, ReadOnlySpan<float> emissions, List<TaggedSpan> output)
    {
        int n = labels.Length;
        int l = Model.LabelCount;
        int start = -1;
        double confidence = 1;
        for (int i = 0; i < n; i++)
        {
            int label = labels[i];
            var part = BilouLabels.PartOf(label);
            if (part == BilouLabels.Part.Outside) continue;
            if (part is BilouLabels.Part.Begin or BilouLabels.Part.Unit)
            {
                start = i;
                confidence = LocalProbability(emissions.Slice(i * l, l), i == 0 ? -1 : labels[i - 1], label);
            }
            if (part is BilouLabels.Part.Last or BilouLabels.Part.Unit)
            {
                output.Add(new TaggedSpan(start, i + 1, BilouLabels.TypeOf(label), confidence));
            }
        }
    }

    /// <summary>The BILOU label of each token of <paramref name="sentence"/>; the span is valid until the next call on this thread.</summary>
    public ReadOnlySpan<int> TagLabels(ReadOnlySpan<Token> sentence, out Workspace workspace) => TagLabels(sentence, default, out workspace);

    /// <summary>
    /// Second-pass labels of sentence <paramref name="sentenceIndex"/> of the document <paramref name="memory"/> recorded,
    /// with every feature extracted again: the reference that <see cref="TagDocument"/>'s shortcut is tested against.
    /// </summary>
    public ReadOnlySpan<int> TagLabels(ReadOnlySpan<Token> sentence, DocumentMemory memory, int sentenceIndex, out Workspace workspace)
    {
        int n = sentence.Length;
        workspace = t_workspace ??= new Workspace();
        workspace.Ensure(n, Model.LabelCount);
        _features.DescribeAll(sentence, workspace.Descriptors.AsSpan(0, n));
        var codes = workspace.Memory.AsSpan(0, n);
        memory.Lookup(workspace.Stems(n), memory.LabelsOf(sentenceIndex), codes);
        return Decode(sentence, codes, Model.UsesStackedLabels ? memory.LabelsOf(sentenceIndex) : default, workspace, described: true);
    }

    /// <summary>Labels with the given document-memory codes per token (empty: none).</summary>
    public ReadOnlySpan<int> TagLabels(ReadOnlySpan<Token> sentence, ReadOnlySpan<int> memory, out Workspace workspace)
    {
        workspace = t_workspace ??= new Workspace();
        workspace.Ensure(sentence.Length, Model.LabelCount);
        return Decode(sentence, memory, default, workspace, described: false);
    }

    private ReadOnlySpan<int> Decode(ReadOnlySpan<Token> sentence, ReadOnlySpan<int> memory, ReadOnlySpan<int> firstPassLabels, Workspace workspace, bool described)
    {
        int n = sentence.Length;
        int l = Model.LabelCount;
        var features = workspace.Features.AsSpan(0, n * EntityFeatureExtractor.MaxFeaturesPerToken);
        var counts = workspace.Counts.AsSpan(0, n);
        _features.Extract(sentence, workspace.Descriptors.AsSpan(0, n), features, counts, memory, firstPassLabels, described);

        var emissions = workspace.Emissions.AsSpan(0, n * l);
        Model.Weights.Rows.Score(features, EntityFeatureExtractor.MaxFeaturesPerToken, counts, emissions, workspace.Scoring);
        var labels = workspace.Labels.AsSpan(0, n);
        ViterbiDecoder.Decode(emissions, Model.Transitions, workspace.Scores.AsSpan(0, n * l), labels);
        return labels;
    }

    /// <summary>
    /// Probability, by a softmax at <see cref="EntityTaggerModel.ConfidenceTemperature"/> over the labels that may open a
    /// token after <paramref name="previous"/> (a closed label or none), that a mention of <paramref name="label"/>'s type
    /// starts here: B-X and U-X count together, since which of the two it is the following tokens decide.
    /// </summary>
    private double LocalProbability(ReadOnlySpan<float> emission, int previous, int label)
    {
        var transitions = Model.Transitions;
        int l = transitions.LabelCount;
        float inverse = 1 / Model.ConfidenceTemperature;
        ReadOnlySpan<float> bias = previous < 0 ? transitions.Start : transitions.Pair.AsSpan(previous * l, l);
        float chosen = emission[label] + bias[label];
        double sum = 0;
        foreach (int y in transitions.Opening) sum += Exp(emission[y] + bias[y] - chosen);
        int type = BilouLabels.TypeOf(label);
        int other = label == BilouLabels.Begin(type) ? BilouLabels.Unit(type) : BilouLabels.Begin(type);
        return (1 + Exp(emission[other] + bias[other] - chosen)) / sum;

        double Exp(float difference) => MathF.Exp(MathF.Min(difference * inverse, 50));
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
        public int[] Memory = [];
        public readonly WeightRows.Scratch Scoring = new();
        private ulong[] _stems = [];

        /// <summary>The stem hash of each of the first <paramref name="tokens"/> described tokens.</summary>
        public ReadOnlySpan<ulong> Stems(int tokens)
        {
            if (_stems.Length < tokens) _stems = new ulong[Descriptors.Length];
            for (int i = 0; i < tokens; i++) _stems[i] = Descriptors[i].Stem;
            return _stems.AsSpan(0, tokens);
        }

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
            Memory = new int[capacity];
        }
    }
}
