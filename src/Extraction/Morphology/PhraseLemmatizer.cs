using Extraction.Text;

namespace Extraction.Morphology;

/// <summary>
/// Puts a multi-word mention into its dictionary form with agreement: the head noun phrase goes to the nominative
/// (Північної Кореї → Північна Корея, атомних підводних човнів → атомний підводний човен), names keep their
/// number (Сполучених Штатів → Сполучені Штати), indeclinable words and everything after the head phrase stay
/// as written (міністра оборони → міністр оборони). Immutable and thread-safe.
/// </summary>
public sealed class PhraseLemmatizer
{
    private static readonly Lazy<PhraseLemmatizer> LazyDefault = new(() => new PhraseLemmatizer(MorphologyModel.Default));

    private readonly MorphologyModel _model;
    private readonly WordAnalyzer _analyzer;

    internal PhraseLemmatizer(MorphologyModel model)
    {
        _model = model;
        _analyzer = new WordAnalyzer(model);
    }

    /// <summary>The lemmatizer over the embedded morphology model.</summary>
    public static PhraseLemmatizer Default => LazyDefault.Value;

    /// <summary>
    /// The nominative dictionary form of the phrase made of <paramref name="tokens"/>, which must carry the
    /// morphology stage's analyses. Text between tokens (spaces, hyphens) is copied from <paramref name="originalText"/>.
    /// </summary>
    /// <param name="tokens">The phrase's tokens, in order, with spans into <paramref name="originalText"/>.</param>
    /// <param name="originalText">The text the token spans index.</param>
    /// <returns>The lemmatized phrase; an empty string for no tokens.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="originalText"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A token's span lies outside <paramref name="originalText"/>.</exception>
    public string Lemmatize(ReadOnlySpan<Token> tokens, string originalText)
    {
        CheckSpans(tokens, originalText);
        return tokens.IsEmpty ? string.Empty : Lemmatize(tokens, originalText, nameRules: true, keepNumber: false);
    }

    /// <summary>
    /// The nominative of a name: as <see cref="Lemmatize(ReadOnlySpan{Token}, string)"/>, except that a plural head
    /// keeps its number, as the names of bodies written in the plural do (Силам оборони → Сили оборони).
    /// </summary>
    /// <param name="tokens">The name's tokens, in order, with spans into <paramref name="originalText"/>.</param>
    /// <param name="originalText">The text the token spans index.</param>
    /// <returns>The lemmatized name; an empty string for no tokens.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="originalText"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A token's span lies outside <paramref name="originalText"/>.</exception>
    public string LemmatizeName(ReadOnlySpan<Token> tokens, string originalText)
    {
        CheckSpans(tokens, originalText);
        return tokens.IsEmpty ? string.Empty : Lemmatize(tokens, originalText, nameRules: true, keepNumber: true);
    }

    private static void CheckSpans(ReadOnlySpan<Token> tokens, string originalText)
    {
        ArgumentNullException.ThrowIfNull(originalText);
        foreach (var token in tokens)
        {
            if (token.Span.Start < 0 || token.Span.End > originalText.Length || token.Span.Start > token.Span.End)
            {
                throw new ArgumentOutOfRangeException(nameof(tokens), $"The token span {token.Span} lies outside the text.");
            }
        }
    }

    /// <param name="tokens">The phrase's tokens.</param>
    /// <param name="originalText">The text the token spans index.</param>
    /// <param name="nameRules">Whether a word the tagger did not read as a proper noun may start a name run; when no
    /// name reading agrees there, the phrase is lemmatized again without that rule.</param>
    /// <param name="keepNumber">Whether a plural head stays plural whatever its position and casing.</param>
    private string Lemmatize(ReadOnlySpan<Token> tokens, string originalText, bool nameRules, bool keepNumber)
    {

        int head = -1;
        bool nameRun = false, nounsOnly = false;
        string?[]? adjectiveLemmas = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            // Out of context a capitalized given name may be read as an adjective (Володимирові as the possessive
            // Володимирів): before a personal name it starts the name run, where agreement picks its reading.
            if (nameRules && IsModifier(tokens[i]) && IsCapitalized(tokens[i]) && i + 1 < tokens.Length && IsPersonalName(tokens[i + 1])
                && HasProperNounReading(tokens[i]))
            {
                head = i;
                nameRun = nounsOnly = true;
                break;
            }
            if (tokens[i].Pos is UniversalPos.NOUN or UniversalPos.PROPN)
            {
                // Out of context a modifier may be read as a noun (Чорному морі): prefer its adjective reading before a noun.
                if (i + 1 < tokens.Length && tokens[i + 1].Pos is UniversalPos.NOUN or UniversalPos.PROPN
                    && AdjectiveLemma(tokens[i]) is { } adjective)
                {
                    adjectiveLemmas ??= new string?[tokens.Length];
                    adjectiveLemmas[i] = adjective;
                    continue;
                }
                head = i;
                break;
            }
            if (!IsModifier(tokens[i])) break;
            // A capitalized adjective ending the mention with no noun is likely a surname of adjective declension
            // (Сирського, Зеленському): take its proper-name reading if agreement finds one.
            if (nameRules && i + 1 == tokens.Length && IsCapitalized(tokens[i]))
            {
                head = i;
                nameRun = true;
            }
        }
        var builder = new System.Text.StringBuilder(tokens[^1].Span.End - tokens[0].Span.Start + 8);
        if (head < 0 || tokens[head].Lemma is null)
        {
            AppendAsWritten(builder, tokens, originalText, 0);
            return builder.ToString();
        }

        // Given name + surname (+ patronymic) in the same case all inflect: Володимиром Путіним. A capitalized
        // common noun before a name may be a given name too (Марка: марка or Марк).
        nameRun |= tokens[head].Pos == UniversalPos.PROPN
                   || (nameRules && tokens[head].Pos == UniversalPos.NOUN && IsCapitalized(tokens[head]) && head + 1 < tokens.Length && IsPersonalName(tokens[head + 1]));
        int end = head + 1;
        while (end < tokens.Length && nameRun && IsCapitalized(tokens[end])
               && (tokens[end].Pos == UniversalPos.PROPN || (end == head + 1 && IsPersonalName(tokens[end]))))
        {
            end++;
        }

        bool plural = Feature(tokens[head].Features, "Number") is "Plur" or "Ptan";
        // Names keep their number (Сполучені Штати, Збройні сили); class nouns go to the singular.
        bool keepPlural = plural && (keepNumber || Feature(tokens[head].Features, "Number").SequenceEqual("Ptan")
                                     || tokens[head].Pos == UniversalPos.PROPN
                                     || (head > 0 && WordAnalyzer.CasingOf(tokens[0].Text) == Casing.Title));
        char target = keepPlural ? 'p' : GenderOf(tokens[head]);
        string?[]? nameLemmas = nameRun && (end - head >= 2 || tokens[head].Pos != UniversalPos.PROPN) ? AgreeingNameLemmas(tokens[head..end], nounsOnly) : null;
        if (nameLemmas is null && nameRun && tokens[head].Pos != UniversalPos.PROPN) return Lemmatize(tokens, originalText, nameRules: false, keepNumber);

        // A woman's given name heads the run: feminine by the tagger and with a lemma in -а/-я (Микола is a man's).
        string? headLemma = nameLemmas?[0] ?? tokens[head].Lemma;
        bool womansName = nameRun && GenderOf(tokens[head]) == 'f' && headLemma is { Length: > 1 } && headLemma[^1] is 'а' or 'я';
        int compoundEnd = nameRun ? head + 1 : CompoundEnd(tokens, head);
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            string written = token.Span.Substring(originalText);
            string output;
            // A woman's surname the tagger did not read as a proper noun still ends her name run (Оленою Ковальською).
            if (womansName && i > head && i <= end && IsCapitalized(token)
                && FeminineSurnameLemma(token.Normalized, Feature(tokens[head].Features, "Case")) is { } feminine)
            {
                output = feminine;
            }
            else if (i >= head && i < compoundEnd && compoundEnd > head + 1)
            {
                // A capitalized name whose first part is a whole word in its dictionary form keeps its tail (Оклахома-Сіті).
                bool keepTail = i == compoundEnd - 1 && IsCapitalized(token) && IsCapitalized(tokens[i - 2])
                                && tokens[i - 2].Normalized.Length > 4 && IsDictionaryForm(tokens[i - 2].Normalized);
                output = keepTail ? token.Normalized : CompoundPart(token, written, last: i == compoundEnd - 1);
            }
            else if (i >= end || Feature(token.Features, "Uninflect").Length > 0 || token.Lemma is null)
            {
                output = written;
            }
            else if (i < head)
            {
                output = RestoreCase(Generate(adjectiveLemmas?[i] ?? token.Lemma, target), written);
            }
            else if (keepPlural && !Feature(token.Features, "Number").SequenceEqual("Ptan") && !Feature(token.Features, "Case").SequenceEqual("Nom"))
            {
                output = RestoreCase(Generate(token.Lemma, 'P'), written);
            }
            else if (keepPlural && Feature(token.Features, "Case").SequenceEqual("Nom"))
            {
                output = written;
            }
            else
            {
                output = RestoreCase(nameLemmas?[i - head] ?? token.Lemma, written);
            }
            builder.Append(output);
            if (i + 1 < tokens.Length) builder.Append(originalText, token.Span.End, Math.Max(0, tokens[i + 1].Span.Start - token.Span.End));
        }
        return builder.ToString();
    }

    private static byte CaseCode(ReadOnlySpan<char> udCase) => udCase switch
    {
        "Nom" => TagInfo.Nominative,
        "Gen" => TagInfo.Genitive,
        "Dat" => TagInfo.Dative,
        "Acc" => TagInfo.Accusative,
        "Ins" => TagInfo.Instrumental,
        "Loc" => TagInfo.Locative,
        "Voc" => TagInfo.Vocative,
        _ => 0,
    };

    /// <summary>
    /// Lemmas for a run of name words that agree in case and gender (Олександра Сирського is a man's name in the
    /// genitive, not a woman's first name before a genitive surname), or null when no agreeing reading exists.
    /// </summary>
    /// <param name="names">The run's tokens.</param>
    /// <param name="nounsOnly">Consider noun readings only (a run the tagger read as adjective + name).</param>
    private string?[]? AgreeingNameLemmas(ReadOnlySpan<Token> names, bool nounsOnly)
    {
        const int Max = 6;
        if (names.Length > Max) return null;
        Span<Candidate> all = stackalloc Candidate[Max * WordAnalyzer.MaxCandidates];
        Span<int> counts = stackalloc int[Max];
        var segments = new WordSegment[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            counts[i] = _analyzer.AnalyzeWord(names[i].Normalized, all.Slice(i * WordAnalyzer.MaxCandidates, WordAnalyzer.MaxCandidates), out segments[i]);
        }

        float bestScore = 0;
        TagInfo bestTarget = default;
        Span<int> best = stackalloc int[Max];
        Span<int> chosen = stackalloc int[Max];
        bool found = false;
        // An oblique case the disambiguator chose for the first name in its sentence (Заяву Кевіна: genitive) breaks
        // ties with readings that agree only out of context (Кевіна as a woman's name in the nominative).
        byte contextCase = CaseCode(Feature(names[0].Features, "Case"));
        if (contextCase == TagInfo.Nominative) contextCase = 0;
        // Every reading of every word is tried as the case, number and gender the run agrees in.
        for (int a = 0; a < names.Length; a++)
        {
            foreach (var anchor in all.Slice(a * WordAnalyzer.MaxCandidates, counts[a]))
            {
                var target = _model.Tags[anchor.Tag];
                if (target.Case == 0) continue;
                float score = 0;
                bool agrees = true, proper = false;
                for (int i = 0; i < names.Length && agrees; i++)
                {
                    chosen[i] = -1;
                    // In a name run a proper-noun reading outweighs any common one (Зеленському: surname, not adjective).
                    float bestScoreHere = -1;
                    for (int c = 0; c < counts[i]; c++)
                    {
                        var candidate = all[i * WordAnalyzer.MaxCandidates + c];
                        var tag = _model.Tags[candidate.Tag];
                        bool indeclinable = tag.Has(TagFlags.Indeclinable);
                        if (nounsOnly && tag.Class != WordClass.Noun) continue;
                        if (!indeclinable && (tag.Case != target.Case || tag.Number != target.Number || (tag.Gender != 0 && target.Gender != 0 && tag.Gender != target.Gender))) continue;
                        float here = candidate.Prior + (tag.Pos == UniversalPos.PROPN ? 1 : 0);
                        if (here > bestScoreHere)
                        {
                            bestScoreHere = here;
                            chosen[i] = c;
                        }
                    }
                    // A surname the lexicon lacks, after a given name in a man's oblique case, may be a foreign
                    // consonant-stem surname in that case (Піта Хегсета, Майком Волтцом); the guesser has no
                    // proper-noun reading for it there, only a woman's nominative.
                    if (bestScoreHere < 1 && i > 0 && !segments[i].Known && MasculineSurnameLemma(names[i].Normalized, target) is not null)
                    {
                        chosen[i] = MasculineStem;
                        bestScoreHere = 1;
                    }
                    if (chosen[i] != -1)
                    {
                        proper |= bestScoreHere >= 1;
                        score += bestScoreHere;
                    }
                    // A word the lexicon lacks that ends in a vowel and has no agreeing reading is taken as an
                    // indeclinable foreign name (Міллі, Рютте): it stays as written and counts as a name word.
                    else if (names.Length < 2 || segments[i].Known || !EndsInVowel(names[i].Normalized)) agrees = false;
                    else
                    {
                        chosen[i] = Indeclinable;
                        score += 1;
                    }
                }
                if (contextCase != 0 && target.Case == contextCase) score += 0.5f * names.Length;
                if (agrees && proper && score > bestScore)
                {
                    bestScore = score;
                    bestTarget = target;
                    found = true;
                    chosen[..names.Length].CopyTo(best);
                }
            }
        }
        if (!found) return null;
        var lemmas = new string?[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            if (best[i] == Indeclinable)
            {
                lemmas[i] = names[i].Normalized;
                continue;
            }
            if (best[i] == MasculineStem)
            {
                lemmas[i] = MasculineSurnameLemma(names[i].Normalized, bestTarget);
                continue;
            }
            var candidate = all[i * WordAnalyzer.MaxCandidates + best[i]];
            lemmas[i] = _model.Tags[candidate.Tag].Has(TagFlags.Indeclinable) ? null : _analyzer.Lemma(names[i].Normalized, segments[i], candidate.Rule);
        }
        // the guesser kept an unknown woman's name in the instrumental as written (Камалою): read it as her -а name
        if ((lemmas[0] is null || lemmas[0] == names[0].Normalized) && WomansInstrumentalRun(names, segments) is { } hers) return hers;
        return lemmas;
    }

    /// <summary>Stems of women's surnames of possessive (-ова, -іна) and adjective (-ська, -цька, -зька) declension.</summary>
    private static readonly string[] FeminineSurnameStems = ["ов", "ев", "єв", "ин", "ін", "їн", "ськ", "цьк", "зьк"];

    /// <summary>
    /// The nominative of a woman's surname after her given name, such as Захаровою, Ахматової, Ковальській
    /// (→ Захарова, Ахматова, Ковальська), or null. The lexicon files these forms under the man's surname or a
    /// possessive adjective (Захарів), so agreement alone gives a masculine lemma. The accusative -у and the
    /// nominative -а are read as hers only when her given name is in that case (Захарову is also a man's dative).
    /// </summary>
    /// <param name="written">The surname (apostrophes unified).</param>
    /// <param name="womansNameCase">The UD case of the woman's given name heading the run, or empty.</param>
    private static string? FeminineSurnameLemma(string written, ReadOnlySpan<char> womansNameCase)
    {
        ReadOnlySpan<string> endings = womansNameCase switch
        {
            "Acc" => ["ою", "ої", "ій", "у"],
            "Nom" => ["ою", "ої", "ій", "а"],
            _ => ["ою", "ої", "ій"],
        };
        foreach (string ending in endings)
        {
            if (!written.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = written.AsSpan(0, written.Length - ending.Length);
            foreach (string suffix in FeminineSurnameStems)
            {
                if (stem.Length >= suffix.Length + 2 && stem.EndsWith(suffix, StringComparison.Ordinal)) return string.Concat(stem, "а");
            }
        }
        return null;
    }

    /// <summary>
    /// End of the hyphenated compound that starts at <paramref name="head"/> (прем'єр-міністром, генерал-майора), or
    /// <c>head + 1</c> when the head is a plain word: parts joined by a hyphen with no space around it.
    /// </summary>
    private static int CompoundEnd(ReadOnlySpan<Token> tokens, int head)
    {
        int end = head + 1;
        // A preposition links a place name whose first part inflects instead (Ростова-на-Дону): no compound.
        while (end + 1 < tokens.Length && tokens[end].Text is "-" or "‐" && tokens[end].Span.Start == tokens[end - 1].Span.End
               && tokens[end + 1].Span.Start == tokens[end].Span.End && tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Pos != UniversalPos.ADP)
        {
            end += 2;
        }
        return end;
    }

    /// <summary>
    /// One part of a hyphenated head noun. The last part inflects; an earlier part inflects too (лікарем-хірургом →
    /// лікар-хірург, сенаторів-республіканців) unless it is one of the parts that never inflect, an abbreviation, a
    /// Latin word or a short prefix (прем'єр-міністром → прем'єр-міністр, віце-президента, МАГА-крила, екс-). Parts with
    /// digits, and a capitalized last part that is its own dictionary form, stay as written (БТР-82А, Оклахома-Сіті).
    /// </summary>
    private string CompoundPart(in Token token, string written, bool last)
    {
        if (token.Kind != TokenKind.Word) return written;
        string word = token.Normalized;
        bool invariant = word.Any(char.IsDigit) || !CyrillicScript.AllLetters(word) || word.ToUpperInvariant() == word
                         || (!last && (word.Length <= 4 || IsInvariantFirstPart(word)))
                         || (last && IsCapitalized(token) && IsDictionaryForm(word)); // Оклахома-Сіті
        if (invariant || token.Lemma is null || Feature(token.Features, "Uninflect").Length > 0) return word;
        return RestoreCase(token.Lemma, written);
    }

    // First parts of compounds that never inflect (прем'єр-міністра, генерал-майором, бізнес-асоціації); any other
    // first part inflects with the last (лікарем-хірургом, дронів-розвідників).
    private static readonly string[] InvariantFirstParts =
        ["прем'єр", "генерал", "бізнес", "експрес", "інтернет", "контр", "штаб", "обер", "унтер", "онлайн", "офлайн"];

    private static bool IsInvariantFirstPart(string word)
    {
        foreach (string part in InvariantFirstParts)
        {
            if (word.EndsWith(part, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether some reading of <paramref name="word"/> has the word itself as its lemma (прем'єр, генерал).</summary>
    private bool IsDictionaryForm(string word)
    {
        Span<Candidate> candidates = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        int count = _analyzer.AnalyzeWord(word, candidates, out var segment);
        for (int c = 0; c < count; c++)
        {
            if (string.Equals(_analyzer.Lemma(word, segment, candidates[c].Rule), word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// "з Камалою Гарріс": an unknown given name in a woman's instrumental -ою/-ією before words that do not decline
    /// so (an indeclinable foreign surname) is her -а/-я name; the rest stays as written. Null when the run is not so.
    /// </summary>
    private static string?[]? WomansInstrumentalRun(ReadOnlySpan<Token> names, WordSegment[] segments)
    {
        string first = names[0].Normalized;
        if (names.Length < 2 || segments[0].Known) return null;
        // -ою after a consonant (Камалою → Камала), -ією (Джорджією → Джорджія); a bare -ею is a masculine dative too (Рейксмузею)
        string? nominative = first.Length < 5 ? null
            : first.EndsWith("ою", StringComparison.Ordinal) && IsConsonant(first[^3]) ? first[..^2] + "а"
            : first.EndsWith("ією", StringComparison.Ordinal) ? first[..^3] + "ія"
            : null;
        if (nominative is null) return null;
        var lemmas = new string?[names.Length];
        lemmas[0] = nominative;
        for (int i = 1; i < names.Length; i++)
        {
            string word = names[i].Normalized;
            // her surname would decline too if it could (Ковальською): only an unchanging one is left as written
            if (word.EndsWith("ою", StringComparison.Ordinal) || word.EndsWith("ею", StringComparison.Ordinal)) return null;
            lemmas[i] = word;
        }
        return lemmas;
    }

    private const int Indeclinable = -2;
    private const int MasculineStem = -3;

    /// <summary>
    /// The nominative of <paramref name="word"/> read as a man's surname in the case of <paramref name="target"/>, or
    /// null: a consonant-final surname (Хегсета → Хегсет in the genitive, Волтцом → Волтц in the instrumental) or one of
    /// the -а declension (Кулеби, Кулебою → Кулеба). The target must be an animate, declinable
    /// masculine reading. A consonant stem needs no accusative (an inanimate accusative looks like a nominative, Барак
    /// Обама; the animate one is the genitive's form) and may not end in к: unknown Ukrainian surnames in -ко decline
    /// the same way (Кривоножка → Кривоножко). The -а declension is read only in the genitive and instrumental:
    /// indeclinable foreign names end in its accusative -у and dative -і too (Шойгу, Міллі).
    /// </summary>
    private static string? MasculineSurnameLemma(string word, TagInfo target)
    {
        if (target.Gender != TagInfo.Masculine || target.Number != TagInfo.Singular || target.Has(TagFlags.Indeclinable)
            || !target.Vesum.Contains(":anim", StringComparison.Ordinal))
        {
            return null;
        }
        ReadOnlySpan<string> consonantEndings = target.Case switch
        {
            TagInfo.Genitive => ["а"],
            TagInfo.Dative or TagInfo.Locative => ["ові"],
            TagInfo.Instrumental => ["ом"],
            _ => [],
        };
        foreach (string ending in consonantEndings)
        {
            int stem = word.Length - ending.Length;
            if (stem >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && IsConsonant(word[stem - 1]) && word[stem - 1] is not ('к' or 'К'))
            {
                return word[..stem];
            }
        }
        // the -а declension in the two cases no indeclinable foreign name imitates: genitive -и, instrumental -ою (the
        // accusative -у and dative -і are also Шойгу's and Міллі's endings)
        string? aStemEnding = target.Case switch
        {
            TagInfo.Genitive => "и",
            TagInfo.Instrumental => "ою",
            _ => null,
        };
        if (aStemEnding is not null)
        {
            int stem = word.Length - aStemEnding.Length;
            if (stem >= 3 && word.EndsWith(aStemEnding, StringComparison.Ordinal) && IsConsonant(word[stem - 1])
                && word[stem - 1] is not ('ь' or 'й' or 'ж' or 'ч' or 'ш' or 'щ'))
            {
                return word[..stem] + "а";
            }
        }
        return null;
    }

    private const string Vowels = "аеєиіїоуюяАЕЄИІЇОУЮЯ";

    private static bool IsConsonant(char c) => char.IsLetter(c) && !Vowels.Contains(c) && c is not ('ь' or 'Ь');

    private static bool EndsInVowel(string word) => word.Length > 1 && Vowels.Contains(word[^1]);

    private static bool IsCapitalized(in Token token) => token.Text.Length > 0 && char.IsUpper(token.Text[0]);

    /// <summary>A given name, surname or patronymic as the tagger read it, or a capitalized foreign-looking name.</summary>
    private bool HasProperNounReading(in Token token)
    {
        Span<Candidate> candidates = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        int count = _analyzer.AnalyzeWord(token.Normalized, candidates, out _);
        foreach (var candidate in candidates[..count])
        {
            if (_model.Tags[candidate.Tag].Pos == UniversalPos.PROPN) return true;
        }
        return false;
    }

    private bool IsPersonalName(in Token token)
    {
        if (!IsCapitalized(token)) return false;
        if (Feature(token.Features, "NameType") is "Giv" or "Sur" or "Pat") return true;
        // Otherwise a word the lexicon lacks whose every reading has a capitalized lemma (Міллі, Рютте).
        Span<Candidate> candidates = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        int count = _analyzer.AnalyzeWord(token.Normalized, candidates, out var segment);
        if (segment.Known) return false;
        foreach (var candidate in candidates[..count])
        {
            if (_model.RuleCase[candidate.Rule] == LemmaCase.Lower) return false;
        }
        return true;
    }

    /// <summary>The lemma of the token's adjective reading, if the lexicon has one.</summary>
    private string? AdjectiveLemma(in Token token)
    {
        Span<Candidate> candidates = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        int count = _analyzer.AnalyzeWord(token.Normalized, candidates, out var segment);
        if (!segment.Known) return null;
        foreach (var candidate in candidates[..count])
        {
            var tag = _model.Tags[candidate.Tag];
            if (tag.Pos == UniversalPos.ADJ) return _analyzer.Lemma(token.Normalized, segment, candidate.Rule);
        }
        return null;
    }

    private static bool IsModifier(in Token token) =>
        token.Pos is UniversalPos.ADJ or UniversalPos.DET
        || (token.Pos == UniversalPos.NUM && Feature(token.Features, "NumType").SequenceEqual("Ord"));

    /// <summary>The nominative of <paramref name="lemma"/> for a target: m, f, n (singular), p (adjective plural) or P (noun plural).</summary>
    private string Generate(string lemma, char target)
    {
        if (target == 'm') return lemma;
        Span<char> lower = lemma.Length <= 64 ? stackalloc char[lemma.Length] : new char[lemma.Length];
        WordAnalyzer.ToLookupForm(lemma, lower);
        Span<char> key = stackalloc char[8];
        key[0] = target;
        for (int length = Math.Min(5, lower.Length); length >= 1; length--)
        {
            lower[^length..].CopyTo(key[1..]);
            int entry = _model.GenerationKeys.Find(key[..(length + 1)]);
            if (entry < 0) continue;
            int rule = _model.GenerationRule[entry];
            int cut = Math.Min(_model.RuleCut[rule], lemma.Length);
            return string.Concat(lemma.AsSpan(0, lemma.Length - cut), _model.RuleAdd[rule]);
        }
        return lemma;
    }

    /// <summary>The gender the modifiers agree with: the head's own, or (for a plural head) its lemma's.</summary>
    private char GenderOf(in Token head)
    {
        var gender = Feature(head.Features, "Gender");
        if (gender.IsEmpty && head.Lemma is not null)
        {
            Span<Candidate> candidates = stackalloc Candidate[WordAnalyzer.MaxCandidates];
            int count = _analyzer.AnalyzeWord(head.Lemma, candidates, out _);
            foreach (var candidate in candidates[..count])
            {
                var tag = _model.Tags[candidate.Tag];
                if (tag.Class == WordClass.Noun && tag.Case == TagInfo.Nominative && tag.Number == TagInfo.Singular && tag.Gender != 0)
                {
                    return tag.Gender switch { TagInfo.Feminine => 'f', TagInfo.Neuter => 'n', _ => 'm' };
                }
            }
        }
        return gender switch
        {
            "Fem" => 'f',
            "Neut" => 'n',
            _ => 'm',
        };
    }

    /// <summary>Gives <paramref name="word"/> the capitalization of <paramref name="written"/>: all capitals, or a capital first letter.</summary>
    private static string RestoreCase(string word, string written)
    {
        switch (WordAnalyzer.CasingOf(written))
        {
            case Casing.Upper:
                return word.ToUpperInvariant();
            case Casing.Title when word.Length > 0 && char.IsLower(word[0]):
                return string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
            default:
                return word;
        }
    }

    private static void AppendAsWritten(System.Text.StringBuilder builder, ReadOnlySpan<Token> tokens, string text, int from)
    {
        builder.Append(text, tokens[from].Span.Start, tokens[^1].Span.End - tokens[from].Span.Start);
    }

    /// <summary>The value of a UD feature in a <c>Name=Value|…</c> string, or empty.</summary>
    internal static ReadOnlySpan<char> Feature(string? features, string name)
    {
        if (features is null) return default;
        var rest = features.AsSpan();
        while (!rest.IsEmpty)
        {
            int bar = rest.IndexOf('|');
            var pair = bar < 0 ? rest : rest[..bar];
            if (pair.Length > name.Length && pair[name.Length] == '=' && pair.StartsWith(name, StringComparison.Ordinal))
            {
                return pair[(name.Length + 1)..];
            }
            rest = bar < 0 ? default : rest[(bar + 1)..];
        }
        return default;
    }
}
