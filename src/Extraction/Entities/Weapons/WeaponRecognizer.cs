using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Finds WEAPON mentions in one sentence whose tokens carry the morphology stage's lemmas, following the span
/// conventions of the gold set (docs/annotation/weapons.md):
/// <list type="number">
/// <item>Named systems: knowledge-base aliases over one or more tokens (longest first; an inflected one-word name
/// through its lemma), and model designations whose letter part is a known prefix (Су-34, F-16, Х-101, KN-23),
/// whether the tokenizer keeps them as one token or splits them at the hyphen.</item>
/// <item>Class phrases: a head noun (ракета, БпЛА) with the defining modifiers right before it (крилаті, 152-мм)
/// and a hyphenated compound after it (дрони-камікадзе); a generic head (система, засіб) only with such a modifier
/// or a defining genitive after it (засоби ППО, системи протиповітряної оборони).</item>
/// <item>An adjective whose head noun is left out before a conjunction (крилатих і балістичних ракет).</item>
/// <item>Names from context right after a weapon mention: a quoted name, Latin words, or any designation.</item>
/// </list>
/// Work per token is a few frozen-dictionary lookups on stack buffers. Immutable and thread-safe.
/// </summary>
internal sealed class WeaponRecognizer
{
    private const byte Free = 0, SystemToken = 1, ClassToken = 2;
    private const int MaxKey = 128;

    private static readonly Lazy<WeaponRecognizer> LazyDefault = new(() => new WeaponRecognizer(WeaponLexicon.Default));

    private readonly WeaponLexicon _lexicon;

    public WeaponRecognizer(WeaponLexicon lexicon) => _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>The recognizer over the embedded lexicon and knowledge base.</summary>
    public static WeaponRecognizer Default => LazyDefault.Value;

    /// <summary>Adds the mentions of one sentence's <paramref name="tokens"/> to <paramref name="output"/>, ordered by position, never overlapping.</summary>
    public void Recognize(ReadOnlySpan<Token> tokens, List<WeaponMatch> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int n = tokens.Length;
        if (n == 0) return;
        Span<byte> state = n <= 512 ? stackalloc byte[n] : new byte[n];
        state.Clear();
        int firstOutput = output.Count;

        FindSystems(tokens, state, output);
        FindClasses(tokens, state, output);
        FindElidedHeads(tokens, state, output);
        FindNamesFromContext(tokens, state, output);

        output.Sort(firstOutput, output.Count - firstOutput, MatchOrder.Instance);
    }

    // ---- named systems and designations ----

    private void FindSystems(ReadOnlySpan<Token> tokens, Span<byte> state, List<WeaponMatch> output)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!StartsName(tokens, i)) continue;
            int end = MatchAlias(tokens, i, out bool weak);
            // A name that is also a common word, capitalized inside the sentence, is used as a name (Кинджалами).
            if (end == i + 1 && weak && i > 0 && tokens[i].Pos == UniversalPos.NOUN && char.IsUpper(tokens[i].Text[0])
                && !IsOpeningQuote(tokens[i - 1]) && tokens[i - 1].Text is not ("." or "!" or "?" or ":" or "—" or "–")) weak = false;
            // A Cyrillic one-word name right after a capitalized name is a person's name (Юлієм Цезарем).
            if (end == i + 1 && i > 0 && tokens[i - 1].Pos == UniversalPos.PROPN && char.IsUpper(tokens[i - 1].Text[0])
                && tokens[i].Text[0] is >= '\u0400' and <= '\u04FF') weak = true;
            if (end > i && !weak)
            {
                end = ExtendLatinName(tokens, i, ExtendDesignation(tokens, end));
                Add(output, state, i, end, WeaponKind.System, 1.0);
                i = end - 1;
                continue;
            }
            end = MatchDesignation(tokens, i, requirePrefix: true);
            if (end > i)
            {
                Add(output, state, i, end, WeaponKind.System, 1.0);
                i = end - 1;
            }
        }
    }

    /// <summary>A name may start here: a word, number or abbreviation not glued by a hyphen to the token before it.</summary>
    private static bool StartsName(ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)) return false;
        return i == 0 || !Attached(tokens, i - 1) || !IsHyphen(tokens[i - 1]);
    }

    /// <summary>End of the longest knowledge-base alias starting at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private int MatchAlias(ReadOnlySpan<Token> tokens, int i, out bool weak)
    {
        weak = false;
        Span<char> key = stackalloc char[MaxKey];
        int best = i;
        int length = 0;
        if (tokens[i].Normalized.Length > MaxKey) return i;
        int first = AliasKey.Normalize(tokens[i].Normalized, key);
        int firstCut = key[..first].IndexOfAny(" -/");
        bool canStart = _lexicon.IsAliasStart(key[..(firstCut < 0 ? first : firstCut)]);
        for (int k = i; canStart && k < tokens.Length && k - i < WeaponLexicon.MaxAliasTokens; k++)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.Punctuation && !IsHyphen(t) && t.Text != "/") break;
            if (k > i && !Attached(tokens, k - 1))
            {
                if (length >= MaxKey) break;
                key[length++] = ' ';
            }
            if (length + t.Normalized.Length > MaxKey) break;
            length += AliasKey.Normalize(t.Normalized, key[length..]);
            if (_lexicon.TryGetSystem(key[..length], out bool w))
            {
                best = k + 1;
                weak = w;
            }
        }
        if (best > i) return best;

        // An inflected one-word name: шахедами → шахед, «Тушки» → тушка.
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || token.Pos is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.X)
            || EndsInsideDesignation(tokens, i + 1)) return i;
        if (token.Lemma is { Length: > 0 and <= MaxKey } lemma)
        {
            int l = AliasKey.Normalize(lemma, key);
            if (_lexicon.TryGetSystem(key[..l], out weak)) return i + 1;
        }
        if (char.IsUpper(token.Text[0]) && token.Pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.X
            && !IsUpper(token.Text) && token.Normalized.Length <= MaxKey)
        {
            int l = AliasKey.Normalize(token.Normalized, key);
            for (int cut = 1; cut <= 3 && l - cut >= 3; cut++)
            {
                if (_lexicon.TryGetSystem(key[..(l - cut)], out weak)) return i + 1;
            }
        }
        return i;
    }

    /// <summary>True when the token at <paramref name="end"/> continues a designation glued to the one before (Шахед|-136).</summary>
    private static bool EndsInsideDesignation(ReadOnlySpan<Token> tokens, int end) =>
        end < tokens.Length && end + 1 < tokens.Length && Attached(tokens, end - 1) && IsHyphen(tokens[end]) && Attached(tokens, end)
        && tokens[end + 1].Kind is TokenKind.Number or TokenKind.Word && HasDigitOrIsShort(tokens[end + 1].Text);

    private static bool HasDigitOrIsShort(string s)
    {
        foreach (char c in s) if (char.IsDigit(c)) return true;
        return s.Length <= 2 && char.IsUpper(s[0]);
    }

    /// <summary>Extends a name through glued designation parts (Іскандер-М2 when only Іскандер-М is known).</summary>
    private static int ExtendDesignation(ReadOnlySpan<Token> tokens, int end)
    {
        while (end + 1 < tokens.Length && Attached(tokens, end - 1) && IsHyphen(tokens[end]) && Attached(tokens, end)
               && tokens[end + 1].Kind is TokenKind.Number or TokenKind.Word && HasDigitOrIsShort(tokens[end + 1].Text))
        {
            end += 2;
        }
        return end;
    }

    /// <summary>
    /// End of a model designation starting at <paramref name="i"/> (letters, optional hyphen, then a part with a digit:
    /// Су-34, Ту-95МС, F-16, K2, M777), as one token or as glued tokens; <paramref name="i"/> when there is none.
    /// </summary>
    private int MatchDesignation(ReadOnlySpan<Token> tokens, int i, bool requirePrefix)
    {
        if (!HasDigit(tokens[i].Text) && !(Attached(tokens, i) && IsHyphen(tokens[i + 1]))) return i;
        int end = i + 1;
        while (end + 1 < tokens.Length && Attached(tokens, end - 1) && Attached(tokens, end)
               && IsHyphen(tokens[end]) && tokens[end + 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
        {
            end += 2;
        }
        while (end < tokens.Length && Attached(tokens, end - 1) && tokens[end].Kind is TokenKind.Word or TokenKind.Number)
        {
            end++; // Т-72Б3 split as Т - 72 Б3
        }

        Span<char> chain = stackalloc char[MaxKey];
        int length = 0;
        for (int k = i; k < end; k++)
        {
            var text = tokens[k].Normalized.AsSpan();
            if (length + text.Length > MaxKey) return i;
            text.CopyTo(chain[length..]);
            length += text.Length;
        }
        var s = chain[..length];
        int letters = 0;
        while (letters < s.Length && char.IsLetter(s[letters])) letters++;
        if (letters == 0 || letters > 8) return i;
        bool hyphen = letters < s.Length && IsHyphenChar(s[letters]);
        int rest = hyphen ? letters + 1 : letters;
        if (rest >= s.Length || !HasDigit(s[rest..]) || s[rest] == '0') return i; // '0': road numbers (М-06)
        // Without a hyphen only short upper-case prefixes with two digits or more count (M777, not F1 or words with digits glued on).
        if (!hyphen && (letters > 4 || !IsUpper(s[..letters]) || s.Length - rest < 2 || !char.IsAsciiDigit(s[rest + 1]))) return i;
        if (requirePrefix)
        {
            Span<char> lower = stackalloc char[letters];
            s[..letters].ToLowerInvariant(lower);
            if (!_lexicon.IsPrefix(lower)) return i;
        }
        end = ExtendLatinName(tokens, i, end);
        return end;
    }

    /// <summary>A Latin designation takes one or two capitalized Latin words after it (MQ-9 Reaper, MIM-23 HAWK).</summary>
    private static int ExtendLatinName(ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (!IsLatin(tokens[start].Text)) return end;
        for (int words = 0; words < 2 && end < tokens.Length; words++)
        {
            var next = tokens[end];
            if (next.Kind != TokenKind.Word || !IsLatin(next.Text) || !char.IsUpper(next.Text[0])) break;
            if (next.Span.Start - tokens[end - 1].Span.End != 1) break;
            end++;
        }
        return end;
    }

    // ---- class phrases ----

    private void FindClasses(ReadOnlySpan<Token> tokens, Span<byte> state, List<WeaponMatch> output)
    {
        for (int h = 0; h < tokens.Length; h++)
        {
            if (state[h] != Free) continue;
            var role = NounRole(tokens[h]);
            if (role is not (WeaponRole.Head or WeaponRole.Generic)) continue;

            int start = ExtendLeft(tokens, state, h, out bool modified);
            if (start > 0 && IsCivilian(tokens[start - 1])) continue;
            if (IsInServiceIdiom(tokens, start, h)) continue;
            int end = h + 1;
            // A hyphenated compound after the head stays in (дрони-камікадзе, ракет-перехоплювачів).
            if (end + 1 < tokens.Length && IsHyphen(tokens[end]) && Attached(tokens, end)
                && tokens[end + 1].Kind == TokenKind.Word && state[end + 1] == Free && !HasDigit(tokens[end + 1].Text))
            {
                end += 2;
            }
            if (role == WeaponRole.Generic && !modified)
            {
                int genitiveEnd = MatchGenitive(tokens, state, end);
                if (genitiveEnd == end) continue;
                end = genitiveEnd;
            }
            else if (end < tokens.Length && state[end] == Free && tokens[end].Text is "ППО" or "ПРО")
            {
                end++; // "ракети ППО", "радари ПРО": the defence the weapon serves is part of its class
            }
            Add(output, state, start, end, WeaponKind.Class, 1.0);
            h = end - 1;
        }
    }

    /// <summary>"має на озброєнні", "прийняли на озброєння": the idiom for "in service" names no weapon.</summary>
    private static bool IsInServiceIdiom(ReadOnlySpan<Token> tokens, int start, int head) =>
        start == head && head > 0 && tokens[head].Lemma == "озброєння" && tokens[head - 1].Normalized.Equals("на", StringComparison.OrdinalIgnoreCase);

    /// <summary>The head or generic role of a noun token through its lemma, its surface, an abbreviation's capital letters, or a hyphenated part.</summary>
    private WeaponRole NounRole(in Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation)) return WeaponRole.None;
        // Only nouns, unknown words and capitalized abbreviations the tagger misread (БпЛА as an adjective) can be heads.
        if (token.Pos is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.X) && !HasUpperAfterFirst(token.Text)) return WeaponRole.None;
        Span<char> lower = stackalloc char[MaxKey];
        string surface = token.Normalized;
        if (surface.Length > MaxKey) return WeaponRole.None;

        if (token.Lemma is { Length: > 0 and <= MaxKey } lemma && token.Pos is not (UniversalPos.ADJ or UniversalPos.VERB or UniversalPos.ADV or UniversalPos.ADP))
        {
            int l = lemma.AsSpan().ToLowerInvariant(lower);
            var byLemma = _lexicon.RoleOf(lower[..l]);
            if (byLemma is WeaponRole.Head or WeaponRole.Generic) return byLemma;
        }
        // The lemma decides for ordinary lower-case words; the surface matters for abbreviations, unknown and hyphenated words.
        bool lemmaDecides = token.Lemma is not null && token.Pos == UniversalPos.NOUN && !HasUpperAfterFirst(surface) && !surface.Contains('-');
        if (lemmaDecides) return WeaponRole.None;
        int n = surface.AsSpan().ToLowerInvariant(lower);
        var bySurface = _lexicon.RoleOf(lower[..n]);
        if (bySurface is WeaponRole.Head or WeaponRole.Generic) return bySurface;

        // An abbreviation with a case ending: КАБи, КАБів, НАРів.
        int caps = 0;
        while (caps < surface.Length && char.IsUpper(surface[caps])) caps++;
        if (caps >= 2 && caps < surface.Length)
        {
            var byCaps = _lexicon.RoleOf(lower[..caps]);
            if (byCaps == WeaponRole.Head) return byCaps;
        }

        // One token holding a hyphenated compound: the head is its first or last part (дрони-камікадзе, ракето-бомби).
        int hyphen = lower[..n].IndexOf('-');
        if (hyphen > 0 && hyphen < n - 1)
        {
            var last = RoleOfInflected(lower[(hyphen + 1)..n]);
            if (last != WeaponRole.None) return last;
            return hyphen >= 5 ? RoleOfInflected(lower[..hyphen]) : WeaponRole.None;
        }
        return WeaponRole.None;
    }

    private WeaponRole RoleOfInflected(ReadOnlySpan<char> lower)
    {
        for (int cut = 0; cut <= 3 && lower.Length - cut >= 3; cut++)
        {
            var role = _lexicon.NounRoleOfStem(lower[..(lower.Length - cut)]);
            if (role != WeaponRole.None) return role;
        }
        return _lexicon.RoleOf(lower) is WeaponRole.Head ? WeaponRole.Head : WeaponRole.None;
    }

    private bool IsCivilian(in Token token)
    {
        Span<char> lower = stackalloc char[MaxKey];
        return token.Pos == UniversalPos.ADJ && _lexicon.RoleOf(LowerLemma(token, lower)) == WeaponRole.Civilian;
    }

    private bool IsModifier(in Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation)) return false;
        Span<char> lower = stackalloc char[MaxKey];
        if (token.Lemma is { Length: > 0 and <= MaxKey } lemma && token.Pos is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.VERB))
        {
            int l = lemma.AsSpan().ToLowerInvariant(lower);
            if (_lexicon.RoleOf(lower[..l]) == WeaponRole.Modifier) return true;
        }
        // The surface matters only where the lemma may not: Latin or upper-case modifiers (FPV).
        if (token.Normalized.Length > MaxKey || token.Lemma is not null && !HasUpperAfterFirst(token.Text) && !IsLatin(token.Text)) return false;
        int n = token.Normalized.AsSpan().ToLowerInvariant(lower);
        return _lexicon.RoleOf(lower[..n]) == WeaponRole.Modifier;
    }

    /// <summary>Start of the defining modifiers before the head at <paramref name="h"/> (adjectives, calibres, hyphen-glued parts).</summary>
    private int ExtendLeft(ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> state, int h, out bool modified)
    {
        modified = false;
        int start = h;
        int j = h - 1;
        while (j >= 0 && state[j] == Free)
        {
            var t = tokens[j];
            if (IsModifier(t) || IsCalibre(t))
            {
                start = j;
                modified = true;
                j--;
            }
            else if (IsHyphen(t) && Attached(tokens, j) && j >= 1 && state[j - 1] == Free
                     && tokens[j - 1].Kind is TokenKind.Word or TokenKind.Abbreviation && !HasDigit(tokens[j - 1].Text))
            {
                // A part glued by a hyphen: зенітно-|ракетні, FPV -|дронів, ракето-|бомби.
                start = j - 1;
                modified = true;
                j -= 2;
            }
            else
            {
                break;
            }
        }
        return start;
    }

    /// <summary>A calibre written as a number with an ending: 152-мм, 155-міліметрові.</summary>
    private static bool IsCalibre(in Token token)
    {
        if (token.Kind != TokenKind.Number) return false;
        var s = token.Normalized.AsSpan();
        int hyphen = s.IndexOf('-');
        if (hyphen <= 0) return false;
        var ending = s[(hyphen + 1)..];
        return ending.StartsWith("мм", StringComparison.OrdinalIgnoreCase) || ending.StartsWith("міліметр", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>End of a defining genitive (ППО, протиповітряної оборони) starting at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    private int MatchGenitive(ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> state, int start)
    {
        Span<char> key = stackalloc char[MaxKey];
        Span<char> surface = stackalloc char[MaxKey];
        int length = 0;
        int best = start;
        for (int k = start; k < tokens.Length && k - start < 3; k++)
        {
            if (state[k] != Free || tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation)) break;
            string word = tokens[k].Lemma is { Length: > 0 } lemma && tokens[k].Kind == TokenKind.Word ? lemma : tokens[k].Normalized;
            if (length + word.Length + 1 > MaxKey) break;
            if (k > start) key[length++] = ' ';
            length += word.AsSpan().ToLowerInvariant(key[length..]);
            if (_lexicon.IsGenitive(key[..length])) best = k + 1;
            else if (k == start && tokens[k].Normalized.Length <= MaxKey)
            {
                // An abbreviation the morphology lemmatized oddly (ППО → ппо is fine, but РЕБ may not be).
                int l = tokens[k].Normalized.AsSpan().ToLowerInvariant(surface);
                if (_lexicon.IsGenitive(surface[..l])) best = k + 1;
            }
        }
        return best;
    }

    // ---- elided heads ----

    /// <summary>A run of modifiers with no head, joined by a conjunction to a class phrase: крилатих | і балістичних ракет.</summary>
    private void FindElidedHeads(ReadOnlySpan<Token> tokens, Span<byte> state, List<WeaponMatch> output)
    {
        Span<char> buffer = stackalloc char[MaxKey];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (state[i] != Free || tokens[i].Pos != UniversalPos.ADJ || !IsModifier(tokens[i])) continue;
            int end = i + 1;
            while (end < tokens.Length && state[end] == Free && IsModifier(tokens[end]) && tokens[end].Pos == UniversalPos.ADJ) end++;
            bool before = end + 1 < tokens.Length && IsConjunction(tokens[end]) && state[end + 1] == ClassToken && IsModifier(tokens[end + 1]);
            // "дві крилаті Х-101", "балістичні «Іскандер-М»": an adjective that names a missile class by itself.
            int next = end < tokens.Length && IsOpeningQuote(tokens[end]) ? end + 1 : end;
            before |= next < tokens.Length && state[next] == SystemToken && end - i == 1 && _lexicon.IsStandalone(LowerLemma(tokens[i], buffer));
            bool after = i >= 2 && IsConjunction(tokens[i - 1]) && state[i - 2] == ClassToken
                         && (end == tokens.Length || tokens[end].Kind == TokenKind.Punctuation);
            if (before || after) Add(output, state, i, end, WeaponKind.Class, 0.8);
            i = end - 1;
        }
    }

    private static ReadOnlySpan<char> LowerLemma(in Token token, Span<char> buffer)
    {
        string text = token.Lemma ?? token.Normalized;
        if (text.Length > buffer.Length) return [];
        int n = text.AsSpan().ToLowerInvariant(buffer);
        return buffer[..n];
    }

    private static bool IsConjunction(in Token token) =>
        token.Text is "і" or "й" or "та" or "або" or "чи" or ",";

    // ---- names from context ----

    /// <summary>After a weapon mention (and an optional "типу"): a quoted name, Latin words, a designation, or a knowledge-base name that is also an ordinary word.</summary>
    private void FindNamesFromContext(ReadOnlySpan<Token> tokens, Span<byte> state, List<WeaponMatch> output)
    {
        for (int i = 1; i < tokens.Length; i++)
        {
            if (state[i] != Free || !FollowsWeapon(tokens, state, i)) continue;
            int start = i;
            if (IsLinkWord(tokens[start]) && start + 1 < tokens.Length) start++;
            bool quoted = IsOpeningQuote(tokens[start]);
            if (quoted) start++;
            if (start >= tokens.Length || state[start] != Free || !StartsName(tokens, start) || !char.IsUpper(tokens[start].Text[0]) && !char.IsDigit(tokens[start].Text[0])) continue;

            int end;
            if (quoted)
            {
                end = start;
                while (end < tokens.Length && end - start < 5 && !IsClosingQuote(tokens[end]) && state[end] == Free) end++;
                if (end >= tokens.Length || !IsClosingQuote(tokens[end]) || end == start) continue;
                if (tokens[end - 1].Kind == TokenKind.Punctuation && !IsHyphen(tokens[end - 1])) continue;
            }
            else
            {
                end = MatchAlias(tokens, start, out bool weak);
                // Unquoted, a name that is also a place or a person's name stays that (постачання снарядів Москві).
                if (end > start && weak && tokens[start].Pos == UniversalPos.PROPN && !AfterSlash(tokens, start)) continue;
                if (end == start) end = MatchDesignation(tokens, start, requirePrefix: false);
                if (end == start && IsLatin(tokens[start].Text) && tokens[start].Kind == TokenKind.Word) end = ExtendLatinName(tokens, start, start + 1);
                if (end == start) continue;
            }
            for (int k = start; k < end; k++)
            {
                if (state[k] != Free) goto next;
            }
            Add(output, state, start, end, WeaponKind.System, quoted ? 0.9 : 0.8);
            i = end - 1;
        next:;
        }

        // A knowledge-base name that is also a word, standing alone in quotes: «Тушки», «Кинджал».
        for (int i = 1; i + 1 < tokens.Length; i++)
        {
            if (state[i] != Free || !IsOpeningQuote(tokens[i - 1])) continue;
            int end = MatchAlias(tokens, i, out _);
            if (end > i && end < tokens.Length && IsClosingQuote(tokens[end]))
            {
                Add(output, state, i, end, WeaponKind.System, 0.9);
                i = end;
            }
        }
    }

    /// <summary>
    /// True when a weapon mention ends right before <paramref name="i"/>, allowing a closing quote and a slash between
    /// (Шахед"/Герань), or when a named system and a conjunction do (Stockdale та Spruance, Т-55 і ПТ-76).
    /// </summary>
    private static bool FollowsWeapon(ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> state, int i)
    {
        int j = i - 1;
        if (j >= 1 && IsConjunction(tokens[j]) && state[j - 1] == SystemToken) return true;
        if (j >= 0 && tokens[j].Text == "/") j--;
        if (j >= 0 && IsClosingQuote(tokens[j]) && j + 1 < i) j--;
        if (j >= 0 && IsLinkWord(tokens[j]) && j == i - 1) j--;
        return j >= 0 && state[j] != Free;
    }

    /// <summary>True when a slash joins token <paramref name="i"/> to the word before it (Shahed/Герань): a list of names.</summary>
    private static bool AfterSlash(ReadOnlySpan<Token> tokens, int i) => i > 0 && tokens[i - 1].Text == "/";

    private static bool IsLinkWord(in Token token) => token.Text is "типу" or "тип" or "класу";

    private static bool IsOpeningQuote(in Token token) => token.Text is "«" or "\"" or "„" or "“";

    private static bool IsClosingQuote(in Token token) => token.Text is "»" or "\"" or "“" or "”";

    // ---- helpers ----

    private static void Add(List<WeaponMatch> output, Span<byte> state, int start, int end, WeaponKind kind, double confidence)
    {
        state[start..end].Fill(kind == WeaponKind.System ? SystemToken : ClassToken);
        output.Add(new WeaponMatch(start, end, kind, confidence));
    }

    /// <summary>True when token <paramref name="i"/> and the next one touch (no whitespace between).</summary>
    private static bool Attached(ReadOnlySpan<Token> tokens, int i) => i + 1 < tokens.Length && tokens[i].Span.End == tokens[i + 1].Span.Start;

    private static bool IsHyphen(in Token token) => token.Text.Length == 1 && IsHyphenChar(token.Text[0]);

    private static bool IsHyphenChar(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool HasDigit(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsAsciiDigit(c)) return true;
        return false;
    }

    private static bool HasUpperAfterFirst(string s)
    {
        for (int i = 1; i < s.Length; i++) if (char.IsUpper(s[i])) return true;
        return false;
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsUpper(c)) return false;
        return true;
    }

    private static bool IsLatin(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c) && c > '\u024F') return false;
        }
        return s.Length > 0 && char.IsLetter(s[0]);
    }

    private sealed class MatchOrder : IComparer<WeaponMatch>
    {
        public static readonly MatchOrder Instance = new();

        public int Compare(WeaponMatch x, WeaponMatch y) => x.FirstToken.CompareTo(y.FirstToken);
    }
}
