using Extraction.Text;
using Extraction.Entities;

namespace Extraction.Training.Entities;

/// <summary>Settings of <see cref="EntityTrainer"/>.</summary>
internal sealed record EntityTrainerOptions
{
    public int BucketBits { get; init; } = 21;
    public int MaxEpochs { get; init; } = 20;
    public int Patience { get; init; } = 3;
    public int Seed { get; init; } = 1;
    /// <summary>Averaged weights below this magnitude are dropped from the model file.</summary>
    public float PruneBelow { get; init; } = 0;
    public bool UseMorphology { get; init; }
    /// <summary>Features (buckets) seen in fewer training tokens than this are left out, a guard against memorizing rare ones.</summary>
    public int MinFeatureCount { get; init; } = 1;
    /// <summary>Train a two-pass tagger whose second pass sees the first pass's labels of the same stems elsewhere in the document.</summary>
    public bool UseDocumentMemory { get; init; }
    /// <summary>Folds of the cross-fitted first pass that gives training sentences realistic document-memory features.</summary>
    public int MemoryFolds { get; init; } = 4;
    /// <summary>Epochs of each fold's first-pass model.</summary>
    public int MemoryEpochs { get; init; } = 10;
    /// <summary>
    /// Cost-augmented decoding in training: every wrong label of a token scores this much extra, so a sequence is
    /// updated until the gold labels win by a margin that grows with the number of wrong tokens.
    /// </summary>
    public float Margin { get; init; }

    /// <summary>
    /// The second pass also sees the cross-fitted first pass's labels of each token and its neighbours (stacking);
    /// needs <see cref="UseDocumentMemory"/>.
    /// </summary>
    public bool UseStackedLabels { get; init; }

    /// <summary>
    /// Each training sentence is also visited without its second-pass features, so the shared weights stay a good
    /// first pass on their own (at run time the first pass is the same model without those features).
    /// </summary>
    public bool TrainFirstPassForm { get; init; }

    /// <summary>The learner: averaged perceptron (default) or linear-chain CRF.</summary>
    public EntityLearner Learner { get; init; }

    /// <summary>
    /// Learner of the cross-fitted first pass behind the document memory: the perceptron by default, since a CRF first
    /// pass made the CRF no better on dev and takes minutes longer.
    /// </summary>
    public EntityLearner MemoryLearner { get; init; }

    /// <summary>CRF: strength C of the L1 penalty in the objective <c>Σ log p(gold | sentence) − C Σ |w|</c> (tuned on dev).</summary>
    public float L1 { get; init; } = 0.2f;

    /// <summary>CRF: SGD learning rate of the first step (tuned on dev).</summary>
    public float LearningRate { get; init; } = 0.05f;

    /// <summary>CRF: the learning rate is multiplied by this over each epoch (exponential decay).</summary>
    public float RateDecay { get; init; } = 0.85f;
}

/// <summary>
/// Trains the BILOU entity tagger as an averaged structured perceptron: each epoch visits the training sentences in a
/// seeded shuffled order, decodes with Viterbi, and on a wrong sequence moves weights toward the gold labels. After each
/// epoch the averaged weights are turned into the shipped (sparse, quantized) model and scored on dev; training stops
/// when dev F1 has not improved for <see cref="EntityTrainerOptions.Patience"/> epochs and the best model is returned.
/// With <see cref="EntityLearner.Crf"/> the same features and model format are trained as a linear-chain CRF instead.
/// </summary>
internal sealed partial class EntityTrainer
{
    private readonly EntityTrainerOptions _options;
    private readonly IReadOnlyList<string> _types;
    private readonly EntityLexicon _lexicon;
    private readonly int _labels;
    private readonly int _buckets;

    public EntityTrainer(EntityTrainerOptions options, EntityLexicon lexicon, IReadOnlyList<string>? types = null)
    {
        _options = options;
        _lexicon = lexicon;
        _types = types ?? NerUkTypes.All;
        _labels = BilouLabels.Count(_types.Count);
        _buckets = 1 << options.BucketBits;
    }

    private sealed class Example
    {
        public required int[] Gold;
        public required int[] Features;
        public required int[] Counts;
        /// <summary>Per token, how many of the leading features are first-pass features (the rest are second-pass ones).</summary>
        public int[]? FirstPassCounts;
    }

    /// <summary>Trains on <paramref name="train"/>, keeping the epoch with the best micro-F1 on <paramref name="dev"/> (the last epoch without dev).</summary>
    /// <param name="train">Training sentences in document order.</param>
    /// <param name="dev">Held-out sentences for choosing the epoch, or null.</param>
    /// <param name="log">Progress lines.</param>
    /// <param name="trainDocuments">The documents of <paramref name="train"/> as sentence runs (null: runs of <see cref="IobCorpus.PseudoDocumentSize"/>).</param>
    /// <param name="devDocuments">The same for <paramref name="dev"/>.</param>
    public EntityTaggerModel Train(IReadOnlyList<IobSentence> train, IReadOnlyList<IobSentence>? dev, Action<string>? log = null,
        IReadOnlyList<(int Start, int Count)>? trainDocuments = null, IReadOnlyList<(int Start, int Count)>? devDocuments = null)
    {
        if (_options.UseStackedLabels && !_options.UseDocumentMemory) throw new ArgumentException("Stacked labels need the document-memory (two-pass) tagger.");
        var extractor = new EntityFeatureExtractor(_lexicon, _options.BucketBits, _options.UseMorphology, _options.UseDocumentMemory, _options.UseStackedLabels);
        var examples = new Example[train.Count];
        var morphology = _options.UseMorphology ? new Extraction.Morphology.MorphologyTagger(Extraction.Morphology.MorphologyModel.Default) : null;
        var tokenized = train.Select(s => s.ToTokens(morphology)).ToArray();
        var (memoryCodes, firstPassLabels) = _options.UseDocumentMemory ? MemoryCodes(train, tokenized, extractor, trainDocuments, log) : (null, null);
        bool dual = _options.TrainFirstPassForm && memoryCodes is not null;
        for (int s = 0; s < train.Count; s++)
        {
            var tokens = tokenized[s];
            int n = tokens.Length;
            var features = new int[n * EntityFeatureExtractor.MaxFeaturesPerToken];
            var counts = new int[n];
            var descriptors = new EntityFeatureExtractor.Descriptor[n];
            int[]? firstPassCounts = null;
            if (dual)
            {
                // Second-pass features come after the first-pass ones, so the first pass's features are a prefix.
                extractor.Extract(tokens, descriptors, features, counts);
                firstPassCounts = (int[])counts.Clone();
            }
            extractor.Extract(tokens, descriptors, features, counts, memoryCodes is null ? default : memoryCodes[s],
                _options.UseStackedLabels && firstPassLabels is not null ? firstPassLabels[s] : default, described: false);
            examples[s] = new Example { Gold = train[s].BilouLabels(_types), Features = features, Counts = counts, FirstPassCounts = firstPassCounts };
        }
        if (_options.MinFeatureCount > 1) DropRareFeatures(examples);
        log?.Invoke($"features extracted for {train.Count:N0} sentences");
        if (_options.Learner == EntityLearner.Crf) return TrainCrf(examples, dev, log, devDocuments);

        int l = _labels;
        var weights = new float[(long)_buckets * l];
        var accumulated = new float[(long)_buckets * l];
        var transitions = BilouTransitions.Zero(_types.Count);
        var transitionSums = BilouTransitions.Zero(_types.Count);
        long step = 1;

        var order = Enumerable.Range(0, examples.Length).ToArray();
        var random = new Random(_options.Seed);
        var selection = new EpochSelection(dev, devDocuments, _options.Patience, log);
        int maxTokens = examples.Max(e => e.Gold.Length);
        var emissions = new float[maxTokens * l];
        var scores = new float[maxTokens * l];
        var predicted = new int[maxTokens];

        // Decodes one training sentence with the given features per token and updates the weights on a mistake.
        bool Visit(Example example, int[] counts)
        {
            int n = example.Gold.Length;
            var emission = emissions.AsSpan(0, n * l);
            Score(example, counts, weights, emission);
            if (_options.Margin > 0) AddCost(emission, example.Gold, _options.Margin);
            var guess = predicted.AsSpan(0, n);
            ViterbiDecoder.Decode(emission, transitions, scores, guess);
            bool wrong = !guess.SequenceEqual(example.Gold);
            if (wrong)
            {
                Update(example, counts, guess, weights, accumulated, transitions, transitionSums, step);
                transitions.Refresh();
            }
            step++;
            return wrong;
        }

        for (int epoch = 1; epoch <= _options.MaxEpochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int index in order)
            {
                var example = examples[index];
                if (example.FirstPassCounts is { } firstPassCounts) Visit(example, firstPassCounts);
                if (Visit(example, example.Counts)) mistakes++;
            }

            var model = BuildModel(weights, accumulated, transitions, transitionSums, step);
            if (!selection.Offer(epoch, model, $"epoch {epoch}: {mistakes:N0} wrong sentences")) break;
        }
        BestEpoch = selection.BestEpoch;
        return selection.Best!;
    }

    /// <summary>
    /// Document-memory codes of every training sentence, from first-pass labels that are cross-fitted: each fold of
    /// pseudo-documents is tagged by a one-pass model trained on the other folds, so the codes are as noisy as at run time.
    /// </summary>
    private (int[][] Codes, int[][] Labels) MemoryCodes(IReadOnlyList<IobSentence> train, Token[][] tokenized, EntityFeatureExtractor extractor,
        IReadOnlyList<(int Start, int Count)>? trainDocuments, Action<string>? log)
    {
        var documents = (trainDocuments ?? IobCorpus.PseudoDocuments(train.Count).ToList()).ToArray();
        var labels = new int[train.Count][];
        int folds = _options.MemoryFolds;
        var firstPassOptions = _options with { UseDocumentMemory = false, UseStackedLabels = false, TrainFirstPassForm = false, MaxEpochs = _options.MemoryEpochs,
            Learner = _options.MemoryLearner };
        for (int fold = 0; fold < folds; fold++)
        {
            var fitOn = new List<IobSentence>();
            for (int d = 0; d < documents.Length; d++)
            {
                if (d % folds == fold) continue;
                for (int s = documents[d].Start; s < documents[d].Start + documents[d].Count; s++) fitOn.Add(train[s]);
            }
            var tagger = new EntityTagger(new EntityTrainer(firstPassOptions, _lexicon, _types).Train(fitOn, null));
            for (int d = fold; d < documents.Length; d += folds)
            {
                for (int s = documents[d].Start; s < documents[d].Start + documents[d].Count; s++)
                {
                    labels[s] = tagger.TagLabels(tokenized[s], out _).ToArray();
                }
            }
            log?.Invoke($"first pass, fold {fold + 1} of {folds} tagged");
        }

        var codes = new int[train.Count][];
        var memory = new DocumentMemory(_types.Count);
        var descriptors = new EntityFeatureExtractor.Descriptor[tokenized.Max(t => t.Length)];
        var stems = new ulong[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            extractor.DescribeAll(tokenized[s], descriptors);
            stems[s] = descriptors.Take(tokenized[s].Length).Select(d => d.Stem).ToArray();
        }
        foreach (var (start, count) in documents)
        {
            memory.Clear();
            for (int s = start; s < start + count; s++) memory.Add(stems[s], labels[s]);
            for (int s = start; s < start + count; s++)
            {
                codes[s] = new int[tokenized[s].Length];
                memory.Lookup(stems[s], labels[s], codes[s]);
            }
        }
        return (codes, labels);
    }

    private void DropRareFeatures(Example[] examples)
    {
        var seen = new int[_buckets];
        int stride = EntityFeatureExtractor.MaxFeaturesPerToken;
        foreach (var example in examples)
        {
            for (int i = 0; i < example.Counts.Length; i++)
            {
                foreach (int bucket in example.Features.AsSpan(i * stride, example.Counts[i])) seen[bucket]++;
            }
        }
        foreach (var example in examples)
        {
            for (int i = 0; i < example.Counts.Length; i++)
            {
                var features = example.Features.AsSpan(i * stride, example.Counts[i]);
                if (example.FirstPassCounts is { } firstPass)
                {
                    int keptFirst = 0;
                    foreach (int bucket in features[..firstPass[i]]) if (seen[bucket] >= _options.MinFeatureCount) keptFirst++;
                    firstPass[i] = keptFirst;
                }
                int kept = 0;
                foreach (int bucket in features)
                {
                    if (seen[bucket] >= _options.MinFeatureCount) features[kept++] = bucket;
                }
                example.Counts[i] = kept;
            }
        }
    }

    /// <summary>The epoch whose model <see cref="Train"/> returned (the last one without dev data).</summary>
    public int BestEpoch { get; private set; }

    private void Score(Example example, int[] counts, float[] weights, Span<float> emission)
    {
        int l = _labels;
        int stride = EntityFeatureExtractor.MaxFeaturesPerToken;
        emission.Clear();
        for (int i = 0; i < counts.Length; i++)
        {
            var row = emission.Slice(i * l, l);
            var features = example.Features.AsSpan(i * stride, counts[i]);
            foreach (int bucket in features)
            {
                var w = weights.AsSpan((int)((long)bucket * l), l);
                System.Numerics.Tensors.TensorPrimitives.Add(row, w, row);
            }
        }
    }

    private void AddCost(Span<float> emission, int[] gold, float cost)
    {
        for (int i = 0; i < gold.Length; i++)
        {
            var row = emission.Slice(i * _labels, _labels);
            for (int y = 0; y < row.Length; y++)
            {
                if (y != gold[i]) row[y] += cost;
            }
        }
    }

    private void Update(Example example, int[] counts, ReadOnlySpan<int> guess, float[] weights, float[] accumulated,
        BilouTransitions transitions, BilouTransitions sums, long step)
    {
        int l = _labels;
        int stride = EntityFeatureExtractor.MaxFeaturesPerToken;
        var gold = example.Gold;
        int n = gold.Length;
        for (int i = 0; i < n; i++)
        {
            if (gold[i] != guess[i])
            {
                foreach (int bucket in example.Features.AsSpan(i * stride, counts[i]))
                {
                    long row = (long)bucket * l;
                    weights[row + gold[i]] += 1;
                    weights[row + guess[i]] -= 1;
                    accumulated[row + gold[i]] += step;
                    accumulated[row + guess[i]] -= step;
                }
            }
            if (i == 0)
            {
                if (gold[0] != guess[0]) Bump(transitions.Start, sums.Start, gold[0], guess[0], step);
            }
            else if (gold[i - 1] != guess[i - 1] || gold[i] != guess[i])
            {
                Bump(transitions.Pair, sums.Pair, gold[i - 1] * l + gold[i], guess[i - 1] * l + guess[i], step);
            }
        }
        if (gold[n - 1] != guess[n - 1]) Bump(transitions.End, sums.End, gold[n - 1], guess[n - 1], step);
    }

    private static void Bump(float[] weights, float[] sums, int up, int down, long step)
    {
        weights[up] += 1;
        weights[down] -= 1;
        sums[up] += step;
        sums[down] -= step;
    }

    /// <summary>Averaged weights (<c>w - Σ step·Δ / steps</c>), turned into the sparse quantized model that ships.</summary>
    private EntityTaggerModel BuildModel(float[] weights, float[] accumulated, BilouTransitions transitions, BilouTransitions sums, long step)
    {
        var averaged = new float[weights.Length];
        float inverse = 1f / step;
        for (long i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0 || accumulated[i] != 0) averaged[i] = weights[i] - accumulated[i] * inverse;
        }
        var sparse = SparseLabelWeights.FromDense(averaged, _buckets, _labels, _options.PruneBelow);
        var averagedTransitions = new BilouTransitions(
            _types.Count,
            Average(transitions.Pair, sums.Pair, inverse),
            Average(transitions.Start, sums.Start, inverse),
            Average(transitions.End, sums.End, inverse));
        return new EntityTaggerModel(_types, _options.BucketBits, _options.UseMorphology, _lexicon, averagedTransitions, sparse, _options.UseDocumentMemory,
            usesStackedLabels: _options.UseStackedLabels);
    }

    private static float[] Average(float[] weights, float[] sums, float inverse)
    {
        var result = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++) result[i] = weights[i] - sums[i] * inverse;
        return result;
    }
}
