using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Turns the tokens of one sentence into hashed feature buckets, <see cref="MaxFeaturesPerToken"/> slots per token.
/// Features combine template ids with hashes of folded text, so nothing is allocated per token or per feature.
/// Morphology features (lemma, POS, case) are on exactly when the model was trained with them.
/// </summary>
internal sealed class EntityFeatureExtractor
{
    public const int MaxFeaturesPerToken = 96;

    /// <summary>The most features <see cref="MemoryFeatures"/> writes.</summary>
    public const int MaxMemoryFeatures = 3;

    /// <summary>The features <see cref="StackedFeatures"/> writes.</summary>
    public const int StackedFeatureCount = 4;

    /// <summary>The most second-pass features of one token: memory and stacked first-pass labels.</summary>
    public const int MaxSecondPassFeatures = MaxMemoryFeatures + StackedFeatureCount;
    private const int MaxFoldedLength = 48;

    private const int FlagOpenQuote = 1, FlagCloseQuote = 2, FlagAmbiguousQuote = 4, FlagOpenBracket = 8, FlagCloseBracket = 16, FlagDash = 32;

    private readonly EntityLexicon _lexicon;
    private readonly int _bits;

    public EntityFeatureExtractor(EntityLexicon lexicon, int bucketBits, bool usesMorphology, bool usesDocumentMemory = false, bool usesStackedLabels = false)
    {
        if (usesStackedLabels && !usesDocumentMemory) throw new ArgumentException("Stacked first-pass labels need the two-pass (document-memory) tagger.", nameof(usesStackedLabels));
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketBits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bucketBits, 26);
        _lexicon = lexicon;
        _bits = bucketBits;
        UsesMorphology = usesMorphology;
        UsesDocumentMemory = usesDocumentMemory;
        UsesStackedLabels = usesStackedLabels;
    }

    public bool UsesMorphology { get; }

    /// <summary>True when the features include what a first pass tagged the same stem as in other sentences of the document.</summary>
    public bool UsesDocumentMemory { get; }

    /// <summary>True when the second pass also sees the first pass's labels of the token and its neighbours (stacking).</summary>
    public bool UsesStackedLabels { get; }

    public int BucketBits => _bits;

    /// <summary>What the features of one token are built from; computed once per token, read by its neighbours.</summary>
    internal struct Descriptor
    {
        public ulong Word, Stem, Shape, ShortShape, Lemma, LexiconLemma;
        public ulong Prefix1, Prefix2, Prefix3, Prefix4, Suffix1, Suffix2, Suffix3, Suffix4;
        public int Caps, Gazetteers, Punctuation, Cluster, Pos, Case, NameType, TagClass, Length, Memory;
    }

    private static readonly Descriptor Padding = new()
    {
        Word = 0xB05, Stem = 0xB05, Shape = 0xB05, ShortShape = 0xB05, Lemma = 0xB05, Suffix2 = 0xB05, Suffix3 = 0xB05,
        LexiconLemma = 0xB05, TagClass = -2, Caps = 15, Cluster = -2, Pos = 255, Case = 255, NameType = 255, Memory = -2,
    };

    /// <summary>
    /// Writes the feature buckets of each token of <paramref name="tokens"/> into
    /// <c>features[i * MaxFeaturesPerToken ..]</c> and their number into <paramref name="counts"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model uses morphology and a token has no lemma.</exception>
    public void Extract(ReadOnlySpan<Token> tokens, Span<Descriptor> descriptors, Span<int> features, Span<int> counts)
        => Extract(tokens, descriptors, features, counts, default);

    /// <summary>
    /// As <see cref="Extract(ReadOnlySpan{Token}, Span{Descriptor}, Span{int}, Span{int})"/>, with each token's
    /// <see cref="DocumentMemory"/> code (empty: a first pass, no memory features).
    /// </summary>
    /// <remarks>With <paramref name="described"/> true, <see cref="DescribeAll"/> already filled <paramref name="descriptors"/> for these tokens.</remarks>
    public void Extract(ReadOnlySpan<Token> tokens, Span<Descriptor> descriptors, Span<int> features, Span<int> counts, ReadOnlySpan<int> memory, bool described = false)
        => Extract(tokens, descriptors, features, counts, memory, default, described);

    /// <summary>
    /// As <see cref="Extract(ReadOnlySpan{Token}, Span{Descriptor}, Span{int}, Span{int}, ReadOnlySpan{int}, bool)"/>, with
    /// the first pass's BILOU labels of the sentence for a model that <see cref="UsesStackedLabels"/> (empty: a first pass).
    /// </summary>
    public void Extract(ReadOnlySpan<Token> tokens, Span<Descriptor> descriptors, Span<int> features, Span<int> counts, ReadOnlySpan<int> memory,
        ReadOnlySpan<int> firstPassLabels, bool described)
    {
        int n = tokens.Length;
        if (!described) DescribeAll(tokens, descriptors);
        for (int i = 0; i < n; i++)
        {
            descriptors[i].Memory = memory.IsEmpty || !IsRemembered(descriptors[i]) ? DocumentMemory.None : memory[i];
        }

        int quoteDepth = 0;
        for (int i = 0; i < n; i++)
        {
            ref readonly Descriptor d = ref descriptors[i];
            ref readonly Descriptor p1 = ref i >= 1 ? ref descriptors[i - 1] : ref Padding;
            ref readonly Descriptor p2 = ref i >= 2 ? ref descriptors[i - 2] : ref Padding;
            ref readonly Descriptor n1 = ref i + 1 < n ? ref descriptors[i + 1] : ref Padding;
            ref readonly Descriptor n2 = ref i + 2 < n ? ref descriptors[i + 2] : ref Padding;
            var output = features.Slice(i * MaxFeaturesPerToken, MaxFeaturesPerToken);
            int k = 0;
            int b = _bits;
            ulong first = i == 0 ? 1UL : 0UL;

            output[k++] = FeatureHashing.Bucket(b, 1, 0);
            output[k++] = FeatureHashing.Bucket(b, 2, d.Word);
            output[k++] = FeatureHashing.Bucket(b, 3, p1.Word);
            output[k++] = FeatureHashing.Bucket(b, 4, n1.Word);
            output[k++] = FeatureHashing.Bucket(b, 5, p2.Word);
            output[k++] = FeatureHashing.Bucket(b, 6, n2.Word);
            output[k++] = FeatureHashing.Bucket(b, 7, d.Shape);
            output[k++] = FeatureHashing.Bucket(b, 8, p1.Shape);
            output[k++] = FeatureHashing.Bucket(b, 9, n1.Shape);
            output[k++] = FeatureHashing.Bucket(b, 10, p2.ShortShape);
            output[k++] = FeatureHashing.Bucket(b, 11, n2.ShortShape);
            output[k++] = FeatureHashing.Bucket(b, 12, d.ShortShape);
            output[k++] = FeatureHashing.Bucket(b, 13, d.Prefix1);
            output[k++] = FeatureHashing.Bucket(b, 14, d.Prefix2);
            output[k++] = FeatureHashing.Bucket(b, 15, d.Prefix3);
            output[k++] = FeatureHashing.Bucket(b, 16, d.Prefix4);
            output[k++] = FeatureHashing.Bucket(b, 17, d.Suffix1);
            output[k++] = FeatureHashing.Bucket(b, 18, d.Suffix2);
            output[k++] = FeatureHashing.Bucket(b, 19, d.Suffix3);
            output[k++] = FeatureHashing.Bucket(b, 20, d.Suffix4);
            output[k++] = FeatureHashing.Bucket(b, 21, p1.Suffix2);
            output[k++] = FeatureHashing.Bucket(b, 22, p1.Suffix3);
            output[k++] = FeatureHashing.Bucket(b, 23, n1.Suffix2);
            output[k++] = FeatureHashing.Bucket(b, 24, n1.Suffix3);
            output[k++] = FeatureHashing.Bucket(b, 25, p1.Word, d.Word);
            output[k++] = FeatureHashing.Bucket(b, 26, d.Word, n1.Word);
            output[k++] = FeatureHashing.Bucket(b, 27, p1.ShortShape, d.ShortShape);
            output[k++] = FeatureHashing.Bucket(b, 28, d.ShortShape, n1.ShortShape);
            output[k++] = FeatureHashing.Bucket(b, 29, p1.ShortShape, d.ShortShape, n1.ShortShape);
            output[k++] = FeatureHashing.Bucket(b, 30, (ulong)d.Caps, first);
            output[k++] = FeatureHashing.Bucket(b, 31, (ulong)p1.Caps, (ulong)d.Caps);
            output[k++] = FeatureHashing.Bucket(b, 32, (ulong)d.Caps, (ulong)n1.Caps);
            output[k++] = FeatureHashing.Bucket(b, 33, p1.Word, (ulong)d.Caps);
            output[k++] = FeatureHashing.Bucket(b, 34, n1.Word, (ulong)d.Caps);
            output[k++] = FeatureHashing.Bucket(b, 35, p2.Word, p1.Word);
            output[k++] = FeatureHashing.Bucket(b, 36, n1.Word, n2.Word);
            output[k++] = FeatureHashing.Bucket(b, 37, d.Suffix3, (ulong)d.Caps);
            output[k++] = FeatureHashing.Bucket(b, 38, d.Stem);
            output[k++] = FeatureHashing.Bucket(b, 39, p1.Stem);
            output[k++] = FeatureHashing.Bucket(b, 52, n1.Stem);
            output[k++] = FeatureHashing.Bucket(b, 53, p1.Stem, d.Stem);

            for (int g = 0; g < EntityLexicon.GazetteerCount; g++)
            {
                if ((d.Gazetteers & (1 << g)) != 0) output[k++] = FeatureHashing.Bucket(b, 40, (ulong)g, (ulong)d.Caps);
            }
            if (d.Gazetteers != 0) output[k++] = FeatureHashing.Bucket(b, 41, (ulong)d.Gazetteers, (ulong)p1.Gazetteers, (ulong)n1.Gazetteers);
            if (p1.Gazetteers != 0) output[k++] = FeatureHashing.Bucket(b, 42, (ulong)p1.Gazetteers, (ulong)d.Caps);
            if (n1.Gazetteers != 0) output[k++] = FeatureHashing.Bucket(b, 43, (ulong)n1.Gazetteers, (ulong)d.Caps);

            if ((d.Punctuation & FlagOpenQuote) != 0 || ((d.Punctuation & FlagAmbiguousQuote) != 0 && quoteDepth == 0))
            {
                quoteDepth++;
            }
            else if ((d.Punctuation & (FlagCloseQuote | FlagAmbiguousQuote)) != 0 && quoteDepth > 0)
            {
                quoteDepth--;
            }
            output[k++] = FeatureHashing.Bucket(b, 44, (ulong)Math.Min(quoteDepth, 2), (ulong)d.Caps, (ulong)d.Punctuation);
            output[k++] = FeatureHashing.Bucket(b, 45, (ulong)p1.Punctuation, (ulong)d.Caps, (ulong)n1.Punctuation);

            if (d.Cluster != -1 || p1.Cluster != -1 || n1.Cluster != -1)
            {
                // Cluster ids pack a fine cluster in the low 16 bits and a coarse one above; -1 is an unclustered word.
                ulong c0 = (ulong)(long)d.Cluster, cp = (ulong)(long)p1.Cluster, cn = (ulong)(long)n1.Cluster;
                output[k++] = FeatureHashing.Bucket(b, 46, c0);
                output[k++] = FeatureHashing.Bucket(b, 47, cp);
                output[k++] = FeatureHashing.Bucket(b, 48, cn);
                output[k++] = FeatureHashing.Bucket(b, 49, c0 >> 16, (ulong)d.Caps);
                output[k++] = FeatureHashing.Bucket(b, 50, cp >> 16, c0 >> 16);
                output[k++] = FeatureHashing.Bucket(b, 51, c0 >> 16, cn >> 16);
                output[k++] = FeatureHashing.Bucket(b, 54, cp, (ulong)d.Caps);
                output[k++] = FeatureHashing.Bucket(b, 55, c0, (ulong)d.Caps);
                output[k++] = FeatureHashing.Bucket(b, 56, (ulong)(long)p2.Cluster >> 16, (ulong)(long)n2.Cluster >> 16);
            }

            if (_lexicon.AnalysisCount > 0)
            {
                output[k++] = FeatureHashing.Bucket(b, 70, d.LexiconLemma);
                output[k++] = FeatureHashing.Bucket(b, 71, (ulong)(long)d.TagClass, (ulong)d.Caps);
                output[k++] = FeatureHashing.Bucket(b, 72, (ulong)(long)p1.TagClass, (ulong)(long)d.TagClass);
                output[k++] = FeatureHashing.Bucket(b, 73, (ulong)(long)d.TagClass, (ulong)(long)n1.TagClass);
                output[k++] = FeatureHashing.Bucket(b, 74, p1.LexiconLemma, (ulong)(long)d.TagClass);
                output[k++] = FeatureHashing.Bucket(b, 75, (ulong)(long)n1.TagClass, n1.LexiconLemma);
            }

            if (UsesMorphology)
            {
                output[k++] = FeatureHashing.Bucket(b, 60, d.Lemma);
                output[k++] = FeatureHashing.Bucket(b, 61, (ulong)d.Pos, (ulong)d.Case);
                output[k++] = FeatureHashing.Bucket(b, 62, (ulong)p1.Pos, (ulong)d.Pos);
                output[k++] = FeatureHashing.Bucket(b, 63, (ulong)d.Pos, (ulong)n1.Pos);
                output[k++] = FeatureHashing.Bucket(b, 64, (ulong)d.Case, (ulong)d.Caps);
                output[k++] = FeatureHashing.Bucket(b, 65, p1.Lemma, (ulong)d.Caps);
                output[k++] = FeatureHashing.Bucket(b, 66, n1.Lemma, (ulong)d.Caps);
                output[k++] = FeatureHashing.Bucket(b, 67, p1.Lemma, (ulong)d.Case);
                output[k++] = FeatureHashing.Bucket(b, 68, (ulong)d.NameType, (ulong)d.Caps, (ulong)d.Case);
                output[k++] = FeatureHashing.Bucket(b, 69, (ulong)p1.NameType, (ulong)d.NameType, (ulong)n1.NameType);
                output[k++] = FeatureHashing.Bucket(b, 76, d.Lemma, n1.Lemma);
                output[k++] = FeatureHashing.Bucket(b, 77, p1.Lemma, d.Lemma);
                output[k++] = FeatureHashing.Bucket(b, 78, (ulong)p1.Case, (ulong)d.Case, (ulong)n1.Case);
            }
            if (UsesDocumentMemory) k += MemoryFeatures(d.Memory, d.Caps, d.TagClass, p1.Memory, n1.Memory, output[k..]);
            if (UsesStackedLabels && !firstPassLabels.IsEmpty) k += StackedFeatures(firstPassLabels, i, d.Caps, output[k..]);
            counts[i] = k;
        }
    }

    /// <summary>
    /// Writes the document-memory features of a token (its code, capitalization and lexicon tag class, and its
    /// neighbours' codes) and returns how many; none when neither the token nor a neighbour has a code.
    /// </summary>
    public int MemoryFeatures(int memory, int caps, int tagClass, int previousMemory, int nextMemory, Span<int> output)
    {
        if (memory < 0 && previousMemory < 0 && nextMemory < 0) return 0;
        ulong type = (ulong)(long)(memory >> 2);
        output[0] = FeatureHashing.Bucket(_bits, 80, (ulong)(long)memory, (ulong)caps);
        output[1] = FeatureHashing.Bucket(_bits, 81, type, (ulong)(long)(previousMemory >> 2), (ulong)(long)(nextMemory >> 2));
        output[2] = FeatureHashing.Bucket(_bits, 82, type, (ulong)(long)tagClass);
        return 3;
    }

    /// <summary>
    /// Writes the stacked features of token <paramref name="i"/>: the first pass's labels of the token and its
    /// neighbours (full BILOU labels within ±1, types at ±2), so the second pass sees a wider label context than the
    /// first-order transitions. Returns <see cref="StackedFeatureCount"/>.
    /// </summary>
    public int StackedFeatures(ReadOnlySpan<int> firstPassLabels, int i, int caps, Span<int> output)
    {
        ulong previous = LabelAt(firstPassLabels, i - 1), current = LabelAt(firstPassLabels, i), next = LabelAt(firstPassLabels, i + 1);
        output[0] = FeatureHashing.Bucket(_bits, 90, current, (ulong)caps);
        output[1] = FeatureHashing.Bucket(_bits, 91, previous, current, next);
        output[2] = FeatureHashing.Bucket(_bits, 92, TypeAt(firstPassLabels, i - 2), previous, current);
        output[3] = FeatureHashing.Bucket(_bits, 93, current, next, TypeAt(firstPassLabels, i + 2));
        return StackedFeatureCount;
    }

    private static ulong LabelAt(ReadOnlySpan<int> labels, int i) => i < 0 || i >= labels.Length ? 0xFFUL : (ulong)labels[i];

    private static ulong TypeAt(ReadOnlySpan<int> labels, int i) => i < 0 || i >= labels.Length ? 0xFFUL : (ulong)(long)BilouLabels.TypeOf(labels[i]);

    /// <summary>Whether the document memory applies to a token: words of three or more letters or digits-with-letters, not punctuation.</summary>
    public static bool IsRemembered(in Descriptor d) => d.Length >= 3 && d.Caps != 5;

    /// <summary>Computes the descriptor (word hashes, shape, lexicon lookups) of each token.</summary>
    public void DescribeAll(ReadOnlySpan<Token> tokens, Span<Descriptor> descriptors)
    {
        Span<char> folded = stackalloc char[MaxFoldedLength];
        for (int i = 0; i < tokens.Length; i++) Describe(tokens[i], folded, ref descriptors[i]);
    }

    private void Describe(in Token token, Span<char> folded, ref Descriptor d)
    {
        string text = token.Text;
        int length = FeatureHashing.FoldInto(text, folded);
        var f = folded[..length];
        d.Length = length;

        ulong h = FeatureHashing.Seed;
        ulong withoutLast = 0, withoutLastTwo = 0;
        d.Prefix1 = d.Prefix2 = d.Prefix3 = d.Prefix4 = 0x51;
        for (int i = 0; i < length; i++)
        {
            if (i == length - 1 && i >= 3) withoutLast = h;
            if (i == length - 2 && i >= 3) withoutLastTwo = h;
            h = FeatureHashing.Step(h, f[i]);
            switch (i)
            {
                case 0: d.Prefix1 = h; break;
                case 1: d.Prefix2 = h; break;
                case 2: d.Prefix3 = h; break;
                case 3: d.Prefix4 = h; break;
            }
        }
        d.Word = h;
        d.Stem = withoutLastTwo != 0 ? withoutLastTwo : withoutLast != 0 ? withoutLast : h;
        d.Suffix1 = length >= 1 ? FeatureHashing.Hash(f[^1..]) : 0x5;
        d.Suffix2 = length >= 2 ? FeatureHashing.Hash(f[^2..]) : d.Word;
        d.Suffix3 = length >= 3 ? FeatureHashing.Hash(f[^3..]) : d.Word;
        d.Suffix4 = length >= 4 ? FeatureHashing.Hash(f[^4..]) : d.Word;

        ComputeShape(text, out d.Shape, out d.ShortShape, out d.Caps, out d.Punctuation);
        var facts = _lexicon.Facts(h);
        d.Gazetteers = d.Caps is 1 or 2 or 3 or 6 ? facts.Gazetteers | _lexicon.StemGazetteerFlags(withoutLast, withoutLastTwo) : 0;
        d.Cluster = facts.Cluster;
        if (facts.HasAnalysis)
        {
            d.LexiconLemma = facts.Analysis.Lemma;
            d.TagClass = facts.Analysis.TagClass;
        }
        else
        {
            d.LexiconLemma = d.Stem;
            d.TagClass = -1;
        }

        if (UsesMorphology)
        {
            if (token.Lemma is null)
            {
                throw new InvalidOperationException(
                    "The entity model was trained with morphology features (lemma, POS, case): run the morphology stage before the entity stage.");
            }
            d.Lemma = FeatureHashing.HashFolded(token.Lemma);
            d.Pos = (int)token.Pos;
            d.Case = CaseOf(token.Features);
            d.NameType = NameTypeOf(token.Features);
        }
    }

    private static int NameTypeOf(string? features)
    {
        if (features is null) return 0;
        int at = features.IndexOf("NameType=", StringComparison.Ordinal);
        if (at < 0 || at + 12 > features.Length) return 0;
        return features[at + 9] * 31 * 7 + features[at + 10] * 7 + features[at + 11];
    }

    private static int CaseOf(string? features)
    {
        if (features is null) return 0;
        int at = features.IndexOf("Case=", StringComparison.Ordinal);
        if (at < 0 || at + 8 > features.Length) return 0;
        return features[at + 5] * 31 + features[at + 6] * 7 + features[at + 7];
    }

    /// <summary>
    /// Shape maps letters to X/x and digits to d, keeping other characters; the long shape keeps runs up to two,
    /// the short shape collapses runs. Caps: 0 lower, 1 Title, 2 UPPER, 3 mixed, 4 digit first, 5 other, 6 single capital.
    /// </summary>
    private static void ComputeShape(string text, out ulong shape, out ulong shortShape, out int caps, out int punctuation)
    {
        ulong longHash = FeatureHashing.Seed, shortHash = FeatureHashing.Seed;
        char previous = '\0';
        int run = 0, upper = 0, lower = 0, letters = 0, digits = 0;
        punctuation = 0;
        foreach (char c in text)
        {
            char s;
            if (char.IsUpper(c)) { s = 'X'; upper++; letters++; }
            else if (char.IsLower(c)) { s = 'x'; lower++; letters++; }
            else if (char.IsDigit(c)) { s = 'd'; digits++; }
            else
            {
                s = Tokenization.TokenNormalizer.IsApostropheVariant(c) ? '\'' : c;
                punctuation |= c switch
                {
                    '«' or '„' or '“' => FlagOpenQuote,
                    '»' or '”' => FlagCloseQuote,
                    '"' => FlagAmbiguousQuote,
                    '(' or '[' => FlagOpenBracket,
                    ')' or ']' => FlagCloseBracket,
                    '-' or '–' or '—' => FlagDash,
                    _ => 0,
                };
            }
            if (s == previous) run++;
            else run = 1;
            if (run <= 2) longHash = FeatureHashing.Step(longHash, s);
            if (run == 1) shortHash = FeatureHashing.Step(shortHash, s);
            previous = s;
        }
        shape = longHash;
        shortShape = shortHash;
        if (text.Length > 0 && char.IsDigit(text[0])) caps = 4;
        else if (letters == 0) caps = 5;
        else if (upper == 0) caps = 0;
        else if (lower == 0) caps = upper == 1 ? 6 : 2;
        else if (upper == 1 && char.IsUpper(text[0])) caps = 1;
        else caps = 3;
    }
}
