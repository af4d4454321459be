namespace Extraction.Morphology;

/// <summary>
/// Remembers the candidates of words the lexicon lacks, for one document on one thread: names and new words
/// repeat within an article, and their dictionary and suffix analysis costs far more than a lexicon lookup.
/// </summary>
internal sealed class UnknownWordCache
{
    private const int MaxEntries = 4096;

    private readonly Dictionary<string, (int Start, int Count, WordSegment Segment)> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Start, int Count, WordSegment Segment)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private Candidate[] _pool = new Candidate[1024];
    private int _used;

    public UnknownWordCache() => _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Copies the cached candidates of <paramref name="word"/> into <paramref name="output"/>, if any.</summary>
    public bool TryGet(ReadOnlySpan<char> word, Span<Candidate> output, out int count, out WordSegment segment)
    {
        if (_lookup.TryGetValue(word, out var entry))
        {
            count = Math.Min(entry.Count, output.Length);
            _pool.AsSpan(entry.Start, count).CopyTo(output);
            segment = entry.Segment;
            return true;
        }
        count = 0;
        segment = default;
        return false;
    }

    public void Add(ReadOnlySpan<char> word, ReadOnlySpan<Candidate> candidates, WordSegment segment)
    {
        if (_entries.Count >= MaxEntries) Clear();
        if (_used + candidates.Length > _pool.Length) Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _used + candidates.Length));
        candidates.CopyTo(_pool.AsSpan(_used));
        _lookup[word] = (_used, candidates.Length, segment);
        _used += candidates.Length;
    }

    public void Clear()
    {
        _entries.Clear();
        _used = 0;
    }
}
