using Extraction.Text;

namespace Extraction.Morphology;

/// <summary>
/// Finds the candidate analyses of one token: lexicon lookup (case-insensitive), then hyphenated-compound
/// segments, then the suffix guesser. Allocates only to remember a word that needed more than a lookup;
/// lemma strings are made only for the chosen analysis.
/// </summary>
internal sealed class WordAnalyzer
{
    /// <summary>Most candidates returned for one word.</summary>
    public const int MaxCandidates = 8;

    /// <summary>Longest word looked up; longer ones are left unknown.</summary>
    public const int MaxWordLength = 64;

    private readonly MorphologyModel _model;

    public WordAnalyzer(MorphologyModel model) => _model = model;

    public MorphologyModel Model => _model;

    /// <summary>The candidates of words that needed more than a lexicon lookup, shared by every thread using this analyzer.</summary>
    public UnknownWordCache UnknownWords { get; } = new();

    /// <summary>Writes the candidates of <paramref name="token"/> into <paramref name="output"/> and returns how many.</summary>
    public int Analyze(in Token token, Span<Candidate> output, out WordSegment segment, bool skipLexicon = false, UnknownWordCache? cache = null)
    {
        string text = token.Normalized;
        segment = new WordSegment(0, text.Length, true);
        switch (token.Kind)
        {
            case TokenKind.Number:
            case TokenKind.DateTime:
                return Single(output, _model.NumberTag);
            case TokenKind.Punctuation:
                return Single(output, _model.PunctuationTag);
            case TokenKind.Symbol:
            case TokenKind.Emoji:
                return Single(output, _model.SymbolTag);
            case TokenKind.Word:
            case TokenKind.Abbreviation:
                break;
            default:
                segment = new WordSegment(0, text.Length, false);
                return Single(output, _model.UnknownTag);
        }
        return AnalyzeWord(text, output, out segment, skipLexicon, cache);
    }

    /// <summary>Candidates of a word given as text.</summary>
    /// <param name="text">The word.</param>
    /// <param name="output">Receives the candidates.</param>
    /// <param name="segment">Receives the analysed part of the word.</param>
    /// <param name="skipLexicon">Treat the word as unknown (training simulates unseen words this way).</param>
    /// <param name="cache">Optional per-document memory of unknown words' candidates.</param>
    public int AnalyzeWord(ReadOnlySpan<char> text, Span<Candidate> output, out WordSegment segment, bool skipLexicon = false, UnknownWordCache? cache = null)
    {
        segment = new WordSegment(0, text.Length, true);
        if (text.Length == 0 || text.Length > MaxWordLength)
        {
            segment = segment with { Known = false };
            return Single(output, _model.UnknownTag);
        }
        Span<char> lower = stackalloc char[text.Length];
        uint hash = StringTable.HashStart;
        for (int i = 0; i < text.Length; i++) hash = StringTable.HashStep(hash, lower[i] = Fold(text[i]));
        hash = StringTable.Mix(hash);

        int count = skipLexicon ? 0 : Lookup(lower, hash, output);
        // "МіГ", "ВіС": a capital after lower-case letters marks a name or designation, not the common word it folds to (міг)
        if (count > 0 && !IsLowerLetter(text[0]) && HasCapitalAfterLower(text)) count = 0;
        // A capitalized word the lexicon knows only as a common word may be a name (Сирського, Сокола); a word
        // starting in lower case cannot be title-cased, which spares the casing scan for most words.
        if (count > 0 && (IsLowerLetter(text[0]) || count >= output.Length || CasingOf(text) != Casing.Title || HasProperReading(output[..count])))
        {
            return count;
        }

        if (cache is not null && cache.TryGet(text, output, out int cached, out segment)) return cached;
        segment = new WordSegment(0, text.Length, true);
        if (count > 0)
        {
            Span<Candidate> names = stackalloc Candidate[MaxCandidates];
            int found = GuessInClass('t', lower, names, 0, 4, 0.5f);
            found = KeepKnownLemmas(lower, names[..found], onlyKnown: true);
            for (int i = 0; i < found && count < output.Length && i < 2; i++) output[count++] = names[i];
        }
        else
        {
            count = AnalyzeUnknown(text, lower, output, out segment, skipLexicon);
        }
        cache?.Add(text, output[..count], segment);
        return count;
    }

    private static bool HasCapitalAfterLower(ReadOnlySpan<char> text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsLower(text[i - 1])) return true;
        }
        return false;
    }

    private static bool IsLowerLetter(char c) => (uint)(c - '\u0430') <= '\u045F' - '\u0430' || (uint)(c - 'a') <= 'z' - 'a';

    private int AnalyzeUnknown(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, Span<Candidate> output, out WordSegment segment, bool skipLexicon)
    {
        segment = new WordSegment(0, text.Length, true);
        int count = FromDictionary(text, lower, output);
        if (count > 0)
        {
            segment = segment with { Known = false };
            return count;
        }

        int hyphen = lower.IndexOf('-');
        if (hyphen > 0 && hyphen < lower.Length - 1)
        {
            int start, length;
            int second = lower[(hyphen + 1)..].IndexOf('-');
            bool linked = second > 0 && second <= 3 && char.IsLower(text[hyphen + 1]);
            if (linked)
            {
                // Комсомольськ-на-Амурі, Ростов-на-Дону: the first part inflects.
                start = 0;
                length = hyphen;
            }
            else
            {
                // Івано-Франківськ, північно-західний: the last part inflects.
                int last = lower.LastIndexOf('-');
                start = last + 1;
                length = lower.Length - start;
            }
            if (length > 0 && linked && char.IsUpper(text[0]))
            {
                // The inflecting part of a linked place name is a noun (Комсомольська-на-Амурі is Комсомольськ's
                // genitive, not the adjective комсомольська): keep its noun readings, from the lexicon, the
                // proper-name guesser or the dictionary, whichever first has one.
                var written = text[..length];
                var part = lower[..length];
                count = KeepNouns(output[..(skipLexicon ? 0 : Lookup(part, output))]);
                bool known = count > 0;
                if (count == 0) count = KeepNouns(output[..KeepKnownLemmas(part, output[..GuessInClass('t', part, output, 0, 4, 1f)], onlyKnown: true)]);
                if (count == 0) count = KeepNouns(output[..FromDictionary(written, part, output)]);
                if (count > 0)
                {
                    segment = new WordSegment(0, length, known);
                    return count;
                }
            }
            if (length > 0)
            {
                var part = lower.Slice(start, length);
                count = skipLexicon ? 0 : Lookup(part, output);
                bool known = count > 0;
                if (!known) count = FromDictionary(text.Slice(start, length), part, output);
                if (count == 0) count = Guess(text.Slice(start, length), part, output);
                if (count > 0)
                {
                    segment = new WordSegment(start, length, known);
                    return count;
                }
            }
        }

        segment = segment with { Known = false };
        count = Guess(text, lower, output);
        return count > 0 ? count : Single(output, _model.UnknownTag);
    }

    /// <summary>Lexicon candidates of a lower-cased form.</summary>
    public int Lookup(ReadOnlySpan<char> lower, Span<Candidate> output) => Lookup(lower, StringTable.Hash(lower), output);

    private int Lookup(ReadOnlySpan<char> lower, uint hash, Span<Candidate> output)
    {
        int form = _model.Forms.Find(lower, hash);
        if (form < 0) return 0;
        int start = _model.FormStart[form], count = Math.Min(_model.FormStart[form + 1] - start, output.Length);
        _model.LexiconCandidates.AsSpan(start, count).CopyTo(output);
        return count;
    }

    /// <summary>Suffix-guesser candidates for an unknown word; capitalized words try proper-name statistics first.</summary>
    public int Guess(ReadOnlySpan<char> written, ReadOnlySpan<char> lower, Span<Candidate> output)
    {
        var casing = CasingOf(written);
        int count = 0;
        switch (casing)
        {
            case Casing.Title:
                count = GuessInClass('t', lower, output, 0, 4, 1f);
                count = GuessInClass('l', lower, output, count, 2, 0.5f);
                break;
            case Casing.Upper:
                // Unknown acronyms (ЖЕК, тРНК) rarely inflect: keep them as written, with the tags acronyms take.
                count = GuessInClass('u', lower, output, 0, 4, 1f);
                for (int i = 0; i < count; i++) output[i].Rule = MorphologyModel.IdentityRule;
                return count;
            default:
                count = GuessInClass('l', lower, output, 0, 6, 1f);
                break;
        }
        return KeepKnownLemmas(lower, output[..count], onlyKnown: false);
    }

    /// <summary>
    /// Candidates from the hunspell dictionary: the stem is the lemma; the tags are those the rule's forms carry in
    /// the corpus, or, for rules the corpus never showed, the suffix guesser's.
    /// </summary>
    public int FromDictionary(ReadOnlySpan<char> written, ReadOnlySpan<char> lower, Span<Candidate> output)
    {
        var hunspell = _model.Hunspell;
        Span<HunspellAffixes.Hit> hits = stackalloc HunspellAffixes.Hit[16];
        int found = hunspell.Analyze(lower, hits, allowTitle: CasingOf(written) != Casing.Lower);
        if (found == 0) return 0;
        Span<Candidate> guessed = stackalloc Candidate[MaxCandidates];
        int guessedCount = -1;
        int count = 0;
        foreach (var hit in hits[..found])
        {
            int lemmaRule = hit.Title ? hunspell.TitleLemmaRule[hit.Rule] : hunspell.LowerLemmaRule[hit.Rule];
            int start = hunspell.TagStart[hit.Rule], end = hunspell.TagStart[hit.Rule + 1];
            if (end > start)
            {
                float total = 0;
                for (int i = start; i < end; i++) total += hunspell.TagCounts[i];
                for (int i = start; i < end && count < output.Length; i++)
                {
                    int rule = OwnLemmaClass(hunspell.Tags[i]) ? _model.LowerIdentityRule : lemmaRule;
                    if (Contains(output[..count], rule, hunspell.Tags[i])) continue;
                    output[count++] = new Candidate { Rule = rule, Tag = hunspell.Tags[i], Prior = hunspell.TagCounts[i] / total };
                }
            }
            else
            {
                if (guessedCount < 0) guessedCount = Guess(written, lower, guessed);
                for (int i = 0; i < Math.Min(guessedCount, 2) && count < output.Length; i++)
                {
                    int rule = OwnLemmaClass(guessed[i].Tag) ? _model.LowerIdentityRule : lemmaRule;
                    if (Contains(output[..count], rule, guessed[i].Tag)) continue;
                    output[count++] = new Candidate { Rule = rule, Tag = guessed[i].Tag, Prior = 0.5f * guessed[i].Prior };
                }
            }
        }
        return count;
    }

    /// <summary>Moves the noun readings to the front, in order; returns how many there are.</summary>
    private int KeepNouns(Span<Candidate> candidates)
    {
        int nouns = 0;
        for (int i = 0; i < candidates.Length; i++)
        {
            if (_model.Tags[candidates[i].Tag].Class != WordClass.Noun) continue;
            var noun = candidates[i];
            candidates[nouns..i].CopyTo(candidates[(nouns + 1)..]);
            candidates[nouns++] = noun;
        }
        return nouns;
    }

    /// <summary>Adverbs and adverbial participles are their own lemma, though hunspell derives them from adjectives and verbs.</summary>
    private bool OwnLemmaClass(ushort tag) => _model.Tags[tag].Class is WordClass.Adverb or WordClass.AdverbialParticiple;

    private bool HasProperReading(ReadOnlySpan<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (_model.RuleCase[c.Rule] != LemmaCase.Lower) return true;
        }
        return false;
    }

    /// <summary>
    /// Moves candidates whose lemma a dictionary knows to the front and drops the others when any is known
    /// (or always, with <paramref name="onlyKnown"/>); returns the count kept.
    /// </summary>
    private int KeepKnownLemmas(ReadOnlySpan<char> lower, Span<Candidate> candidates, bool onlyKnown)
    {
        Span<char> lemma = stackalloc char[MaxWordLength + 16];
        int known = 0;
        for (int i = 0; i < candidates.Length; i++)
        {
            int rule = candidates[i].Rule;
            int cut = _model.RuleCut[rule];
            string add = _model.RuleAdd[rule];
            if (_model.RuleCase[rule] is LemmaCase.Exact or LemmaCase.AsWritten || cut > lower.Length || lower.Length - cut + add.Length > lemma.Length) continue;
            lower[..^cut].CopyTo(lemma);
            add.CopyTo(lemma[(lower.Length - cut)..]);
            if (_model.IsKnownLemma(lemma[..(lower.Length - cut + add.Length)]))
            {
                (candidates[known], candidates[i]) = (candidates[i], candidates[known]);
                known++;
            }
        }
        if (known == 0 && !onlyKnown) return candidates.Length;
        return Math.Min(known, 5);
    }

    private int GuessInClass(char wordClass, ReadOnlySpan<char> lower, Span<Candidate> output, int count, int take, float scale)
    {
        Span<char> key = stackalloc char[MorphologyModel.MaxSuffix + 1];
        key[0] = wordClass;
        for (int length = Math.Min(MorphologyModel.MaxSuffix, lower.Length - 1); length >= 1; length--)
        {
            lower[^length..].CopyTo(key[1..]);
            int entry = _model.Suffixes.Find(key[..(length + 1)]);
            if (entry < 0) continue;
            int start = _model.SuffixStart[entry], end = _model.SuffixStart[entry + 1];
            float total = 0;
            for (int i = start; i < end; i++) total += _model.GuessCount[i];
            int added = 0;
            for (int i = start; i < end && added < take && count < output.Length; i++)
            {
                int rule = _model.GuessRule[i];
                if (_model.RuleCut[rule] >= lower.Length) continue;
                if (Contains(output[..count], rule, _model.GuessTag[i])) continue;
                output[count++] = new Candidate { Rule = rule, Tag = _model.GuessTag[i], Prior = scale * _model.GuessCount[i] / total };
                added++;
            }
            // Shorter suffixes add fallbacks for the dictionary check to choose from.
            scale *= 0.5f;
            take -= added;
            if (take <= 0 || count >= output.Length) return count;
        }
        return count;
    }

    private static bool Contains(ReadOnlySpan<Candidate> candidates, int rule, ushort tag)
    {
        foreach (var c in candidates)
        {
            if (c.Rule == rule && c.Tag == tag) return true;
        }
        return false;
    }

    private static int Single(Span<Candidate> output, ushort tag)
    {
        output[0] = new Candidate { Rule = MorphologyModel.IdentityRule, Tag = tag, Prior = 1f };
        return 1;
    }

    /// <summary>Lower-cases and unifies apostrophes, the form the lexicon is keyed by.</summary>
    public static void ToLookupForm(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (int i = 0; i < text.Length; i++) destination[i] = Fold(text[i]);
    }

    /// <summary>
    /// One character of the lookup form. Basic Latin and Cyrillic are folded here because
    /// <see cref="char.ToLowerInvariant(char)"/> calls into ICU for every non-ASCII letter.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c == '`' ? '\'' : c;
        if ((uint)(c - '\u0430') <= '\u045F' - '\u0430') return c;
        if ((uint)(c - '\u0410') <= '\u042F' - '\u0410') return (char)(c + 0x20);
        if ((uint)(c - '\u0400') <= '\u040F' - '\u0400') return (char)(c + 0x50);
        return c is '\u2019' or '\u02BC' or '\u2018' ? '\'' : char.ToLowerInvariant(c);
    }

    /// <summary>The lower-cased lookup form as a new string (for training and tests).</summary>
    public static string ToLookupForm(string text)
    {
        return string.Create(text.Length, text, static (span, t) => ToLookupForm(t, span));
    }

    /// <summary>How a word is capitalized.</summary>
    public static Casing CasingOf(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        if (upper == 0) return Casing.Lower;
        if (lower == 0 || upper > 1 && upper * 2 >= lower) return upper > 1 ? Casing.Upper : Casing.Title;
        return char.IsUpper(word[0]) ? Casing.Title : Casing.Lower;
    }

    /// <summary>Builds the lemma of <paramref name="written"/> (the token's normalized text) under <paramref name="rule"/>.</summary>
    public string Lemma(string written, WordSegment segment, int rule)
    {
        var model = _model;
        var lemmaCase = model.RuleCase[rule];
        if (rule == MorphologyModel.IdentityRule) return written;
        var part = written.AsSpan(segment.Start, segment.Length);
        string add = model.RuleAdd[rule];
        int cut = Math.Min(model.RuleCut[rule], part.Length);
        int coreLength = lemmaCase == LemmaCase.Exact ? add.Length : part.Length - cut + add.Length;
        int prefix = segment.Start, tail = written.Length - segment.Start - segment.Length;
        int length = prefix + coreLength + tail;

        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        var core = buffer.Slice(prefix, coreLength);
        if (lemmaCase == LemmaCase.Exact)
        {
            add.CopyTo(core);
        }
        else
        {
            if (lemmaCase == LemmaCase.AsWritten) part[..^cut].CopyTo(core);
            else ToLookupForm(part[..^cut], core);
            add.CopyTo(core[(part.Length - cut)..]);
            if (lemmaCase == LemmaCase.Title && core.Length > 0) core[0] = char.ToUpperInvariant(core[0]);
            else if (lemmaCase == LemmaCase.Upper) for (int i = 0; i < core.Length; i++) core[i] = char.ToUpperInvariant(core[i]);
        }
        var prefixSpan = buffer[..prefix];
        written.AsSpan(0, prefix).CopyTo(prefixSpan);
        // A sentence-initial capital is dropped; an acronym prefix (ВІЛ-позитивний) stays as written.
        if (lemmaCase == LemmaCase.Lower && CasingOf(written.AsSpan(0, prefix)) != Casing.Upper) ToLookupForm(written.AsSpan(0, prefix), prefixSpan);
        else if (lemmaCase == LemmaCase.Upper) for (int i = 0; i < prefix; i++) prefixSpan[i] = char.ToUpperInvariant(prefixSpan[i]);
        written.AsSpan(segment.Start + segment.Length).CopyTo(buffer[(prefix + coreLength)..]);

        return buffer.SequenceEqual(written) ? written : buffer.ToString();
    }
}

/// <summary>How a word is capitalized.</summary>
internal enum Casing : byte
{
    /// <summary>Starts lower case.</summary>
    Lower,
    /// <summary>Starts upper case and has lower-case letters (or is one capital letter).</summary>
    Title,
    /// <summary>Two or more capitals and no lower-case letters.</summary>
    Upper,
}
