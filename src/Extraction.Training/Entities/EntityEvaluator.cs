using System.Diagnostics;
using Extraction.Entities;

namespace Extraction.Training.Entities;

/// <summary>Runs a tagger over IOB sentences and scores it strictly against their gold spans.</summary>
internal static class EntityEvaluator
{
    public sealed record Result(NerScores Scores, long Tokens, TimeSpan TaggingTime, TimeSpan TaggingCpuTime, List<LabeledSpan>[] Predicted)
    {
        public double TokensPerSecond => Tokens / Math.Max(TaggingTime.TotalSeconds, 1e-9);

        /// <summary>Tokens per second of processor time: less sensitive than wall time to other processes on a busy machine.</summary>
        public double TokensPerCpuSecond => Tokens / Math.Max(TaggingCpuTime.TotalSeconds, 1e-9);
    }

    public static Result Evaluate(EntityTagger tagger, IReadOnlyList<IobSentence> sentences)
    {
        var morphology = tagger.Model.UsesMorphology ? new Extraction.Morphology.MorphologyTagger(Extraction.Morphology.MorphologyModel.Default) : null;
        var tokenized = sentences.Select(s => s.ToTokens(morphology)).ToArray();
        var predicted = new List<TaggedSpan>[sentences.Count];
        long tokens = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var memory = new DocumentMemory(tagger.Model.TypeNames.Count);
        foreach (var (start, count) in IobCorpus.PseudoDocuments(tokenized.Length))
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
        for (int i = 0; i < sentences.Count; i++)
        {
            spans[i] = predicted[i].Select(p => new LabeledSpan(p.FirstToken, p.EndToken, NerUkTypes.ToNerUk(types[p.TypeIndex]))).ToList();
            scores.Add(sentences[i].Spans(), spans[i]);
        }
        return new Result(scores, tokens, clock.Elapsed, cpu, spans);
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
