using Extraction.Morphology;

namespace Extraction.Training.Morphology;

/// <summary>
/// Builds the lexicon, the suffix guesser and the nominative generator of a <see cref="MorphologyModel"/> from
/// gold (form, lemma, tags) tokens of training documents only, plus optional extra lemma entries (name lists).
/// </summary>
internal sealed class MorphologyModelBuilder
{
    private const int GuessAnalysesPerSuffix = 6;
    private const int GenerationSuffix = 5;

    private readonly Dictionary<string, int> _tags = new(StringComparer.Ordinal);
    private readonly List<string> _tagList = [];
    private readonly Dictionary<(byte Cut, LemmaCase Case, string Add), int> _rules = [];
    private readonly List<(byte Cut, LemmaCase Case, string Add)> _ruleList = [];
    private readonly Dictionary<string, Dictionary<(int Rule, int Tag), int>> _lexicon = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<(int Rule, int Tag), int>> _guessOnly = new(StringComparer.Ordinal);
    private readonly List<(string Lemma, char Target, string Form)> _adjectiveForms = [];
    private readonly HashSet<uint> _knownLemmas = [];
    private readonly List<(char Flag, string Strip, string Add, string Condition)> _suffixRules = [];
    private readonly HashSet<uint> _dictionaryPairs = [];

    /// <summary>Reads hunspell suffix rules (.aff) and flagged stems (.dic); returns the number of stems used.</summary>
    public int AddHunspell(string affixPath, string dictionaryPath)
    {
        var flags = new SortedSet<char>();
        foreach (var line in File.ReadLines(affixPath))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 5 || parts[0] != "SFX") continue;
            string strip = parts[2] == "0" ? "" : parts[2];
            string add = parts[3].Split('/')[0];
            if (add == "0") add = "";
            _suffixRules.Add((parts[1][0], BrukCorpus.NormalizeApostrophes(strip), BrukCorpus.NormalizeApostrophes(add), BrukCorpus.NormalizeApostrophes(parts[4])));
            flags.Add(parts[1][0]);
        }
        // The stem itself is a form of its own paradigm (the lemma form).
        foreach (char flag in flags) _suffixRules.Add((flag, "", "", "."));

        int stems = 0;
        foreach (var line in File.ReadLines(dictionaryPath).Skip(1))
        {
            int slash = line.IndexOf('/');
            if (slash <= 0) continue;
            string stem = BrukCorpus.NormalizeApostrophes(line[..slash]);
            string lower = WordAnalyzer.ToLookupForm(stem);
            bool title;
            if (stem == lower) title = false;
            else if (stem == Title(lower)) title = true;
            else continue;
            foreach (char flag in line.AsSpan(slash + 1).Trim()) _dictionaryPairs.Add(HunspellAffixes.PairHash(lower, flag, title));
            AddKnownLemma(stem);
            stems++;
        }
        return stems;
    }

    /// <summary>Records a dictionary lemma (any case) for the guesser to prefer.</summary>
    public void AddKnownLemma(string lemma) => _knownLemmas.Add(StringTable.Hash(WordAnalyzer.ToLookupForm(lemma)));

    public MorphologyModelBuilder()
    {
        Rule(0, LemmaCase.AsWritten, "");
        foreach (var tag in new[] { "punct", "number", "symb", "unknown" }) TagId(tag);
    }

    /// <summary>Normalized tag string to tag id, adding it when new.</summary>
    public int TagId(string normalizedTags)
    {
        if (!_tags.TryGetValue(normalizedTags, out int id))
        {
            id = _tagList.Count;
            _tags[normalizedTags] = id;
            _tagList.Add(normalizedTags);
        }
        return id;
    }

    /// <summary>The id of a tag string if known, else -1.</summary>
    public int FindTag(string normalizedTags) => _tags.GetValueOrDefault(normalizedTags, -1);

    /// <summary>Adds one corpus token (from a training document).</summary>
    public void AddToken(string form, string lemma, string tags, int count = 1)
    {
        if (tags is "punct" or "number" or "symb" || form.Length == 0 || lemma.Length == 0) return;
        string key = WordAnalyzer.ToLookupForm(form);
        string normalizedLemma = BrukCorpus.NormalizeApostrophes(lemma);
        string normalizedTags = VesumTags.Normalize(tags, normalizedLemma);
        int tag = TagId(normalizedTags);
        int rule = RuleFor(key, normalizedLemma, BrukCorpus.NormalizeApostrophes(form));
        AddKnownLemma(normalizedLemma);
        Add(_lexicon, key, rule, tag, count);

        var info = VesumTags.Decode(normalizedTags);
        if (info.Class == WordClass.Adjective && info.Case == TagInfo.Nominative && !info.Has(TagFlags.Indeclinable))
        {
            char target = info.Number == TagInfo.Plural ? 'p' : info.Gender switch { TagInfo.Masculine => 'm', TagInfo.Feminine => 'f', TagInfo.Neuter => 'n', _ => '?' };
            if (target != '?') _adjectiveForms.Add((WordAnalyzer.ToLookupForm(normalizedLemma), target, key));
        }
        else if (info.Class == WordClass.Noun && info.Case == TagInfo.Nominative && info.Number == TagInfo.Plural
                 && !info.Has(TagFlags.PluraleTantum) && !info.Has(TagFlags.Indeclinable) && !info.Has(TagFlags.Pronoun))
        {
            _adjectiveForms.Add((WordAnalyzer.ToLookupForm(normalizedLemma), 'P', key));
        }
    }

    /// <summary>Adds a lemma known from a word list (e.g. a surname) to the guesser's statistics only.</summary>
    public void AddGuesserExample(string form, string lemma, string normalizedTags)
    {
        string key = WordAnalyzer.ToLookupForm(form);
        Add(_guessOnly, key, RuleFor(key, lemma), TagId(normalizedTags), 1);
    }

    /// <summary>Total corpus count of a lower-cased form.</summary>
    public int FormCount(string key) => _lexicon.TryGetValue(key, out var analyses) ? analyses.Values.Sum() : 0;

    /// <summary>Freezes everything into a model with the given weights.</summary>
    public MorphologyModel Build(float[] weights)
    {
        // Lexicon.
        var formKeys = _lexicon.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var formStart = new List<int> { 0 };
        var analysisRule = new List<int>();
        var analysisTag = new List<ushort>();
        var analysisCount = new List<int>();
        foreach (var key in formKeys)
        {
            foreach (var ((rule, tag), count) in _lexicon[key].OrderByDescending(p => p.Value).ThenBy(p => p.Key.Tag).Take(WordAnalyzer.MaxCandidates))
            {
                analysisRule.Add(rule);
                analysisTag.Add((ushort)tag);
                analysisCount.Add(count);
            }
            formStart.Add(analysisRule.Count);
        }

        // Guesser: type counts of (rule, tag) per casing class and suffix, open-class words only.
        var suffixStats = new Dictionary<string, Dictionary<(int Rule, int Tag), int>>(StringComparer.Ordinal);
        void Count(string key, int rule, int tag)
        {
            var (cut, lemmaCase, _) = _ruleList[rule];
            if (lemmaCase == LemmaCase.Exact || lemmaCase == LemmaCase.AsWritten) return;
            var info = VesumTags.Decode(_tagList[tag]);
            if (info.Has(TagFlags.Pronoun) || info.Class is not (WordClass.Noun or WordClass.Adjective or WordClass.Verb or WordClass.Adverb or WordClass.AdverbialParticiple)) return;
            char wordClass = lemmaCase switch { LemmaCase.Title => 't', LemmaCase.Upper => 'u', _ => 'l' };
            for (int length = 1; length <= Math.Min(MorphologyModel.MaxSuffix, key.Length - 1); length++)
            {
                if (cut > key.Length - 1) break;
                string suffixKey = wordClass + key[^length..];
                if (!suffixStats.TryGetValue(suffixKey, out var stats)) suffixStats[suffixKey] = stats = [];
                stats[(rule, tag)] = stats.GetValueOrDefault((rule, tag)) + 1;
            }
        }
        foreach (var (key, analyses) in _lexicon) foreach (var (rule, tag) in analyses.Keys) Count(key, rule, tag);
        foreach (var (key, analyses) in _guessOnly) foreach (var (rule, tag) in analyses.Keys) Count(key, rule, tag);

        var suffixKeys = new List<string>();
        var suffixStart = new List<int> { 0 };
        var guessRule = new List<int>();
        var guessTag = new List<ushort>();
        var guessCount = new List<int>();
        foreach (var (suffixKey, stats) in suffixStats.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            int total = stats.Values.Sum();
            if (total < 2 && suffixKey.Length > 2) continue;
            var top = stats.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Rule).Take(GuessAnalysesPerSuffix).ToList();
            if (suffixKey.Length > 3 && suffixStats.TryGetValue(suffixKey.Remove(1, 1), out var parent))
            {
                // A suffix that predicts exactly what its shorter suffix predicts adds nothing.
                var parentTop = parent.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Rule).Take(top.Count).Select(p => p.Key);
                if (parentTop.SequenceEqual(top.Select(p => p.Key)) && total < 50) continue;
            }
            suffixKeys.Add(suffixKey);
            foreach (var ((rule, tag), count) in top)
            {
                guessRule.Add(rule);
                guessTag.Add((ushort)tag);
                guessCount.Add(count);
            }
            suffixStart.Add(guessRule.Count);
        }

        // Generator: adjective lemma suffix -> rule making the nominative of a gender or the plural.
        var generation = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (lemma, target, form) in _adjectiveForms.Distinct())
        {
            int rule = GenerationRuleFor(lemma, form);
            for (int length = 1; length <= Math.Min(GenerationSuffix, lemma.Length); length++)
            {
                string key = target + lemma[^length..];
                if (!generation.TryGetValue(key, out var stats)) generation[key] = stats = [];
                stats[rule] = stats.GetValueOrDefault(rule) + 1;
            }
        }
        var best = generation.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key, StringComparer.Ordinal);
        var generationKeys = new List<string>();
        var generationRule = new List<int>();
        foreach (var (key, rule) in best.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key.Length > 2 && best.TryGetValue(key.Remove(1, 1), out int parentRule) && parentRule == rule) continue;
            generationKeys.Add(key);
            generationRule.Add(rule);
        }

        var hunspell = BuildHunspell();

        return new MorphologyModel(
            [.. _tagList],
            _ruleList.Select(r => r.Cut).ToArray(),
            _ruleList.Select(r => r.Case).ToArray(),
            _ruleList.Select(r => r.Add).ToArray(),
            StringTable.Create(formKeys),
            [.. formStart],
            [.. analysisRule],
            [.. analysisTag],
            [.. analysisCount],
            StringTable.Create(suffixKeys),
            [.. suffixStart],
            [.. guessRule],
            [.. guessTag],
            [.. guessCount],
            StringTable.Create(generationKeys),
            [.. generationRule],
            _knownLemmas.Order().ToArray(),
            hunspell,
            weights);
    }

    /// <summary>Hunspell rules with the tags their forms carry in the lexicon (learned by analysing every lexicon form).</summary>
    private HunspellAffixes BuildHunspell()
    {
        int count = _suffixRules.Count;
        var flags = _suffixRules.Select(r => r.Flag).ToArray();
        var strips = _suffixRules.Select(r => r.Strip).ToArray();
        var conditions = _suffixRules.Select(r => r.Condition).ToArray();
        var lowerRules = new int[count];
        var titleRules = new int[count];
        for (int i = 0; i < count; i++)
        {
            var (_, strip, add, _) = _suffixRules[i];
            int common = CommonPrefix(strip, add);
            lowerRules[i] = Rule((byte)(add.Length - common), LemmaCase.Lower, strip[common..]);
            titleRules[i] = Rule((byte)(add.Length - common), LemmaCase.Title, strip[common..]);
        }
        var groups = Enumerable.Range(0, count).GroupBy(i => _suffixRules[i].Add).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(i => _suffixRules[i].Strip, StringComparer.Ordinal).ThenBy(i => i).ToList()).ToList();
        var affixes = StringTable.Create(groups.Select(g => _suffixRules[g[0]].Add).ToList());
        var affixStart = new List<int> { 0 };
        var affixRules = new List<int>();
        foreach (var group in groups)
        {
            affixRules.AddRange(group);
            affixStart.Add(affixRules.Count);
        }
        var pairs = _dictionaryPairs.Order().ToArray();
        var provisional = new HunspellAffixes(flags, strips, conditions, lowerRules, titleRules, affixes, [.. affixStart], [.. affixRules],
            new int[count + 1], [], [], pairs);

        provisional.KnownLemmas = new HashSet32(_knownLemmas.ToArray());
        var learned = new Dictionary<int, Dictionary<int, int>>();
        var hits = new HunspellAffixes.Hit[16];
        foreach (var (key, analyses) in _lexicon)
        {
            int found = provisional.Analyze(key, hits, allowTitle: true);
            for (int h = 0; h < found; h++)
            {
                var hit = hits[h];
                int lemmaRule = hit.Title ? titleRules[hit.Rule] : lowerRules[hit.Rule];
                foreach (var (rule, tag) in analyses.Keys)
                {
                    if (rule != lemmaRule) continue;
                    if (!learned.TryGetValue(hit.Rule, out var tags)) learned[hit.Rule] = tags = [];
                    tags[tag] = tags.GetValueOrDefault(tag) + 1;
                }
            }
        }
        var tagStart = new List<int> { 0 };
        var tagList = new List<ushort>();
        var tagCounts = new List<int>();
        for (int i = 0; i < count; i++)
        {
            if (learned.TryGetValue(i, out var tags))
            {
                foreach (var (tag, n) in tags.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(4))
                {
                    tagList.Add((ushort)tag);
                    tagCounts.Add(n);
                }
            }
            tagStart.Add(tagList.Count);
        }
        return new HunspellAffixes(flags, strips, conditions, lowerRules, titleRules, affixes, [.. affixStart], [.. affixRules],
            [.. tagStart], [.. tagList], [.. tagCounts], pairs);
    }

    private int GenerationRuleFor(string lemma, string form)
    {
        int common = CommonPrefix(lemma, form);
        int cut = lemma.Length - common;
        return cut > 255 ? Rule(255, LemmaCase.Lower, form) : Rule((byte)cut, LemmaCase.Lower, form[common..]);
    }

    /// <summary>The rule that turns lower-cased <paramref name="key"/> into <paramref name="lemma"/>.</summary>
    private int RuleFor(string key, string lemma, string? originalForm = null)
    {
        // Latin-script words are their own lemma in whatever case the text writes them.
        if (lemma == originalForm && lemma.Any(c => c is >= 'A' and <= 'z')) return 0;
        string lower = WordAnalyzer.ToLookupForm(lemma);
        LemmaCase lemmaCase;
        if (lemma == lower) lemmaCase = LemmaCase.Lower;
        else if (lemma == Title(lower)) lemmaCase = LemmaCase.Title;
        else if (lemma == lower.ToUpperInvariant() && lower.Count(char.IsLetter) > 1) lemmaCase = LemmaCase.Upper;
        else lemmaCase = LemmaCase.Exact;
        if (lemmaCase == LemmaCase.Exact) return Rule((byte)Math.Min(key.Length, 255), LemmaCase.Exact, lemma);
        int common = CommonPrefix(key, lower);
        int cut = key.Length - common;
        if (cut > 255) return Rule(255, LemmaCase.Exact, lemma);
        return Rule((byte)cut, lemmaCase, lower[common..]);
    }

    private int Rule(byte cut, LemmaCase lemmaCase, string add)
    {
        var rule = (cut, lemmaCase, add);
        if (!_rules.TryGetValue(rule, out int id))
        {
            id = _ruleList.Count;
            _rules[rule] = id;
            _ruleList.Add(rule);
        }
        return id;
    }

    private static void Add(Dictionary<string, Dictionary<(int, int), int>> table, string key, int rule, int tag, int count)
    {
        if (!table.TryGetValue(key, out var analyses)) table[key] = analyses = [];
        analyses[(rule, tag)] = analyses.GetValueOrDefault((rule, tag)) + count;
    }

    private static string Title(string lower) => lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];

    private static int CommonPrefix(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length), i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }
}
