using System.Diagnostics;
using Extraction.Entities;

namespace Extraction.Training.Entities;

/// <summary>Runs a tagger over IOB sentences and scores it strictly against their gold spans.</summary>
internal static class EntityEvaluator
{
    public sealed record Result(NerScores Scores, long Tokens, TimeSpan TaggingTime, TimeSpan TaggingCpuTime, List<LabeledSpan>[] Predicted,
        List<(double Confidence, bool Correct)> Confidences)
    {
        public double TokensPerSecond => Tokens / Math.Max(TaggingTime.TotalSeconds, 1e-9);

        /// <summary>Tokens per second of processor time: less sensitive than wall time to other processes on a busy machine.</summary>
        public double TokensPerCpuSecond => Tokens / Math.Max(TaggingCpuTime.TotalSeconds, 1e-9);
    }

    /// <summary>Tags <paramref name="sentences"/> with <paramref name="tagger"/>, document by document, and scores them.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">Gold sentences in document order.</param>
    /// <param name="documents">The documents as sentence runs (null: runs of <see cref="IobCorpus.PseudoDocumentSize"/>).</param>
    public static Result Evaluate(EntityTagger tagger, IReadOnlyList<IobSentence> sentences, IReadOnlyList<(int Start, int Count)>? documents = null)
    {
        var morphology = tagger.Model.UsesMorphology ? new Extraction.Morphology.MorphologyTagger(Extraction.Morphology.MorphologyModel.Default) : null;
        var tokenized = sentences.Select(s => s.ToTokens(morphology)).ToArray();
        var predicted = new List<TaggedSpan>[sentences.Count];
        long tokens = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var memory = new DocumentMemory(tagger.Model.TypeNames.Count);
        foreach (var (start, count) in documents ?? IobCorpus.PseudoDocuments(tokenized.Length).ToList())
        {
            tagger.TagDocument(count, s => tokenized[start + s], memory, (s, found) => predicted[start + s] = [.. found]);
            for (int i = start; i < start + count; i++) tokens += tokenized[i].Length;
        }
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        var scores = new NerScores();
        var types = tagger.Model.Types;
        var spans = new List<LabeledSpan>[sentences.Count];
        var confidences = new List<(double, bool)>();
        for (int i = 0; i < sentences.Count; i++)
        {
            spans[i] = predicted[i].Select(p => new LabeledSpan(p.FirstToken, p.EndToken, NerUkTypes.ToNerUk(types[p.TypeIndex]))).ToList();
            var gold = sentences[i].Spans();
            scores.Add(gold, spans[i]);
            for (int m = 0; m < spans[i].Count; m++) confidences.Add((predicted[i][m].Confidence, gold.Contains(spans[i][m])));
        }
        return new Result(scores, tokens, clock.Elapsed, cpu, spans, confidences);
    }

    /// <summary>
    /// Reliability of the mention confidences: per confidence bin the share of predicted mentions that are correct, and
    /// the expected calibration error (bin-size-weighted mean of |precision − mean confidence|).
    /// </summary>
    public static void WriteReliability(TextWriter output, Result result)
    {
        double[] edges = BinEdges;
        int total = result.Confidences.Count;
        output.WriteLine("confidence       mentions  mean conf  precision");
        for (int b = 0; b + 1 < edges.Length; b++)
        {
            var bin = result.Confidences.Where(c => c.Confidence >= edges[b] && c.Confidence < edges[b + 1]).ToList();
            if (bin.Count == 0) continue;
            double mean = bin.Average(c => c.Confidence), precision = bin.Count(c => c.Correct) / (double)bin.Count;
            output.WriteLine(FormattableString.Invariant($"[{edges[b]:0.00}, {Math.Min(edges[b + 1], 1):0.00}{(b + 2 == edges.Length ? "]" : ")")}  {bin.Count,8}  {mean,9:0.000}  {precision,9:0.000}"));
        }
        output.WriteLine(FormattableString.Invariant($"expected calibration error {CalibrationError(result.Confidences):0.000} over {total:N0} mentions"));
    }

    /// <summary>
    /// The confidence temperature (from a doubling grid) whose mention confidences have the smallest expected
    /// calibration error on <paramref name="sentences"/>; the labels do not depend on it, only the confidences.
    /// </summary>
    public static (float Temperature, double Error) FitTemperature(EntityTaggerModel model, IReadOnlyList<IobSentence> sentences,
        IReadOnlyList<(int Start, int Count)>? documents = null)
    {
        (float, double) best = (1, double.MaxValue);
        for (float t = 0.5f; t <= 4096; t *= 2)
        {
            double error = CalibrationError(Evaluate(new EntityTagger(model.WithConfidenceTemperature(t)), sentences, documents).Confidences);
            if (error < best.Item2) best = (t, error);
        }
        return best;
    }

    private static readonly double[] BinEdges = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0000001];

    /// <summary>Bin-size-weighted mean of |precision − mean confidence| over <see cref="BinEdges"/>.</summary>
    public static double CalibrationError(IReadOnlyList<(double Confidence, bool Correct)> confidences)
    {
        double error = 0;
        for (int b = 0; b + 1 < BinEdges.Length; b++)
        {
            var bin = confidences.Where(c => c.Confidence >= BinEdges[b] && c.Confidence < BinEdges[b + 1]).ToList();
            if (bin.Count == 0) continue;
            error += bin.Count / (double)confidences.Count * Math.Abs(bin.Count(c => c.Correct) / (double)bin.Count - bin.Average(c => c.Confidence));
        }
        return error;
    }

    /// <summary>Writes each sentence with its gold and predicted spans that differ, for error analysis.</summary>
    public static void WriteErrors(TextWriter output, IReadOnlyList<IobSentence> sentences, Result result)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            var gold = sentences[i].Spans().ToHashSet();
            var predicted = result.Predicted[i].ToHashSet();
            if (gold.SetEquals(predicted)) continue;
            var words = sentences[i].Words;
            output.WriteLine(string.Join(' ', words));
            foreach (var g in gold.Except(predicted)) output.WriteLine($"  missed {g.Type}: {string.Join(' ', words[g.Start..g.End])}");
            foreach (var p in predicted.Except(gold)) output.WriteLine($"  wrong  {p.Type}: {string.Join(' ', words[p.Start..p.End])}");
        }
    }
}
