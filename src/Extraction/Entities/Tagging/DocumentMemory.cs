namespace Extraction.Entities;

/// <summary>
/// What a first tagging pass said about each word stem in one document: how often the stem was inside a mention of
/// each type. The second pass asks, for every token, which type the stem had most often in the document's
/// <em>other</em> sentences, so a name tagged confidently in one sentence helps its ambiguous repetitions elsewhere.
/// Reuse one instance per thread; <see cref="Clear"/> it between documents.
/// </summary>
internal sealed class DocumentMemory
{
    /// <summary>The code of a token whose stem was in no mention of another sentence.</summary>
    public const int None = -1;

    private readonly int _types;
    private readonly Dictionary<ulong, int> _rows = [];
    private int[] _votes = new int[256];
    private int _voteCount;
    private readonly List<int> _labels = [];
    private readonly List<int> _sentenceStarts = [0];

    // What the second pass reuses of the first, per token of the document: the stem, the inputs of the memory
    // features, and the label scores (the memory features only add to them).
    private ulong[] _stems = new ulong[256];
    private int[] _caps = new int[256];
    private int[] _tagClasses = new int[256];
    private bool[] _remembered = new bool[256];
    private float[] _emissions = [];

    public DocumentMemory(int typeCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(typeCount, 1);
        _types = typeCount;
    }

    public int TypeCount => _types;

    /// <summary>Number of sentences recorded since the last <see cref="Clear"/>.</summary>
    public int SentenceCount => _sentenceStarts.Count - 1;

    public void Clear()
    {
        _rows.Clear();
        _voteCount = 0;
        _labels.Clear();
        _sentenceStarts.Clear();
        _sentenceStarts.Add(0);
    }

    /// <summary>
    /// Records the first pass over the next sentence: its labels, each token's descriptor and the label scores
    /// (<paramref name="emissions"/>, one row of <c>labels</c> scores per token).
    /// </summary>
    public void Add(ReadOnlySpan<EntityFeatureExtractor.Descriptor> descriptors, ReadOnlySpan<int> labels, ReadOnlySpan<float> emissions)
    {
        int start = _labels.Count, n = labels.Length;
        Grow(start + n, emissions.Length / Math.Max(n, 1));
        for (int i = 0; i < n; i++)
        {
            _stems[start + i] = descriptors[i].Stem;
            _caps[start + i] = descriptors[i].Caps;
            _tagClasses[start + i] = descriptors[i].TagClass;
            _remembered[start + i] = EntityFeatureExtractor.IsRemembered(descriptors[i]);
        }
        if (n > 0) emissions.CopyTo(_emissions.AsSpan(start * (emissions.Length / n)));
        Add(_stems.AsSpan(start, n), labels);
    }

    private void Grow(int tokens, int labelCount)
    {
        if (_stems.Length < tokens)
        {
            int capacity = Math.Max(tokens, _stems.Length * 2);
            Array.Resize(ref _stems, capacity);
            Array.Resize(ref _caps, capacity);
            Array.Resize(ref _tagClasses, capacity);
            Array.Resize(ref _remembered, capacity);
        }
        if (_emissions.Length < tokens * labelCount) Array.Resize(ref _emissions, Math.Max(tokens * labelCount, _emissions.Length * 2));
    }

    /// <summary>First token (document-wide index) and token count of sentence <paramref name="sentence"/>.</summary>
    public (int Start, int Count) TokensOf(int sentence) => (_sentenceStarts[sentence], _sentenceStarts[sentence + 1] - _sentenceStarts[sentence]);

    /// <summary>Capitalization class and lexicon tag class of document-wide token <paramref name="token"/>.</summary>
    public (int Caps, int TagClass) TokenInfo(int token) => (_caps[token], _tagClasses[token]);

    /// <summary>The first-pass label scores of <paramref name="count"/> tokens from document-wide token <paramref name="start"/>.</summary>
    public ReadOnlySpan<float> Emissions(int start, int count, int labelCount) => _emissions.AsSpan(start * labelCount, count * labelCount);

    /// <summary>Records the first-pass BILOU labels of the next sentence with its tokens' stem hashes.</summary>
    public void Add(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> labels)
    {
        if (stems.Length != labels.Length) throw new ArgumentException("One label per stem is needed.", nameof(labels));
        for (int i = 0; i < labels.Length; i++)
        {
            _labels.Add(labels[i]);
            if (labels[i] == BilouLabels.Outside) continue;
            if (!_rows.TryGetValue(stems[i], out int row))
            {
                row = _voteCount;
                _voteCount += _types;
                if (_votes.Length < _voteCount) Array.Resize(ref _votes, _votes.Length * 2);
                Array.Clear(_votes, row, _types);
                _rows.Add(stems[i], row);
            }
            _votes[row + BilouLabels.TypeOf(labels[i])]++;
        }
        _sentenceStarts.Add(_labels.Count);
    }

    /// <summary>The first-pass labels recorded for sentence <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<int> LabelsOf(int sentence)
    {
        int start = _sentenceStarts[sentence];
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_labels)[start.._sentenceStarts[sentence + 1]];
    }

    /// <summary>
    /// For each token, <c>type * 4 + min(votes, 3)</c> of the type its stem had most often in other sentences, or
    /// <see cref="None"/>. <paramref name="ownLabels"/> are this sentence's first-pass labels, whose votes are left out.
    /// </summary>
    public void Lookup(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> ownLabels, Span<int> codes) => Lookup(stems, ownLabels, default, codes);

    /// <summary>
    /// As <see cref="Lookup(ReadOnlySpan{ulong}, ReadOnlySpan{int}, Span{int})"/> for recorded sentence
    /// <paramref name="sentence"/>, looking up only the tokens the memory applies to.
    /// </summary>
    public void Lookup(int sentence, Span<int> codes)
    {
        var (start, count) = TokensOf(sentence);
        Lookup(_stems.AsSpan(start, count), LabelsOf(sentence), _remembered.AsSpan(start, count), codes);
    }

    private void Lookup(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> ownLabels, ReadOnlySpan<bool> applies, Span<int> codes)
    {
        Span<int> votes = stackalloc int[_types];
        for (int i = 0; i < stems.Length; i++)
        {
            codes[i] = None;
            if (!applies.IsEmpty && !applies[i]) continue;
            if (_rows.Count == 0 || !_rows.TryGetValue(stems[i], out int row)) continue;
            _votes.AsSpan(row, _types).CopyTo(votes);
            if (!ownLabels.IsEmpty)
            {
                for (int j = 0; j < stems.Length; j++)
                {
                    if (ownLabels[j] != BilouLabels.Outside && stems[j] == stems[i]) votes[BilouLabels.TypeOf(ownLabels[j])]--;
                }
            }
            int best = -1, most = 0;
            for (int t = 0; t < _types; t++)
            {
                if (votes[t] > most)
                {
                    most = votes[t];
                    best = t;
                }
            }
            if (best >= 0) codes[i] = best * 4 + Math.Min(most, 3);
        }
    }
}
