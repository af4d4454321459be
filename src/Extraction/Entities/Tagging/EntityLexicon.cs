using System.Runtime.InteropServices;
using Extraction.Models;

namespace Extraction.Entities;

/// <summary>
/// Word lists the tagger's features consult: gazetteers of first names, surnames, places and territories stored as
/// hashed folded keys (so the runtime needs no text lists), and word clusters keyed by folded word hash.
/// </summary>
internal sealed class EntityLexicon
{
    public const int FirstNames = 0;
    public const int Surnames = 1;
    public const int Places = 2;
    public const int Territories = 3;
    /// <summary>Word forms tagged as proper names of no person or place kind (organizations, titles, brands).</summary>
    public const int OtherProperNames = 4;
    /// <summary>Word forms seen as common (not proper) words, so a capital may just start a sentence.</summary>
    public const int CommonWords = 5;
    public const int GazetteerCount = 6;

    /// <summary>Gazetteers below this index also match a word without its last one or two letters.</summary>
    public const int StemMatched = 4;

    private readonly HashSet<ulong>[] _gazetteers;
    private readonly Dictionary<ulong, int> _clusters;
    private readonly Dictionary<ulong, WordAnalysis> _analyses;
    // Everything above keyed by word in one table, so describing a token takes one lookup instead of one per list.
    private readonly Dictionary<ulong, WordFacts> _words = [];

    public EntityLexicon(HashSet<ulong>[] gazetteers, Dictionary<ulong, int> clusters, Dictionary<ulong, WordAnalysis>? analyses = null)
    {
        if (gazetteers.Length != GazetteerCount) throw new ArgumentException($"Expected {GazetteerCount} gazetteers.", nameof(gazetteers));
        _gazetteers = gazetteers;
        _clusters = clusters;
        _analyses = analyses ?? [];
        for (int g = 0; g < gazetteers.Length; g++)
        {
            foreach (ulong key in gazetteers[g])
            {
                var facts = _words.GetValueOrDefault(key, WordFacts.Unknown);
                _words[key] = facts with { Gazetteers = facts.Gazetteers | (1 << g) };
            }
        }
        foreach (var (key, cluster) in _clusters) _words[key] = _words.GetValueOrDefault(key, WordFacts.Unknown) with { Cluster = cluster };
        foreach (var (key, analysis) in _analyses)
        {
            _words[key] = _words.GetValueOrDefault(key, WordFacts.Unknown) with { HasAnalysis = true, Analysis = analysis };
        }
    }

    public static EntityLexicon Empty { get; } = new([[], [], [], [], [], []], []);

    /// <summary>A word form's most frequent dictionary reading: its folded lemma hash and a coarse tag class (POS, case, name kind).</summary>
    internal readonly record struct WordAnalysis(ulong Lemma, int TagClass);

    /// <summary>
    /// What the lexicon knows of one folded word hash: the gazetteers holding it (bit <c>g</c> for gazetteer <c>g</c>, the
    /// whole word only), its cluster (-1: none) and its reading, if any.
    /// </summary>
    internal readonly record struct WordFacts(int Gazetteers, int Cluster, bool HasAnalysis, WordAnalysis Analysis)
    {
        public static WordFacts Unknown { get; } = new(0, -1, false, default);
    }

    public int AnalysisCount => _analyses.Count;

    /// <summary>The facts of <paramref name="word"/> (<see cref="WordFacts.Unknown"/> for a word in no list).</summary>
    public WordFacts Facts(ulong word) => _words.TryGetValue(word, out var facts) ? facts : WordFacts.Unknown;

    /// <summary>The reading of a folded word hash, when the lexicon knows the form.</summary>
    public bool TryAnalyze(ulong word, out WordAnalysis analysis) => _analyses.TryGetValue(word, out analysis);

    public int ClusterCount => _clusters.Count;

    public int GazetteerSize(int gazetteer) => _gazetteers[gazetteer].Count;

    /// <summary>
    /// Bit <c>g</c> is set when gazetteer <c>g</c> holds the word, or the word without its last one or two letters
    /// (a cheap way to reach inflected forms: keys include each name with a final vowel dropped).
    /// </summary>
    public int GazetteerFlags(ulong whole, ulong withoutLast, ulong withoutLastTwo) => Facts(whole).Gazetteers | StemGazetteerFlags(withoutLast, withoutLastTwo);

    /// <summary>The gazetteers below <see cref="StemMatched"/> that hold a word's stem without its last one or two letters (0: no such stem).</summary>
    public int StemGazetteerFlags(ulong withoutLast, ulong withoutLastTwo)
    {
        const int stemMatchedMask = (1 << StemMatched) - 1;
        int flags = 0;
        if (withoutLast != 0) flags |= Facts(withoutLast).Gazetteers;
        if (withoutLastTwo != 0) flags |= Facts(withoutLastTwo).Gazetteers;
        return flags & stemMatchedMask;
    }

    /// <summary>The cluster of a folded word hash, or -1.</summary>
    public int ClusterOf(ulong word) => _clusters.TryGetValue(word, out int cluster) ? cluster : -1;

    public void Write(ModelWriter writer)
    {
        writer.Write(_gazetteers.Length);
        foreach (var set in _gazetteers)
        {
            ulong[] keys = [.. set];
            Array.Sort(keys);
            writer.Write(keys.Length);
            writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        }
        var clusterKeys = _clusters.Keys.ToArray();
        Array.Sort(clusterKeys);
        writer.Write(clusterKeys.Length);
        writer.Write(MemoryMarshal.AsBytes(clusterKeys.AsSpan()));
        var clusterIds = clusterKeys.Select(k => _clusters[k]).ToArray();
        writer.Write(MemoryMarshal.AsBytes(clusterIds.AsSpan()));

        var forms = _analyses.Keys.ToArray();
        Array.Sort(forms);
        writer.Write(forms.Length);
        writer.Write(MemoryMarshal.AsBytes(forms.AsSpan()));
        var lemmas = forms.Select(f => _analyses[f].Lemma).ToArray();
        writer.Write(MemoryMarshal.AsBytes(lemmas.AsSpan()));
        var tags = forms.Select(f => _analyses[f].TagClass).ToArray();
        writer.Write(MemoryMarshal.AsBytes(tags.AsSpan()));
    }

    public static EntityLexicon Read(ModelReader reader)
    {
        int count = reader.ReadCount(4);
        if (count != GazetteerCount) throw new ModelFormatException(reader.Name, $"it has {count} gazetteers, not {GazetteerCount}.");
        var sets = new HashSet<ulong>[count];
        for (int g = 0; g < count; g++)
        {
            int size = reader.ReadCount(8);
            var keys = MemoryMarshal.Cast<byte, ulong>(reader.ReadBytes(size * 8));
            var set = new HashSet<ulong>(size);
            foreach (ulong key in keys) set.Add(key);
            sets[g] = set;
        }
        int clusterCount = reader.ReadCount(12);
        var clusterKeys = MemoryMarshal.Cast<byte, ulong>(reader.ReadBytes(clusterCount * 8)).ToArray();
        var clusterIds = MemoryMarshal.Cast<byte, int>(reader.ReadBytes(clusterCount * 4));
        var clusters = new Dictionary<ulong, int>(clusterCount);
        for (int i = 0; i < clusterCount; i++)
        {
            if (clusterIds[i] < 0) throw new ModelFormatException(reader.Name, "a word cluster id is negative.");
            clusters[clusterKeys[i]] = clusterIds[i];
        }
        int formCount = reader.ReadCount(20);
        var forms = MemoryMarshal.Cast<byte, ulong>(reader.ReadBytes(formCount * 8)).ToArray();
        var lemmas = MemoryMarshal.Cast<byte, ulong>(reader.ReadBytes(formCount * 8)).ToArray();
        var tags = MemoryMarshal.Cast<byte, int>(reader.ReadBytes(formCount * 4));
        var analyses = new Dictionary<ulong, WordAnalysis>(formCount);
        for (int i = 0; i < formCount; i++) analyses[forms[i]] = new WordAnalysis(lemmas[i], tags[i]);
        return new EntityLexicon(sets, clusters, analyses);
    }
}
