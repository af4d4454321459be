using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Extraction.Relations;

namespace Extraction.Training.Relations;

/// <summary>Trains the relation classifier with Microsoft.ML (L-BFGS maximum entropy) and exports its weights to a <see cref="RelationModel"/>.</summary>
internal static class RelationTrainer
{
    /// <summary>Hash width of the feature space.</summary>
    public const int HashBits = 18;

    private sealed class Row
    {
        public string DocId { get; set; } = "";
        public string Label { get; set; } = "";
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>Settings of the maximum-entropy trainer.</summary>
    /// <param name="L2">L2 regularization weight.</param>
    /// <param name="L1">L1 regularization weight (drives unused weights to zero, keeping the model small).</param>
    public sealed record Settings(float L2 = 0.05f, float L1 = 0.001f);

    /// <summary>Trains on <paramref name="examples"/> and returns the compact run-time model.</summary>
    public static RelationModel Train(IReadOnlyList<RelationExample> examples, Settings settings, int seed = 1)
    {
        var ml = new MLContext(seed);
        var (data, columns) = Load(ml, examples);
        var pipeline = Pipeline(ml, settings);
        var trained = pipeline.Fit(data);
        var parameters = trained.LastTransformer.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classCount);
        var biases = parameters.GetBiases().ToArray();

        var keyValues = default(VBuffer<ReadOnlyMemory<char>>);
        trained.Transform(data).Schema["Label"].GetKeyValues(ref keyValues);
        var labels = keyValues.DenseValues().Select(v => v.ToString()).ToArray();
        if (labels.Length != classCount) throw new InvalidOperationException("The label map and the weights disagree.");

        // Collect the buckets that carry any non-zero weight, then lay the weights out row by row.
        var used = new SortedSet<int>();
        foreach (var w in weights)
        {
            var indices = w.GetIndices();
            var values = w.GetValues();
            if (w.IsDense)
            {
                for (int i = 0; i < values.Length; i++) if (values[i] != 0) used.Add(columns[i]);
            }
            else
            {
                for (int i = 0; i < indices.Length; i++) if (values[i] != 0) used.Add(columns[indices[i]]);
            }
        }
        int[] buckets = [.. used];
        var dense = new float[buckets.Length * classCount];
        for (int c = 0; c < classCount; c++)
        {
            foreach (var (index, value) in weights[c].Items())
            {
                if (value == 0) continue;
                int row = Array.BinarySearch(buckets, columns[index]);
                dense[row * classCount + c] = value;
            }
        }
        return new RelationModel(HashBits, labels, buckets, dense, biases);
    }

    /// <summary>Microsoft.ML's own cross-validation over candidate pairs (folds by article): micro/macro accuracy and log-loss.</summary>
    public static string CrossValidateClassifier(IReadOnlyList<RelationExample> examples, Settings settings, int folds, int seed = 1)
    {
        var ml = new MLContext(seed);
        var (data, _) = Load(ml, examples);
        var results = ml.MulticlassClassification.CrossValidate(data, Pipeline(ml, settings), folds, "Label", samplingKeyColumnName: "DocId", seed: seed);
        double micro = results.Average(r => r.Metrics.MicroAccuracy);
        double macro = results.Average(r => r.Metrics.MacroAccuracy);
        double logLoss = results.Average(r => r.Metrics.LogLoss);
        return FormattableString.Invariant($"Microsoft.ML {folds}-fold CV over candidate pairs (folds by article): micro-accuracy {micro:F3}, macro-accuracy {macro:F3}, log-loss {logLoss:F3}");
    }

    private static EstimatorChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> Pipeline(MLContext ml, Settings settings) =>
        ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                MaximumNumberOfIterations = 200,
            }));

    /// <summary>
    /// Loads the examples as a data view whose feature columns are only the hash buckets that occur (a far smaller
    /// space for L-BFGS); <c>columns[i]</c> is the bucket of column <c>i</c>.
    /// </summary>
    private static (IDataView Data, int[] Columns) Load(MLContext ml, IReadOnlyList<RelationExample> examples)
    {
        int[] columns = examples.SelectMany(e => e.Features).Distinct().Order().ToArray();
        var columnOf = new Dictionary<int, int>(columns.Length);
        for (int i = 0; i < columns.Length; i++) columnOf[columns[i]] = i;
        var rows = examples.Select(e =>
        {
            var counts = new SortedDictionary<int, float>();
            foreach (int f in e.Features) counts[columnOf[f]] = counts.GetValueOrDefault(columnOf[f]) + 1;
            return new Row
            {
                DocId = e.DocId,
                Label = e.Label,
                Features = new VBuffer<float>(columns.Length, counts.Count, [.. counts.Values], [.. counts.Keys]),
            };
        }).ToList();
        var schema = SchemaDefinition.Create(typeof(Row));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, columns.Length);
        return (ml.Data.LoadFromEnumerable(rows, schema), columns);
    }
}
