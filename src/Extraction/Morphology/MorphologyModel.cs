using System.Runtime.InteropServices;
using Extraction.Models;

namespace Extraction.Morphology;

/// <summary>How a lemma rule restores the lemma's letter case.</summary>
internal enum LemmaCase : byte
{
    /// <summary>All lower case (common words).</summary>
    Lower,
    /// <summary>First letter upper case (proper names).</summary>
    Title,
    /// <summary>All upper case (abbreviations).</summary>
    Upper,
    /// <summary>The rule's text is the whole lemma, exactly.</summary>
    Exact,
    /// <summary>Keeps the letters as the token writes them (numbers, foreign words).</summary>
    AsWritten,
}

/// <summary>
/// The morphology model: VESUM tag table, lemma rewrite rules, the form lexicon, the suffix guesser, the
/// nominative generator and the disambiguation weights. Immutable after loading and shared by all threads.
/// </summary>
/// <remarks>
/// A lemma is stored as a rule over the lower-cased form: cut <c>n</c> characters from the end, append a string,
/// restore a case. Rules are shared by thousands of forms, which keeps the file small.
/// </remarks>
internal sealed class MorphologyModel
{
    public const string ModelKind = "morphology";
    public const int FormatVersion = 1;
    public const string DefaultFileName = "morphology.bin";

    /// <summary>Longest suffix the guesser and the generator look at.</summary>
    public const int MaxSuffix = 7;

    private static readonly Lazy<MorphologyModel> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    public MorphologyModel(
        string[] tagStrings,
        byte[] ruleCut,
        LemmaCase[] ruleCase,
        string[] ruleAdd,
        StringTable forms,
        int[] formStart,
        int[] analysisRule,
        ushort[] analysisTag,
        int[] analysisCount,
        StringTable suffixes,
        int[] suffixStart,
        int[] guessRule,
        ushort[] guessTag,
        int[] guessCount,
        StringTable generationKeys,
        int[] generationRule,
        uint[] knownLemmas,
        HunspellAffixes hunspell,
        float[] weights)
    {
        KnownLemmas = knownLemmas;
        Hunspell = hunspell;
        _knownLemmaSet = new HashSet32(knownLemmas);
        hunspell.KnownLemmas = _knownLemmaSet;
        TagStrings = tagStrings;
        Tags = new TagInfo[tagStrings.Length];
        for (int i = 0; i < tagStrings.Length; i++) Tags[i] = VesumTags.Decode(tagStrings[i]);
        RuleCut = ruleCut;
        RuleCase = ruleCase;
        RuleAdd = ruleAdd;
        Forms = forms;
        FormStart = formStart;
        AnalysisRule = analysisRule;
        AnalysisTag = analysisTag;
        AnalysisCount = analysisCount;
        Suffixes = suffixes;
        SuffixStart = suffixStart;
        GuessRule = guessRule;
        GuessTag = guessTag;
        GuessCount = guessCount;
        GenerationKeys = generationKeys;
        GenerationRule = generationRule;
        Weights = weights;
        LexiconCandidates = new Candidate[analysisRule.Length];
        for (int form = 0; form + 1 < formStart.Length; form++)
        {
            int start = formStart[form], end = formStart[form + 1];
            float total = 0;
            for (int i = start; i < end; i++) total += analysisCount[i];
            for (int i = start; i < end; i++)
            {
                LexiconCandidates[i] = new Candidate { Rule = analysisRule[i], Tag = analysisTag[i], Prior = analysisCount[i] / Math.Max(total, 1f) };
            }
        }
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
        {
            throw new ArgumentException("The weight table's size must be a power of two.", nameof(weights));
        }
        LowerIdentityRule = Array.FindIndex(ruleCut, 0, ruleCut.Length, i => i == 0);
        for (int i = 0; i < ruleCut.Length; i++)
        {
            if (ruleCut[i] == 0 && ruleCase[i] == LemmaCase.Lower && ruleAdd[i].Length == 0)
            {
                LowerIdentityRule = i;
                break;
            }
        }
        PunctuationTag = RequireTag("punct");
        NumberTag = RequireTag("number");
        SymbolTag = RequireTag("symb");
        UnknownTag = RequireTag("unknown");
    }

    /// <summary>The model embedded in the library, loaded once on first use.</summary>
    public static MorphologyModel Default => LazyDefault.Value;

    public string[] TagStrings { get; }
    public TagInfo[] Tags { get; }
    public byte[] RuleCut { get; }
    public LemmaCase[] RuleCase { get; }
    public string[] RuleAdd { get; }
    public StringTable Forms { get; }
    public int[] FormStart { get; }
    public int[] AnalysisRule { get; }
    public ushort[] AnalysisTag { get; }
    public int[] AnalysisCount { get; }
    public StringTable Suffixes { get; }
    public int[] SuffixStart { get; }
    public int[] GuessRule { get; }
    public ushort[] GuessTag { get; }
    public int[] GuessCount { get; }
    public StringTable GenerationKeys { get; }
    public int[] GenerationRule { get; }
    public float[] Weights { get; }

    /// <summary>The lexicon's analyses as ready candidates (prior = the analysis's share of its form's corpus count), indexed like <see cref="AnalysisRule"/>.</summary>
    public Candidate[] LexiconCandidates { get; }

    /// <summary>Suffix analysis against the hunspell dictionary, for words the lexicon lacks.</summary>
    public HunspellAffixes Hunspell { get; }

    /// <summary>Sorted hashes of lower-cased lemmas known from dictionaries (hunspell stems, name lists, the corpus).</summary>
    public uint[] KnownLemmas { get; }

    /// <summary>True when the lower-cased lemma's hash is among <see cref="KnownLemmas"/>.</summary>
    public bool IsKnownLemma(ReadOnlySpan<char> lowerLemma) => _knownLemmaSet.Contains(StringTable.Hash(lowerLemma));

    private readonly HashSet32 _knownLemmaSet;
    public ushort PunctuationTag { get; }
    public ushort NumberTag { get; }
    public ushort SymbolTag { get; }
    public ushort UnknownTag { get; }

    /// <summary>The rule whose lemma is the lower-cased form itself (adverbs, adverbial participles).</summary>
    public int LowerIdentityRule { get; }

    /// <summary>Rule 0 keeps the token as written.</summary>
    public const int IdentityRule = 0;

    private ushort RequireTag(string tag)
    {
        int index = Array.IndexOf(TagStrings, tag);
        if (index < 0) throw new ArgumentException($"The tag table lacks '{tag}'.");
        return (ushort)index;
    }

    private static MorphologyModel LoadDefault()
    {
        using var stream = EmbeddedModels.Open(DefaultFileName);
        return Load(ModelReader.Open(DefaultFileName, stream, ModelKind, FormatVersion));
    }

    /// <summary>Loads a model from <paramref name="stream"/>; <paramref name="name"/> names it in error messages.</summary>
    public static MorphologyModel Load(string name, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Load(ModelReader.Open(name, stream, ModelKind, FormatVersion));
    }

    /// <summary>Loads a model file from disk.</summary>
    public static MorphologyModel Load(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        return Load(ModelReader.Open(Path.GetFileName(path), data, ModelKind, FormatVersion));
    }

    /// <summary>Reads the payload; any inconsistency throws <see cref="ModelFormatException"/> naming the file.</summary>
    public static MorphologyModel Load(ModelReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!BitConverter.IsLittleEndian) throw new ModelFormatException(reader.Name, "big-endian machines are not supported.");
        try
        {
            var tags = ReadStrings(reader);
            var ruleCut = ReadArray<byte>(reader);
            var ruleCase = ReadArray<LemmaCase>(reader);
            var ruleAdd = ReadStrings(reader);
            var forms = ReadTable(reader);
            var formStart = ReadArray<int>(reader);
            var analysisRule = ReadArray<int>(reader);
            var analysisTag = ReadArray<ushort>(reader);
            var analysisCount = ReadArray<int>(reader);
            var suffixes = ReadTable(reader);
            var suffixStart = ReadArray<int>(reader);
            var guessRule = ReadArray<int>(reader);
            var guessTag = ReadArray<ushort>(reader);
            var guessCount = ReadArray<int>(reader);
            var generationKeys = ReadTable(reader);
            var generationRule = ReadArray<int>(reader);
            var knownLemmas = ReadArray<uint>(reader);
            var hunspell = ReadHunspell(reader);
            int weightCount = reader.ReadInt32();
            var weightIndex = ReadArray<int>(reader);
            var weightValue = ReadArray<Half>(reader);
            reader.EnsureEnd();

            if (weightCount <= 0 || (weightCount & (weightCount - 1)) != 0 || weightIndex.Length != weightValue.Length)
            {
                throw new ModelFormatException(reader.Name, "the weight table is malformed.");
            }
            var weights = new float[weightCount];
            for (int i = 0; i < weightIndex.Length; i++)
            {
                if ((uint)weightIndex[i] >= (uint)weightCount) throw new ModelFormatException(reader.Name, "a weight index is out of range.");
                weights[weightIndex[i]] = (float)weightValue[i];
            }

            int ruleCount = ruleCut.Length;
            if (ruleCase.Length != ruleCount || ruleAdd.Length != ruleCount || ruleCount == 0)
            {
                throw new ModelFormatException(reader.Name, "the lemma rule tables disagree in length.");
            }
            CheckRanges(reader.Name, formStart, forms.Count, analysisRule.Length);
            CheckRanges(reader.Name, suffixStart, suffixes.Count, guessRule.Length);
            if (analysisTag.Length != analysisRule.Length || analysisCount.Length != analysisRule.Length
                || guessTag.Length != guessRule.Length || guessCount.Length != guessRule.Length
                || generationRule.Length != generationKeys.Count)
            {
                throw new ModelFormatException(reader.Name, "the analysis tables disagree in length.");
            }
            CheckIndices(reader.Name, analysisRule, ruleCount);
            CheckIndices(reader.Name, guessRule, ruleCount);
            CheckIndices(reader.Name, generationRule, ruleCount);
            CheckIndices(reader.Name, hunspell.LowerLemmaRule, ruleCount);
            CheckIndices(reader.Name, hunspell.TitleLemmaRule, ruleCount);
            foreach (var tag in hunspell.Tags) if (tag >= tags.Length) throw new ModelFormatException(reader.Name, "a tag index is out of range.");
            foreach (var tag in analysisTag) if (tag >= tags.Length) throw new ModelFormatException(reader.Name, "a tag index is out of range.");
            foreach (var tag in guessTag) if (tag >= tags.Length) throw new ModelFormatException(reader.Name, "a tag index is out of range.");
            foreach (var lemmaCase in ruleCase) if (lemmaCase > LemmaCase.AsWritten) throw new ModelFormatException(reader.Name, "a lemma case is unknown.");

            return new MorphologyModel(
                tags, ruleCut, ruleCase, ruleAdd, forms, formStart, analysisRule, analysisTag, analysisCount,
                suffixes, suffixStart, guessRule, guessTag, guessCount, generationKeys, generationRule, knownLemmas, hunspell, weights);
        }
        catch (ArgumentException ex)
        {
            throw new ModelFormatException(reader.Name, ex.Message, ex);
        }
    }

    /// <summary>Writes the payload in the order <see cref="Load(ModelReader)"/> reads it.</summary>
    public void Write(ModelWriter writer)
    {
        WriteStrings(writer, TagStrings);
        WriteArray(writer, RuleCut);
        WriteArray(writer, RuleCase);
        WriteStrings(writer, RuleAdd);
        WriteTable(writer, Forms);
        WriteArray(writer, FormStart);
        WriteArray(writer, AnalysisRule);
        WriteArray(writer, AnalysisTag);
        WriteArray(writer, AnalysisCount);
        WriteTable(writer, Suffixes);
        WriteArray(writer, SuffixStart);
        WriteArray(writer, GuessRule);
        WriteArray(writer, GuessTag);
        WriteArray(writer, GuessCount);
        WriteTable(writer, GenerationKeys);
        WriteArray(writer, GenerationRule);
        WriteArray(writer, KnownLemmas);
        WriteHunspell(writer, Hunspell);
        // Most hashed weights stay zero: store the others sparsely at half precision.
        var indices = new List<int>();
        var values = new List<Half>();
        for (int i = 0; i < Weights.Length; i++)
        {
            var half = (Half)Weights[i];
            if (half != Half.Zero)
            {
                indices.Add(i);
                values.Add(half);
            }
        }
        writer.Write(Weights.Length);
        WriteArray(writer, indices.ToArray());
        WriteArray(writer, values.ToArray());
    }

    /// <summary>Saves the model file.</summary>
    public void Save(string path)
    {
        var writer = new ModelWriter();
        Write(writer);
        writer.SaveTo(path, ModelKind, FormatVersion);
    }

    /// <summary>Returns a copy of this model with other disambiguation weights.</summary>
    public MorphologyModel WithWeights(float[] weights) => new(
        TagStrings, RuleCut, RuleCase, RuleAdd, Forms, FormStart, AnalysisRule, AnalysisTag, AnalysisCount,
        Suffixes, SuffixStart, GuessRule, GuessTag, GuessCount, GenerationKeys, GenerationRule, KnownLemmas, Hunspell, weights);

    private static HunspellAffixes ReadHunspell(ModelReader reader)
    {
        var flags = ReadArray<char>(reader);
        var strips = ReadStrings(reader);
        var conditions = ReadStrings(reader);
        var lower = ReadArray<int>(reader);
        var title = ReadArray<int>(reader);
        var affixes = ReadTable(reader);
        var affixStart = ReadArray<int>(reader);
        var affixRules = ReadArray<int>(reader);
        var tagStart = ReadArray<int>(reader);
        var tags = ReadArray<ushort>(reader);
        var tagCounts = ReadArray<int>(reader);
        var pairs = ReadArray<uint>(reader);
        int rules = flags.Length;
        if (strips.Length != rules || conditions.Length != rules || lower.Length != rules || title.Length != rules || tags.Length != tagCounts.Length)
        {
            throw new ModelFormatException(reader.Name, "the hunspell rule tables disagree in length.");
        }
        CheckRanges(reader.Name, affixStart, affixes.Count, affixRules.Length);
        CheckRanges(reader.Name, tagStart, rules, tags.Length);
        CheckIndices(reader.Name, affixRules, rules);
        foreach (var condition in conditions)
        {
            if (condition.Length == 0 || condition.Count(c => c == '[') != condition.Count(c => c == ']'))
            {
                throw new ModelFormatException(reader.Name, "a hunspell condition is malformed.");
            }
        }
        return new HunspellAffixes(flags, strips, conditions, lower, title, affixes, affixStart, affixRules, tagStart, tags, tagCounts, pairs);
    }

    private static void WriteHunspell(ModelWriter writer, HunspellAffixes hunspell)
    {
        WriteArray(writer, hunspell.RuleFlag);
        WriteStrings(writer, hunspell.RuleStrip);
        WriteStrings(writer, hunspell.RuleCondition);
        WriteArray(writer, hunspell.LowerLemmaRule);
        WriteArray(writer, hunspell.TitleLemmaRule);
        WriteTable(writer, hunspell.Affixes);
        WriteArray(writer, hunspell.AffixStart);
        WriteArray(writer, hunspell.AffixRules);
        WriteArray(writer, hunspell.TagStart);
        WriteArray(writer, hunspell.Tags);
        WriteArray(writer, hunspell.TagCounts);
        WriteArray(writer, hunspell.Pairs);
    }

    private static void CheckRanges(string name, int[] starts, int count, int total)
    {
        if (starts.Length != count + 1 || starts[0] != 0 || starts[count] != total)
        {
            throw new ModelFormatException(name, "an index of ranges does not match its table.");
        }
        for (int i = 0; i < count; i++)
        {
            if (starts[i + 1] < starts[i]) throw new ModelFormatException(name, "an index of ranges is not ascending.");
        }
    }

    private static void CheckIndices(string name, int[] values, int limit)
    {
        foreach (int value in values)
        {
            if ((uint)value >= (uint)limit) throw new ModelFormatException(name, "a rule index is out of range.");
        }
    }

    private static T[] ReadArray<T>(ModelReader reader) where T : unmanaged
    {
        int size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        int count = reader.ReadCount(size);
        return MemoryMarshal.Cast<byte, T>(reader.ReadBytes(count * size)).ToArray();
    }

    private static void WriteArray<T>(ModelWriter writer, T[] values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static string[] ReadStrings(ModelReader reader)
    {
        var table = ReadTable(reader);
        var strings = new string[table.Count];
        for (int i = 0; i < strings.Length; i++) strings[i] = table.Get(i).ToString();
        return strings;
    }

    private static void WriteStrings(ModelWriter writer, string[] strings) => WriteTable(writer, StringTable.Create(strings));

    private static StringTable ReadTable(ModelReader reader)
    {
        var pool = ReadArray<char>(reader);
        var offsets = ReadArray<int>(reader);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != pool.Length)
        {
            throw new ModelFormatException(reader.Name, "a string table's offsets do not match its pool.");
        }
        for (int i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1]) throw new ModelFormatException(reader.Name, "a string table's offsets are not ascending.");
        }
        return new StringTable(pool, offsets);
    }

    private static void WriteTable(ModelWriter writer, StringTable table)
    {
        WriteArray(writer, table.Pool);
        WriteArray(writer, table.Offsets);
    }
}
