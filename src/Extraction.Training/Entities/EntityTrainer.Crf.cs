using System.Diagnostics;
using System.Numerics.Tensors;
using Extraction.Entities;
using Extraction.Training.Entities.Crf;

namespace Extraction.Training.Entities;

/// <summary>Which learner <see cref="EntityTrainer"/> uses.</summary>
internal enum EntityLearner
{
    /// <summary>Averaged structured perceptron.</summary>
    Perceptron,

    /// <summary>Linear-chain CRF: conditional log-likelihood, SGD with cumulative L1 penalty.</summary>
    Crf,
}

internal sealed partial class EntityTrainer
{
    /// <summary>
    /// Trains the same weights and transitions as the perceptron as a linear-chain CRF: each sentence's gradient of the
    /// conditional log-likelihood (gold counts minus forward–backward expectations, BILOU constraints as in decoding) is
    /// one SGD step, with an exponentially decaying rate <c>η0 · decay^(visits / sentences)</c> and the cumulative L1
    /// penalty on the feature weights (<see cref="CumulativeL1Weights"/>), so most weights end at exactly zero. The
    /// transitions are not penalized (there are only a few thousand). Epochs and early stopping as for the perceptron.
    /// </summary>
    private EntityTaggerModel TrainCrf(Example[] examples, IReadOnlyList<IobSentence>? dev, Action<string>? log, IReadOnlyList<(int Start, int Count)>? devDocuments)
    {
        int l = _labels;
        int stride = EntityFeatureExtractor.MaxFeaturesPerToken;
        var weights = new CumulativeL1Weights(_buckets, l);
        var transitions = BilouTransitions.Zero(_types.Count);
        var chain = new BilouForwardBackward(l);
        chain.SetTransitions(transitions);
        int maxTokens = examples.Max(e => e.Gold.Length);
        var emissions = new float[maxTokens * l];
        var directions = new float[maxTokens * l];
        var pairDirection = new float[l * l];
        var dense = new float[(long)_buckets * l];
        double perSentencePenalty = _options.L1 / examples.Length;
        long visits = 0;

        // One SGD step on one sentence with the given features per token; returns its negative log-likelihood (NaN: skipped).
        double Visit(Example example, int[] counts)
        {
            int n = example.Gold.Length;
            var emission = emissions.AsSpan(0, n * l);
            emission.Clear();
            for (int i = 0; i < n; i++)
            {
                var row = emission.Slice(i * l, l);
                foreach (int bucket in example.Features.AsSpan(i * stride, counts[i])) TensorPrimitives.Add(row, weights.Row(bucket), row);
            }
            double logZ = chain.Run(emission, n);
            if (double.IsNaN(logZ)) return double.NaN;
            double loss = logZ - BilouForwardBackward.SequenceScore(emission, transitions, example.Gold);

            var direction = directions.AsSpan(0, n * l);
            for (int i = 0; i < n; i++)
            {
                var row = direction.Slice(i * l, l);
                chain.Marginals(i, row);
                if (!float.IsFinite(TensorPrimitives.Sum(row))) return double.NaN;
                TensorPrimitives.Negate(row, row);
                row[example.Gold[i]] += 1;
            }

            float rate = (float)(_options.LearningRate * Math.Pow(_options.RateDecay, (double)visits / examples.Length));
            visits++;
            weights.AdvancePenalty(rate * perSentencePenalty);
            for (int i = 0; i < n; i++)
            {
                var row = direction.Slice(i * l, l);
                foreach (int bucket in example.Features.AsSpan(i * stride, counts[i])) weights.Update(bucket, row, rate);
            }

            Array.Clear(pairDirection);
            chain.AddPairExpectations(pairDirection, -1);
            for (int i = 1; i < n; i++) pairDirection[example.Gold[i - 1] * l + example.Gold[i]] += 1;
            TensorPrimitives.MultiplyAdd(pairDirection, rate, transitions.Pair, transitions.Pair);
            TensorPrimitives.MultiplyAdd(direction[..l], rate, transitions.Start, transitions.Start);
            TensorPrimitives.MultiplyAdd(direction.Slice((n - 1) * l, l), rate, transitions.End, transitions.End);
            chain.SetTransitions(transitions);
            return loss;
        }

        var order = Enumerable.Range(0, examples.Length).ToArray();
        var random = new Random(_options.Seed);
        var selection = new EpochSelection(dev, devDocuments, _options.Patience, log);
        var clock = Stopwatch.StartNew();
        for (int epoch = 1; epoch <= _options.MaxEpochs; epoch++)
        {
            random.Shuffle(order);
            double loss = 0;
            int skipped = 0;
            foreach (int index in order)
            {
                var example = examples[index];
                if (example.FirstPassCounts is { } firstPassCounts) Visit(example, firstPassCounts);
                double sentenceLoss = Visit(example, example.Counts);
                if (double.IsNaN(sentenceLoss)) skipped++;
                else loss += sentenceLoss;
            }

            weights.ApplyAllPenalties();
            weights.CopyWeightsTo(dense);
            var model = BuildModel(dense, transitions);
            string progress = $"epoch {epoch}: loss {loss:N0}{(skipped > 0 ? $" ({skipped} sentences skipped)" : "")}, {model.Weights.NonZeroCount:N0} non-zero weights, {clock.Elapsed.TotalSeconds:0} s";
            if (!selection.Offer(epoch, model, progress)) break;
        }
        BestEpoch = selection.BestEpoch;
        return selection.Best!;
    }

    private EntityTaggerModel BuildModel(float[] dense, BilouTransitions transitions)
    {
        var sparse = SparseLabelWeights.FromDense(dense, _buckets, _labels, _options.PruneBelow);
        var copy = new BilouTransitions(_types.Count, (float[])transitions.Pair.Clone(), (float[])transitions.Start.Clone(), (float[])transitions.End.Clone());
        return new EntityTaggerModel(_types, _options.BucketBits, _options.UseMorphology, _lexicon, copy, sparse, _options.UseDocumentMemory,
            usesStackedLabels: _options.UseStackedLabels);
    }
}
