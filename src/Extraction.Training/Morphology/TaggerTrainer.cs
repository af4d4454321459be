using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Training.Morphology;

/// <summary>A sentence prepared for tagger training: tokens, gold tag ids, and which tokens to treat as unseen.</summary>
internal sealed record TrainingSentence(Token[] Tokens, int[] GoldTags, bool[] Unseen);

/// <summary>Trains the disambiguation weights of <see cref="MorphologyTagger"/> as an averaged perceptron.</summary>
internal sealed class TaggerTrainer
{
    private readonly float[] _weights;
    private readonly double[] _totals;
    private readonly int[] _stamps;
    private int _step;

    public TaggerTrainer(int size)
    {
        _weights = new float[size];
        _totals = new double[size];
        _stamps = new int[size];
    }

    /// <summary>One pass over <paramref name="sentences"/>; returns the share of ambiguous tokens tagged wrong.</summary>
    public double Epoch(MorphologyTagger tagger, IReadOnlyList<TrainingSentence> sentences, Random random)
    {
        var workspace = new TaggerWorkspace();
        Span<int> gold = stackalloc int[MorphologyTagger.IndicesPerCandidate];
        Span<int> guess = stackalloc int[MorphologyTagger.IndicesPerCandidate];
        int errors = 0, total = 0;
        foreach (int s in Enumerable.Range(0, sentences.Count).OrderBy(_ => random.Next()))
        {
            var sentence = sentences[s];
            tagger.Prepare(sentence.Tokens, workspace, sentence.Unseen);
            int prev = -1, prev2 = -1;
            for (int i = 0; i < workspace.Count; i++)
            {
                _step++;
                int best = tagger.Choose(workspace, i, prev, prev2, _weights, guess);
                int start = workspace.CandidateStart[i], end = start + workspace.CandidateCount[i];
                int goldCandidate = -1;
                for (int c = start; c < end; c++)
                {
                    if (workspace.Candidates[c].Tag == sentence.GoldTags[i])
                    {
                        goldCandidate = c;
                        break;
                    }
                }
                if (end - start > 1) total++;
                if (goldCandidate >= 0 && workspace.Candidates[best].Tag != sentence.GoldTags[i])
                {
                    errors++;
                    int goldCount = tagger.Indices(workspace, i, workspace.Candidates[goldCandidate], prev, prev2, gold);
                    int guessCount = tagger.Indices(workspace, i, workspace.Candidates[best], prev, prev2, guess);
                    foreach (int index in gold[..goldCount]) Update(index, 1f);
                    foreach (int index in guess[..guessCount]) Update(index, -1f);
                }
                prev2 = prev;
                prev = workspace.Candidates[best].Tag;
            }
        }
        return total == 0 ? 0 : (double)errors / total;
    }

    /// <summary>
    /// The averaged weights, scaled so the largest is 1000: only their ratios matter, and the scale keeps them
    /// well inside half precision, the model file's storage format.
    /// </summary>
    public float[] Averaged()
    {
        var averaged = new float[_weights.Length];
        double max = 0;
        for (int i = 0; i < averaged.Length; i++)
        {
            double total = _totals[i] + (double)(_step - _stamps[i]) * _weights[i];
            averaged[i] = (float)total;
            max = Math.Max(max, Math.Abs(total));
        }
        if (max > 0) for (int i = 0; i < averaged.Length; i++) averaged[i] = (float)(averaged[i] * (1000.0 / max));
        return averaged;
    }

    private void Update(int index, float delta)
    {
        _totals[index] += (double)(_step - _stamps[index]) * _weights[index];
        _stamps[index] = _step;
        _weights[index] += delta;
    }
}
