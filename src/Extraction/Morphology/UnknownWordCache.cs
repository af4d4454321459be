namespace Extraction.Morphology;

/// <summary>
/// Remembers the candidates of words that need more than a lexicon lookup (unknown words, capitalized common words
/// that may be names). Names and new words repeat within and across articles, and their dictionary and suffix
/// analysis costs several lexicon lookups. Bounded and safe to share between threads: a direct-mapped table of
/// immutable entries, where a newer word simply replaces an older one in its slot.
/// </summary>
/// <remarks>
/// The candidates of a word depend only on its written form and the model, so a hit returns exactly what the
/// analysis would; the cache changes speed, never results.
/// </remarks>
internal sealed class UnknownWordCache
{
    /// <summary>Slots in the table; a power of two.</summary>
    public const int Capacity = 1 << 15;

    private sealed class Entry(string word, Candidate[] candidates, WordSegment segment)
    {
        public readonly string Word = word;
        public readonly Candidate[] Candidates = candidates;
        public readonly WordSegment Segment = segment;
    }

    private readonly Entry?[] _slots = new Entry?[Capacity];

    /// <summary>Copies the cached candidates of <paramref name="word"/> into <paramref name="output"/>, if any.</summary>
    public bool TryGet(ReadOnlySpan<char> word, Span<Candidate> output, out int count, out WordSegment segment)
    {
        var entry = Volatile.Read(ref _slots[SlotOf(word)]);
        if (entry is not null && word.SequenceEqual(entry.Word))
        {
            count = Math.Min(entry.Candidates.Length, output.Length);
            entry.Candidates.AsSpan(0, count).CopyTo(output);
            segment = entry.Segment;
            return true;
        }
        count = 0;
        segment = default;
        return false;
    }

    /// <summary>Stores the candidates of <paramref name="word"/>, replacing whatever word held its slot.</summary>
    public void Add(ReadOnlySpan<char> word, ReadOnlySpan<Candidate> candidates, WordSegment segment)
    {
        Volatile.Write(ref _slots[SlotOf(word)], new Entry(word.ToString(), candidates.ToArray(), segment));
    }

    /// <summary>Forgets every word (for measuring the uncached path).</summary>
    public void Clear() => Array.Clear(_slots);

    private static int SlotOf(ReadOnlySpan<char> word) => (int)(StringTable.Hash(word) & (Capacity - 1));
}
