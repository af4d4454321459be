using System.Runtime.CompilerServices;
using Extraction.Text;

namespace Extraction.Morphology;

/// <summary>
/// Chooses one analysis per token with a greedy left-to-right averaged perceptron: each candidate tag is scored by
/// hashed features of the word, its neighbours, their candidate tags and the tags already chosen, conjoined with
/// three views of the candidate tag (the full tag, part of speech with case and number, part of speech alone).
/// </summary>
internal sealed class MorphologyTagger
{
    /// <summary>Views of a tag that every feature is conjoined with.</summary>
    public const int PartsPerTag = 3;

    /// <summary>Features that depend on the token and its neighbours only.</summary>
    public const int StaticFeatures = 15;

    /// <summary>Weight indices per candidate: static, history and prior features times the tag views.</summary>
    public const int IndicesPerCandidate = (StaticFeatures + 4) * PartsPerTag;

    private readonly MorphologyModel _model;
    private readonly WordAnalyzer _analyzer;
    private readonly uint[] _tagParts;
    private readonly uint _mask;
    // The weights quantized to 8 bits for decoding: a 1 MB table instead of 4 MB, so most reads hit the cache;
    // scores become exact integer sums. Measured on BRUK dev, the choices match the float weights' to within 0.01 %.
    private readonly sbyte[] _byteWeights;

    public MorphologyTagger(MorphologyModel model)
    {
        _model = model;
        _analyzer = new WordAnalyzer(model);
        _mask = (uint)model.Weights.Length - 1;
        float max = 0;
        foreach (float w in model.Weights) max = Math.Max(max, Math.Abs(w));
        float scale = max > 0 ? 127f / max : 1f;
        _byteWeights = new sbyte[model.Weights.Length];
        for (int w = 0; w < _byteWeights.Length; w++) _byteWeights[w] = (sbyte)MathF.Round(model.Weights[w] * scale);
        _tagParts = new uint[model.Tags.Length * PartsPerTag];
        for (int t = 0; t < model.Tags.Length; t++)
        {
            var tag = model.Tags[t];
            _tagParts[t * PartsPerTag] = StringTable.Mix(0x1000000u + (uint)t);
            _tagParts[t * PartsPerTag + 1] = StringTable.Mix(0x2000000u + ((uint)tag.Pos << 8) + ((uint)tag.Case << 4) + tag.Number);
            _tagParts[t * PartsPerTag + 2] = StringTable.Mix(0x3000000u + (uint)tag.Pos);
        }
    }

    public MorphologyModel Model => _model;

    public WordAnalyzer Analyzer => _analyzer;

    /// <summary>Analyses the tokens of one sentence and chooses an analysis for each.</summary>
    public void Tag(ReadOnlySpan<Token> tokens, TaggerWorkspace workspace)
    {
        Prepare(tokens, workspace);
        // Scores that do not depend on the tags already chosen are summed for the whole sentence first: that loop
        // has no dependency between tokens, so the processor overlaps its many weight-table reads.
        for (int i = 0; i < workspace.Count; i++) StaticScores(workspace, i);
        int prev = -1, prev2 = -1;
        for (int i = 0; i < workspace.Count; i++)
        {
            int best = ChooseFast(workspace, i, prev, prev2);
            workspace.Chosen[i] = best;
            prev2 = prev;
            prev = workspace.Candidates[best].Tag;
        }
    }

    /// <summary>
    /// Writes into <see cref="TaggerWorkspace.Scores"/> each candidate's score from its static and prior features,
    /// or <see cref="RepeatedTag"/> for a candidate that repeats an earlier candidate's tag (it shares that one's
    /// score). The sum for one tag view is shared by the token's candidates with the same view (a noun's cases share
    /// the part-of-speech view). Tokens with one tag get no scores: nothing is chosen there.
    /// </summary>
    private void StaticScores(TaggerWorkspace ws, int i)
    {
        int start = ws.CandidateStart[i];
        var candidates = ws.Candidates.AsSpan(start, ws.CandidateCount[i]);
        var scores = ws.Scores.AsSpan(start, candidates.Length);
        if (HasOneTag(candidates)) return;

        var weights = _byteWeights;
        uint mask = _mask;
        var features = ws.Features.AsSpan(i * StaticFeatures, StaticFeatures);
        Span<uint> memoView = stackalloc uint[WordAnalyzer.MaxCandidates * PartsPerTag];
        Span<int> memoSum = stackalloc int[WordAnalyzer.MaxCandidates * PartsPerTag];
        int memoCount = 0;
        for (int c = 0; c < candidates.Length; c++)
        {
            // Candidates that differ only in lemma share the score of the first (most frequent) one.
            bool seen = false;
            for (int d = 0; d < c && !seen; d++) seen = candidates[d].Tag == candidates[c].Tag;
            if (seen)
            {
                scores[c] = RepeatedTag;
                continue;
            }
            var parts = _tagParts.AsSpan(candidates[c].Tag * PartsPerTag, PartsPerTag);
            uint priorFeature = StringTable.Mix(0x5000000u + (uint)Math.Min(10, (int)(candidates[c].Prior * 10)));
            int score = 0;
            foreach (uint view in parts)
            {
                int memo = memoCount - 1;
                while (memo >= 0 && memoView[memo] != view) memo--;
                int sum;
                if (memo >= 0)
                {
                    sum = memoSum[memo];
                }
                else
                {
                    sum = 0;
                    foreach (uint f in features) sum += weights[(int)((f ^ view) & mask)];
                    memoView[memoCount] = view;
                    memoSum[memoCount++] = sum;
                }
                score += sum + weights[(int)((priorFeature ^ view) & mask)];
            }
            scores[c] = score;
        }
    }

    /// <summary>The runtime counterpart of <see cref="Choose"/>: static scores from <see cref="StaticScores"/> plus the history features.</summary>
    private int ChooseFast(TaggerWorkspace ws, int i, int prevTag, int prev2Tag)
    {
        int start = ws.CandidateStart[i];
        var candidates = ws.Candidates.AsSpan(start, ws.CandidateCount[i]);
        if (HasOneTag(candidates)) return start;
        var scores = ws.Scores.AsSpan(start, candidates.Length);

        var weights = _byteWeights;
        uint mask = _mask;
        uint prevFeature = StringTable.Mix(0x4000000u + (uint)(prevTag + 1));
        uint prevView = prevTag < 0 ? 0u : _tagParts[prevTag * PartsPerTag + 1];
        uint viewFeature = StringTable.Mix(0x6000000u ^ prevView);
        uint historyFeature = StringTable.Mix(prevFeature ^ (uint)(prev2Tag + 1) * 0x01000193u);
        int best = 0;
        int bestScore = int.MinValue;
        for (int c = 0; c < candidates.Length; c++)
        {
            if (scores[c] == RepeatedTag) continue;
            int score = scores[c];
            foreach (uint view in _tagParts.AsSpan(candidates[c].Tag * PartsPerTag, PartsPerTag))
            {
                score += weights[(int)((prevFeature ^ view) & mask)] + weights[(int)((viewFeature ^ view) & mask)] + weights[(int)((historyFeature ^ view) & mask)];
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }
        return start + best;
    }

    /// <summary>Marks a candidate whose tag an earlier candidate of the token already has.</summary>
    private const int RepeatedTag = int.MinValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasOneTag(ReadOnlySpan<Candidate> candidates)
    {
        ushort first = candidates[0].Tag;
        for (int c = 1; c < candidates.Length; c++)
        {
            if (candidates[c].Tag != first) return false;
        }
        return true;
    }

    /// <summary>Finds every token's candidates and computes its static features.</summary>
    /// <param name="tokens">The sentence.</param>
    /// <param name="ws">Receives candidates and features.</param>
    /// <param name="unseen">Optional: tokens to analyse as if absent from the lexicon (used in training).</param>
    public void Prepare(ReadOnlySpan<Token> tokens, TaggerWorkspace ws, ReadOnlySpan<bool> unseen = default)
    {
        int n = tokens.Length;
        ws.Reset(n);
        Span<Candidate> scratch = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        for (int i = 0; i < n; i++)
        {
            int count = _analyzer.Analyze(tokens[i], scratch, out var segment, !unseen.IsEmpty && unseen[i], unseen.IsEmpty ? _analyzer.UnknownWords : null);
            ws.AddCandidates(i, scratch[..count], segment);
            uint ambiguity = 17;
            for (int c = 0; c < count; c++) ambiguity = ambiguity * 31 + scratch[c].Tag;
            ws.Ambiguity[i] = ambiguity;
        }

        Span<char> lower = stackalloc char[WordAnalyzer.MaxWordLength];
        for (int i = 0; i < n; i++)
        {
            string text = tokens[i].Normalized;
            var word = text.Length <= lower.Length ? lower[..text.Length] : lower;
            WordAnalyzer.ToLookupForm(text.AsSpan(0, word.Length), word);
            var features = ws.Features.AsSpan(i * StaticFeatures, StaticFeatures);
            uint wordHash = StringTable.Hash(word), suffix2Hash = StringTable.Hash(Suffix(word, 2));
            features[0] = Feature(1, 1u);
            features[1] = TextFeature(2, wordHash);
            features[2] = Feature(3, Suffix(word, 1));
            features[3] = TextFeature(4, suffix2Hash);
            features[4] = Feature(5, Suffix(word, 3));
            features[5] = Feature(6, Suffix(word, 4));
            var casing = WordAnalyzer.CasingOf(text);
            features[6] = Feature(7, (uint)casing * 2 + (i == 0 ? 1u : 0u));
            features[7] = i > 0 ? ws.WordHash[i - 1] : Feature(8, 0);
            ws.WordHash[i] = TextFeature(8, wordHash);
            features[9] = i + 1 < n ? Feature(10, ws.Ambiguity[i + 1]) : Feature(10, 0);
            features[10] = i > 0 ? Feature(11, ws.Ambiguity[i - 1]) : Feature(11, 0);
            features[11] = i + 2 < n ? Feature(12, ws.Ambiguity[i + 2]) : Feature(12, 0);
            features[12] = Feature(13, (ws.Segments[i].Known ? 1u : 0u) * 4 + (uint)casing);
            features[13] = i > 0 ? ws.SuffixHash[i - 1] : Feature(14, 0);
            ws.SuffixHash[i] = TextFeature(14, suffix2Hash);
            features[14] = Feature(15, tokens[i].Kind == TokenKind.Word ? 0u : (uint)tokens[i].Kind);
        }
        // Next-word features need the next word's hash, known only after the loop above.
        for (int i = 0; i < n; i++)
        {
            ws.Features[i * StaticFeatures + 8] = i + 1 < n ? Feature(9, ws.WordHash[i + 1]) : Feature(9, 0);
        }
    }

    /// <summary>Chooses candidates left to right with <paramref name="weights"/>.</summary>
    public void Decode(TaggerWorkspace ws, float[] weights)
    {
        Span<int> indices = stackalloc int[IndicesPerCandidate];
        int prev = -1, prev2 = -1;
        for (int i = 0; i < ws.Count; i++)
        {
            int best = Choose(ws, i, prev, prev2, weights, indices);
            ws.Chosen[i] = best;
            prev2 = prev;
            prev = ws.Candidates[best].Tag;
        }
    }

    /// <summary>The index (into the workspace's candidates) of the best candidate of token <paramref name="i"/>.</summary>
    public int Choose(TaggerWorkspace ws, int i, int prevTag, int prev2Tag, float[] weights, Span<int> indices)
    {
        int start = ws.CandidateStart[i], end = start + ws.CandidateCount[i];
        if (end - start == 1) return start;
        ushort firstTag = ws.Candidates[start].Tag;
        bool oneTag = true;
        for (int c = start + 1; c < end; c++) oneTag &= ws.Candidates[c].Tag == firstTag;
        if (oneTag) return start;

        int best = start;
        float bestScore = float.NegativeInfinity;
        for (int c = start; c < end; c++)
        {
            // Candidates that differ only in lemma share the score of the first (most frequent) one.
            bool seen = false;
            for (int d = start; d < c && !seen; d++) seen = ws.Candidates[d].Tag == ws.Candidates[c].Tag;
            if (seen) continue;
            int count = Indices(ws, i, ws.Candidates[c], prevTag, prev2Tag, indices);
            float score = 0;
            foreach (int index in indices[..count]) score += weights[index];
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /// <summary>The weight indices that score <paramref name="candidate"/> of token <paramref name="i"/>.</summary>
    public int Indices(TaggerWorkspace ws, int i, in Candidate candidate, int prevTag, int prev2Tag, Span<int> indices)
    {
        var parts = _tagParts.AsSpan(candidate.Tag * PartsPerTag, PartsPerTag);
        var features = ws.Features.AsSpan(i * StaticFeatures, StaticFeatures);
        int count = 0;
        // Features and tag views are both already mixed hashes, so their XOR is a uniform bucket index.
        uint mask = _mask, p0 = parts[0], p1 = parts[1], p2 = parts[2];
        foreach (uint f in features)
        {
            indices[count++] = (int)((f ^ p0) & mask);
            indices[count++] = (int)((f ^ p1) & mask);
            indices[count++] = (int)((f ^ p2) & mask);
        }
        uint prevFeature = StringTable.Mix(0x4000000u + (uint)(prevTag + 1));
        uint prevView = prevTag < 0 ? 0u : _tagParts[prevTag * PartsPerTag + 1];
        uint historyFeature = StringTable.Mix(prevFeature ^ (uint)(prev2Tag + 1) * 0x01000193u);
        uint priorFeature = StringTable.Mix(0x5000000u + (uint)Math.Min(10, (int)(candidate.Prior * 10)));
        Span<uint> dynamic = [prevFeature, StringTable.Mix(0x6000000u ^ prevView), historyFeature, priorFeature];
        foreach (uint f in dynamic)
        {
            indices[count++] = (int)((f ^ p0) & mask);
            indices[count++] = (int)((f ^ p1) & mask);
            indices[count++] = (int)((f ^ p2) & mask);
        }
        return count;
    }

    /// <summary>The chosen analysis of token <paramref name="i"/> as lemma, part of speech and features.</summary>
    public (string Lemma, TagInfo Tag) Result(TaggerWorkspace ws, int i, in Token token)
    {
        var candidate = ws.Candidates[ws.Chosen[i]];
        var tag = _model.Tags[candidate.Tag];
        string lemma = _analyzer.Lemma(token.Normalized, ws.Segments[i], candidate.Rule);
        return (lemma, tag);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int length) => word.Length <= length ? word : word[^length..];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Feature(uint template, ReadOnlySpan<char> text) => TextFeature(template, StringTable.Hash(text));

    /// <summary>A text feature from the text's <see cref="StringTable.Hash"/>, for text hashed once and used twice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint TextFeature(uint template, uint textHash) => StringTable.Mix(textHash + template * 0x27D4EB2Fu);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Feature(uint template, uint value) => StringTable.Mix(value * 0x165667B1u + template * 0x27D4EB2Fu);
}

/// <summary>Per-sentence scratch space of <see cref="MorphologyTagger"/>; reuse one per thread.</summary>
internal sealed class TaggerWorkspace
{
    public Candidate[] Candidates = new Candidate[256];
    public int[] Scores = new int[256];
    public int[] CandidateStart = new int[64];
    public int[] CandidateCount = new int[64];
    public WordSegment[] Segments = new WordSegment[64];
    public uint[] Ambiguity = new uint[64];
    public uint[] WordHash = new uint[64];
    public uint[] SuffixHash = new uint[64];
    public uint[] Features = new uint[64 * MorphologyTagger.StaticFeatures];
    public int[] Chosen = new int[64];
    private int _used;

    /// <summary>Number of tokens in the current sentence.</summary>
    public int Count { get; private set; }

    public void Reset(int tokens)
    {
        Count = tokens;
        _used = 0;
        if (CandidateStart.Length < tokens)
        {
            int size = Math.Max(tokens, CandidateStart.Length * 2);
            CandidateStart = new int[size];
            CandidateCount = new int[size];
            Segments = new WordSegment[size];
            Ambiguity = new uint[size];
            WordHash = new uint[size];
            SuffixHash = new uint[size];
            Features = new uint[size * MorphologyTagger.StaticFeatures];
            Chosen = new int[size];
        }
    }

    public void AddCandidates(int token, ReadOnlySpan<Candidate> candidates, WordSegment segment)
    {
        if (_used + candidates.Length > Candidates.Length)
        {
            Array.Resize(ref Candidates, Math.Max(Candidates.Length * 2, _used + candidates.Length));
            Array.Resize(ref Scores, Candidates.Length);
        }
        CandidateStart[token] = _used;
        CandidateCount[token] = candidates.Length;
        Segments[token] = segment;
        candidates.CopyTo(Candidates.AsSpan(_used));
        _used += candidates.Length;
    }
}
