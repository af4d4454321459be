namespace Extraction.Morphology;

/// <summary>
/// Hunspell-style suffix analysis of unknown words: strips a suffix rule's affix, restores its stripped ending,
/// checks the rule's condition and whether the dictionary lists that stem with the rule's flag. The stem is the
/// lemma; the rule's tags were learned from the corpus (which tags the forms it makes carry).
/// </summary>
/// <remarks>
/// The dictionary's (stem, flag, case) pairs are kept only as sorted 32-bit hashes: a 2.4 MB set instead of a
/// stem list three times larger, with a false-positive rate near 1 in 7,000 per probe that the rule condition
/// and the tagger absorb.
/// </remarks>
internal sealed class HunspellAffixes
{
    public HunspellAffixes(
        char[] ruleFlag, string[] ruleStrip, string[] ruleCondition, int[] lowerLemmaRule, int[] titleLemmaRule,
        StringTable affixes, int[] affixStart, int[] affixRules, int[] tagStart, ushort[] tags, int[] tagCounts, uint[] pairs)
    {
        RuleFlag = ruleFlag;
        RuleStrip = ruleStrip;
        RuleCondition = ruleCondition;
        LowerLemmaRule = lowerLemmaRule;
        TitleLemmaRule = titleLemmaRule;
        Affixes = affixes;
        AffixStart = affixStart;
        AffixRules = affixRules;
        TagStart = tagStart;
        Tags = tags;
        TagCounts = tagCounts;
        Pairs = pairs;
        _pairSet = new HashSet32(pairs);
        // A group's rules are sorted by what they strip; a run of equal strips shares one stem, so an unknown
        // stem skips the whole run.
        _runEnd = new int[affixRules.Length];
        for (int group = 0; group < affixes.Count; group++)
        {
            int end = affixStart[group + 1];
            for (int i = end - 1; i >= affixStart[group]; i--)
            {
                _runEnd[i] = i + 1 < end && ruleStrip[affixRules[i]] == ruleStrip[affixRules[i + 1]] ? _runEnd[i + 1] : i + 1;
            }
        }
        foreach (var affix in Enumerable.Range(0, affixes.Count)) MaxAffix = Math.Max(MaxAffix, affixes.Get(affix).Length);
    }

    public char[] RuleFlag { get; }
    public string[] RuleStrip { get; }
    public string[] RuleCondition { get; }
    public int[] LowerLemmaRule { get; }
    public int[] TitleLemmaRule { get; }
    public StringTable Affixes { get; }
    public int[] AffixStart { get; }
    public int[] AffixRules { get; }
    public int[] TagStart { get; }
    public ushort[] Tags { get; }
    public int[] TagCounts { get; }
    public uint[] Pairs { get; }
    public int MaxAffix { get; }

    private readonly HashSet32 _pairSet;
    private readonly int[] _runEnd;

    public int RuleCount => RuleFlag.Length;

    /// <summary>A stem-analysis hit: the rule and whether the stem is capitalized in the dictionary.</summary>
    public readonly record struct Hit(int Rule, bool Title);

    /// <summary>Writes the (rule, case) analyses of a lower-cased word into <paramref name="hits"/>; returns how many.</summary>
    /// <param name="lower">The lower-cased word.</param>
    /// <param name="hits">Receives the analyses.</param>
    /// <param name="allowTitle">Whether capitalized dictionary stems (names) may match.</param>
    public int Analyze(ReadOnlySpan<char> lower, Span<Hit> hits, bool allowTitle)
    {
        if (lower.Length > WordAnalyzer.MaxWordLength) return 0;
        Span<char> stem = stackalloc char[WordAnalyzer.MaxWordLength + 8];
        // prefixHash[k] is the hash state of the word's first k characters: every stem extends one of them.
        Span<uint> prefixHash = stackalloc uint[lower.Length + 1];
        prefixHash[0] = StringTable.HashStart;
        for (int k = 0; k < lower.Length; k++) prefixHash[k + 1] = StringTable.HashStep(prefixHash[k], lower[k]);
        int count = 0;
        for (int length = 0; length <= Math.Min(MaxAffix, lower.Length - 1); length++)
        {
            int group = Affixes.Find(lower[^length..]);
            if (group < 0) continue;
            var kept = lower[..^length];
            kept.CopyTo(stem);
            uint keptHash = prefixHash[kept.Length];
            for (int run = AffixStart[group], groupEnd = AffixStart[group + 1]; run < groupEnd; run = _runEnd[run])
            {
                string strip = RuleStrip[AffixRules[run]];
                if (kept.Length + strip.Length > stem.Length) continue;
                uint hash = keptHash;
                foreach (char c in strip) hash = StringTable.HashStep(hash, c);
                if (KnownLemmas is not null && !KnownLemmas.Contains(StringTable.Mix(hash))) continue;
                strip.CopyTo(stem[kept.Length..]);
                var candidate = stem[..(kept.Length + strip.Length)];
                ulong stemHash = StemHash(candidate);
                for (int i = run; i < _runEnd[run]; i++)
                {
                    int rule = AffixRules[i];
                    // The pair set's filter rejects most (stem, flag) pairs in a few instructions; the condition
                    // is parsed only for pairs the dictionary has.
                    for (int title = 0; title < (allowTitle ? 2 : 1) && count < hits.Length; title++)
                    {
                        if (_pairSet.Contains(PairHash(stemHash, RuleFlag[rule], title == 1)) && MatchesCondition(candidate, RuleCondition[rule]))
                        {
                            hits[count++] = new Hit(rule, title == 1);
                        }
                    }
                }
            }
        }
        return count;
    }

    /// <summary><see cref="StringTable.Hash"/> values of known lemmas, checked first (set by the model).</summary>
    public HashSet32? KnownLemmas { get; set; }

    /// <summary>
    /// The hash of a dictionary entry's (lower-cased stem, flag, capitalized) triple. Deliberately independent of
    /// <see cref="StringTable.Hash"/> (other seed, multiplier and mixing), so the two membership tests fail independently.
    /// </summary>
    public static uint PairHash(ReadOnlySpan<char> lowerStem, char flag, bool title) => PairHash(StemHash(lowerStem), flag, title);

    /// <summary>The flag-independent part of <see cref="PairHash(ReadOnlySpan{char}, char, bool)"/>, computed once per stem.</summary>
    public static ulong StemHash(ReadOnlySpan<char> lowerStem)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (char c in lowerStem) hash = (hash ^ c) * 0x100000001B3UL;
        return hash;
    }

    /// <summary>Combines a stem hash with a flag and the capitalization.</summary>
    public static uint PairHash(ulong stemHash, char flag, bool title)
    {
        ulong hash = stemHash ^ (((ulong)flag << 1 | (title ? 1UL : 0UL)) * 0x9E3779B97F4A7C15UL);
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>Whether the end of <paramref name="stem"/> matches a hunspell condition such as <c>[^гкь]о</c> or <c>.</c>.</summary>
    public static bool MatchesCondition(ReadOnlySpan<char> stem, string condition)
    {
        if (condition == ".") return true;
        int items = 0;
        for (int i = 0; i < condition.Length; items++)
        {
            if (condition[i] == '[')
            {
                int close = condition.IndexOf(']', i);
                if (close < 0) return false;
                i = close + 1;
            }
            else i++;
        }
        if (items > stem.Length) return false;
        int position = stem.Length - items;
        for (int i = 0; i < condition.Length;)
        {
            char c = stem[position++];
            if (condition[i] == '[')
            {
                int close = condition.IndexOf(']', i);
                bool negated = condition[i + 1] == '^';
                int from = i + (negated ? 2 : 1);
                bool inSet = condition.AsSpan(from, close - from).Contains(c);
                if (inSet == negated) return false;
                i = close + 1;
            }
            else
            {
                if (condition[i] != '.' && condition[i] != c) return false;
                i++;
            }
        }
        return true;
    }
}
