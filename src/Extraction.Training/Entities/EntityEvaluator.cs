using System.Diagnostics;
using Extraction.Entities;

namespace Extraction.Training.Entities;

/// <summary>Runs a tagger over IOB sentences and scores it strictly against their gold spans.</summary>
internal static class EntityEvaluator
{
    public sealed record Result(NerScores Scores, long Tokens, TimeSpan TaggingTime)
    {
        public double TokensPerSecond => Tokens / Math.Max(TaggingTime.TotalSeconds, 1e-9);
    }

    public static Result Evaluate(EntityTagger tagger, IReadOnlyList<IobSentence> sentences)
    {
        var tokenized = sentences.Select(s => s.ToTokens()).ToArray();
        var predicted = new List<TaggedSpan>[sentences.Count];
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < tokenized.Length; i++)
        {
            predicted[i] = [];
            tagger.Tag(tokenized[i], predicted[i]);
            tokens += tokenized[i].Length;
        }
        clock.Stop();

        var scores = new NerScores();
        var types = tagger.Model.Types;
        for (int i = 0; i < sentences.Count; i++)
        {
            scores.Add(
                sentences[i].Spans(),
                predicted[i].Select(p => new LabeledSpan(p.FirstToken, p.EndToken, NerUkTypes.ToNerUk(types[p.TypeIndex]))));
        }
        return new Result(scores, tokens, clock.Elapsed);
    }
}
