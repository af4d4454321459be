using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// Splits Ukrainian text into tokens in one pass over the caller's original characters (offsets never shift).
/// Boundaries follow UD Ukrainian-IU: punctuation is split off (the period of <c>вул.</c>, the comma of <c>10,5</c>,
/// the colon of <c>18:30</c>), whitespace always separates tokens, apostrophes stay inside words
/// (<c>п’ять</c>), and a hyphen joins only lexicalized words (<c>будь-який</c>, <c>по-перше</c>,
/// <c>Івано-Франківськ</c>, <c>Ростов-на-Дону</c>, <c>2016-го</c>) while compounds (<c>прес-секретар</c>,
/// <c>С-300</c>) are split at it. URLs, e-mails, hashtags, handles and emoji sequences are single tokens.
/// </summary>
/// <remarks>Stateless and thread-safe. Every character that is not whitespace belongs to exactly one token.</remarks>
public sealed class UkrainianTokenizer
{
    private const int MaxEmailLocalLength = 64;
    private const int MaxDomainLength = 253;
    private const int MaxDomainLabels = 8;
    private const int MaxSyllableChainProbe = 16;

    // A block's masks are used again after the scanner while at most this many of its characters are behind.
    private const int ReclassifyAfter = 40;

    /// <summary>The shared, stateless instance.</summary>
    public static UkrainianTokenizer Instance { get; } = new();

    private UkrainianTokenizer()
    {
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>; allocates nothing per token.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void Tokenize(ReadOnlySpan<char> text, List<RawToken> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int i = PlainRuns.IsAccelerated ? TokenizeBlocks(text, output) : 0;
        while (i < text.Length) i = Step(text, i, output);
    }

    /// <summary>The same tokens as <see cref="Tokenize(ReadOnlySpan{char}, List{RawToken})"/>, every one from the general scanner (the reference the block path is tested against).</summary>
    internal static void TokenizeWithoutBlocks(ReadOnlySpan<char> text, List<RawToken> output)
    {
        int i = 0;
        while (i < text.Length) i = Step(text, i, output);
    }

    // Classifies the text 64 characters at a time and takes the plain tokens from the bit masks, writing into the
    // list's spare capacity; every other token goes through Step. Returns where Step takes over: fewer than a block's
    // worth of characters before the end.
    private static int TokenizeBlocks(ReadOnlySpan<char> text, List<RawToken> output)
    {
        int count = output.Count;
        var buffer = Expose(output);
        int i = 0;
        // No exception can arise between Expose and SetCount (Step runs with the count set), so the list never shows
        // its unwritten slots to anyone.
        int blockStart = int.MinValue / 2;
        ulong letters = 0, digits = 0, spaces = 0;
        while (i <= text.Length - PlainRuns.BlockLength)
        {
            // After the scanner or a short word before a period, the rest of the block is still classified.
            int offset = i - blockStart;
            if ((uint)offset > ReclassifyAfter)
            {
                letters = PlainRuns.Classify(text, i, out digits, out spaces);
                blockStart = i;
                offset = 0;
            }
            i = TakePlainTokens(
                text, i, letters >> offset, digits >> offset, spaces >> offset, PlainRuns.BlockLength - offset, buffer, ref count, out var stop);
            if (stop == PlainStop.WordBeforePeriod)
            {
                // A short word, a period and whitespace: an abbreviation (вул. т. млн.) or an initial, or a plain word.
                int length = PlainRuns.LetterRunEnd(text, i) - i;
                var kind = IsAbbreviation(text.Slice(i, length)) ? TokenKind.Abbreviation : TokenKind.Word;
                buffer[count++] = new RawToken(i, length, kind, TokenFlags.None);
                buffer[count++] = new RawToken(i + length, 1, TokenKind.Punctuation, TokenFlags.None);
                i += length + 2;
            }
            else if (stop == PlainStop.NeedsScanner)
            {
                CollectionsMarshal.SetCount(output, count);
                i = Step(text, i, output);
                count = output.Count;
                buffer = Expose(output);
            }
            else
            {
                blockStart = int.MinValue / 2;
                if (count > buffer.Length - 2) buffer = Grow(output, count);
            }
        }
        CollectionsMarshal.SetCount(output, count);
        return i;
    }

    private enum PlainStop : byte
    {
        /// <summary>Near the block's end or the buffer's: classify again from the stop, and grow if needed.</summary>
        Refill,
        /// <summary>The token at the stop needs the full scanner.</summary>
        NeedsScanner,
        /// <summary>A word of at most eight plain letters, a period and whitespace: the abbreviation look-up decides the word's kind.</summary>
        WordBeforePeriod,
    }

    // Takes the tokens at i for as long as they are plain (bit 0 of the masks stands for i; left of them are valid): a run of plain letters and
    // ASCII digits ended by plain whitespace or by a plain mark (слово, 2024, слово» слово:) and the mark, a plain mark
    // before a plain letter or whitespace. A leaf method, kept out of its caller so that its loop has every register to
    // itself: per token the dependent work is a bit scan and shifts.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TakePlainTokens(
        ReadOnlySpan<char> text, int i, ulong letters, ulong digits, ulong spaces, int left, Span<RawToken> buffer, ref int count, out PlainStop stop)
    {
        ulong words = letters | digits;
        int n = count;
        stop = PlainStop.Refill;
        while (n <= buffer.Length - 2)
        {
            int step;
            if ((words & 1) != 0)
            {
                int length = BitOperations.TrailingZeroCount(~words);
                if (length >= left - 1)
                {
                    // The run may go on past the block: classify again from its start, unless it already is the start.
                    if (left == PlainRuns.BlockLength) stop = PlainStop.NeedsScanner;
                    break;
                }
                // Letters make a word; digits alone a number (a number never looks up abbreviations).
                ulong run = (1UL << length) - 1;
                var kind = (letters & run) != 0 ? TokenKind.Word : TokenKind.Number;
                if (((spaces >> length) & 1) != 0)
                {
                    buffer[n++] = new RawToken(i, length, kind, TokenFlags.None);
                    step = length + 1;
                }
                else
                {
                    char mark = text[i + length];
                    ulong afterMark = (letters | spaces) >> (length + 1);
                    if (!PlainRuns.IsPlainMark(mark) || (afterMark & 1) == 0)
                    {
                        stop = PlainStop.NeedsScanner;
                        break;
                    }
                    if (mark == '.')
                    {
                        // Before a letter the period may sit inside a domain name; after up to eight plain letters it
                        // may end an abbreviation (longer words and words with digits are none).
                        if (((spaces >> (length + 1)) & 1) == 0 || (digits & run) == 0 && length <= Abbreviations.MaxLength)
                        {
                            stop = ((spaces >> (length + 1)) & 1) != 0 ? PlainStop.WordBeforePeriod : PlainStop.NeedsScanner;
                            break;
                        }
                    }
                    buffer[n++] = new RawToken(i, length, kind, TokenFlags.None);
                    buffer[n++] = new RawToken(i + length, 1, TokenKind.Punctuation, TokenFlags.None);
                    step = length + 1 + (int)((spaces >> (length + 1)) & 1);
                }
            }
            else if ((spaces & 1) != 0)
            {
                step = 1;
            }
            else
            {
                if (left < 2) break;
                if (!PlainRuns.IsPlainMark(text[i]) || (((letters | spaces) >> 1) & 1) == 0)
                {
                    stop = PlainStop.NeedsScanner;
                    break;
                }
                buffer[n++] = new RawToken(i, 1, TokenKind.Punctuation, TokenFlags.None);
                step = 1 + (int)((spaces >> 1) & 1);
            }
            i += step;
            left -= step;
            if (left == 0) break;
            words >>= step;
            letters >>= step;
            digits >>= step;
            spaces >>= step;
        }
        count = n;
        return i;
    }

    // The list's spare capacity as writable slots (the count is set back when writing ends).
    private static Span<RawToken> Expose(List<RawToken> output)
    {
        CollectionsMarshal.SetCount(output, output.Capacity);
        return CollectionsMarshal.AsSpan(output);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Span<RawToken> Grow(List<RawToken> output, int count)
    {
        CollectionsMarshal.SetCount(output, count);
        output.EnsureCapacity(count + 2);
        return Expose(output);
    }

    // One token (or one whitespace character) at i; returns the index after it. Not inlined into the block loop,
    // whose registers are worth more than the call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Step(ReadOnlySpan<char> text, int i, List<RawToken> output)
    {
        byte e = CharClasses.Entry(text[i]);
        // Most tokens are plain words or single punctuation marks: take them without the general dispatch.
        if (e == (byte)CharClass.Letter)
        {
            int k = PlainRuns.LetterRunEnd(text, i + 1);
            if (k == text.Length)
            {
                output.Add(new RawToken(i, k - i, TokenKind.Word, TokenFlags.None));
                return k;
            }
            byte next = CharClasses.Entry(text[k]);
            if (next == (byte)CharClass.Space)
            {
                output.Add(new RawToken(i, k - i, TokenKind.Word, TokenFlags.None));
                return k + 1;
            }
            if (next == (byte)CharClass.Terminal || (next == (byte)CharClass.Punctuation && text[k] is not (':' or '_')))
            {
                // Word, or Word? — a mark that can neither join the word nor start a URL or an e-mail.
                output.Add(new RawToken(i, k - i, TokenKind.Word, TokenFlags.None));
                return k;
            }
            if (next == (byte)CharClass.Period && !IsDomainCharAt(text, k + 1))
            {
                var kind = IsAbbreviation(text[i..k]) ? TokenKind.Abbreviation : TokenKind.Word;
                output.Add(new RawToken(i, k - i, kind, TokenFlags.None));
                return k;
            }
            return ScanWord(text, i, i, 0, output);
        }
        if (e == (byte)CharClass.Space) return i + 1;
        if (e is (byte)CharClass.Punctuation or (byte)CharClass.Period or (byte)CharClass.Terminal or (byte)CharClass.Hyphen
            && (i + 1 == text.Length || CharClasses.Entry(text[i + 1]) == (byte)CharClass.Space))
        {
            // A mark standing before whitespace is one token whatever it is.
            output.Add(new RawToken(i, 1, TokenKind.Punctuation, TokenFlags.None));
            return i + 2;
        }
        if (e == (byte)CharClass.Punctuation && text[i] is not (':' or ';') && !IsMarkOrInvisible(text[i + 1]))
        {
            output.Add(new RawToken(i, 1, TokenKind.Punctuation, TokenFlags.None));
            return i + 1;
        }
        return ScanToken(text, i, output);
    }

    /// <summary>Tokenizes <paramref name="text"/> into <see cref="Token"/> values.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = new List<RawToken>(Math.Max(4, text.Length / 6));
        Tokenize(text.AsSpan(), raw);
        var tokens = new Token[raw.Count];
        for (int i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            string surface = text.Substring(r.Start, r.Length);
            string normalized = (r.Flags & TokenFlags.NeedsNormalization) != 0 ? TokenNormalizer.Normalize(surface) : surface;
            tokens[i] = new Token(r.Span, r.Kind, surface, normalized);
        }
        return tokens;
    }

    /// <summary>The kind the tokenizer gives <paramref name="chunk"/> read as one token (used for pretokenized input).</summary>
    internal TokenKind Classify(ReadOnlySpan<char> chunk, List<RawToken> scratch)
    {
        scratch.Clear();
        Tokenize(chunk, scratch);
        if (scratch.Count == 0) return TokenKind.Other;
        var first = scratch[0];
        if (scratch.Count == 2 && first.Kind == TokenKind.Abbreviation && chunk[scratch[1].Start] == '.') return TokenKind.Abbreviation;
        return first.Kind;
    }

    // Scans the token(s) starting at a non-space character and returns the index after them.
    private static int ScanToken(ReadOnlySpan<char> text, int start, List<RawToken> output)
    {
        int acc = 0;
        int p = IsMarkOrInvisible(text[start]) ? SkipInvisible(text, start, ref acc) : start;
        if (p == text.Length || ClassAt(text, p) == CharClass.Space)
        {
            // Invisible characters standing alone are still covered, as one token.
            return Emit(output, text, start, p, TokenKind.Other, acc, absorbTrailing: false);
        }

        char c = text[p];
        switch (ClassAt(text, p))
        {
            case CharClass.Letter:
                return ScanWord(text, start, p, acc, output);
            case CharClass.Digit:
                return ScanNumber(text, start, p, acc, output);
            case CharClass.Hyphen:
            {
                int end = p + 1;
                if (c == '-')
                {
                    while (end < text.Length && text[end] == '-') end++;
                }
                return Emit(output, text, start, end, TokenKind.Punctuation, acc);
            }
            case CharClass.Period:
            case CharClass.Terminal:
            {
                int end = p + 1;
                while (end < text.Length && ClassAt(text, end) is CharClass.Period or CharClass.Terminal) end++;
                return Emit(output, text, start, end, TokenKind.Punctuation, acc);
            }
            case CharClass.Apostrophe:
                return Emit(output, text, start, p + 1, TokenKind.Punctuation, acc | Entry(c));
            case CharClass.Punctuation:
            {
                int emoticon = EmoticonEnd(text, p);
                if (emoticon > p) return Emit(output, text, start, emoticon, TokenKind.Emoji, acc, absorbTrailing: false);
                return Emit(output, text, start, p + 1, TokenKind.Punctuation, acc);
            }
            case CharClass.Symbol:
                return ScanSymbol(text, start, p, acc, output);
            case CharClass.HighSurrogate:
                return ScanSupplementary(text, start, p, acc, output);
            default:
                // Lone low surrogates, controls, private-use and unassigned code units.
                return Emit(output, text, start, p + 1, TokenKind.Other, acc);
        }
    }

    private static int ScanSymbol(ReadOnlySpan<char> text, int start, int p, int acc, List<RawToken> output)
    {
        char c = text[p];
        if (c == '#' && p + 1 < text.Length && IsLetterAt(text, p + 1))
        {
            int end = ScanTagBody(text, p + 1, ref acc);
            return Emit(output, text, start, end, TokenKind.Hashtag, acc);
        }
        if (c == '@' && p + 1 < text.Length && (IsLetterAt(text, p + 1) || ClassAt(text, p + 1) == CharClass.Digit || text[p + 1] == '_'))
        {
            int end = ScanTagBody(text, p + 1, ref acc);
            // A handle may hold inner periods (@some.name) but not a final one.
            while (end + 1 < text.Length && text[end] == '.' && (IsLetterAt(text, end + 1) || ClassAt(text, end + 1) == CharClass.Digit))
            {
                end = ScanTagBody(text, end + 1, ref acc);
            }
            return Emit(output, text, start, end, TokenKind.Handle, acc);
        }
        int keycap = KeycapEnd(text, p);
        if (keycap > p) return Emit(output, text, start, keycap, TokenKind.Emoji, acc, absorbTrailing: false);
        if (IsEmojiStart(c) || (p + 1 < text.Length && text[p + 1] == '\uFE0F'))
        {
            return Emit(output, text, start, ScanEmoji(text, p), TokenKind.Emoji, acc, absorbTrailing: false);
        }
        return Emit(output, text, start, p + 1, TokenKind.Symbol, acc);
    }

    private static int ScanSupplementary(ReadOnlySpan<char> text, int start, int p, int acc, List<RawToken> output)
    {
        if (p + 1 >= text.Length || !char.IsLowSurrogate(text[p + 1]))
        {
            return Emit(output, text, start, p + 1, TokenKind.Other, acc);
        }
        int cp = char.ConvertToUtf32(text[p], text[p + 1]);
        if (IsEmojiStart(cp))
        {
            return Emit(output, text, start, ScanEmoji(text, p), TokenKind.Emoji, acc, absorbTrailing: false);
        }
        var rune = new Rune(cp);
        if (Rune.IsLetter(rune)) return ScanWord(text, start, p, acc, output);
        var kind = Rune.IsSymbol(rune) ? TokenKind.Symbol : Rune.IsPunctuation(rune) ? TokenKind.Punctuation : TokenKind.Other;
        return Emit(output, text, start, p + 2, kind, acc);
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int start, int p, int acc, List<RawToken> output)
    {
        int keycap = KeycapEnd(text, p);
        if (keycap > p) return Emit(output, text, start, keycap, TokenKind.Emoji, acc, absorbTrailing: false);
        int dateEnd = TryDateOrTime(text, start, p, acc, output);
        if (dateEnd > 0) return dateEnd;
        return ScanWord(text, start, p, acc, output);
    }

    // Words, numbers and their hyphenated or apostrophized forms; URLs and e-mails that begin like a word.
    private static int ScanWord(ReadOnlySpan<char> text, int start, int p, int acc, List<RawToken> output)
    {
        int partEnd = ScanPart(text, p, ref acc, out bool hasLetter, out bool hasDigit);
        if (partEnd == text.Length || CharClasses.Entry(text[partEnd]) == (byte)CharClass.Space)
        {
            // The common case: a plain word or number followed by whitespace.
            EmitRaw(output, start, partEnd, hasLetter ? TokenKind.Word : TokenKind.Number, acc);
            return partEnd;
        }
        if (partEnd + 1 < text.Length && MayContinueAsUrlOrEmail(text, p, partEnd))
        {
            int special = TryUrlOrEmail(text, p, out var specialKind);
            if (special > p)
            {
                for (int k = partEnd; k < special; k++) acc |= Entry(text[k]);
                return Emit(output, text, start, special, specialKind, acc);
            }
        }

        bool leftAllDigits = !hasLetter;
        bool numberWithSuffix = false;
        int partStart = p;
        int syllableChain = -1;
        while (partEnd + 1 < text.Length && ClassAt(text, partEnd) == CharClass.Hyphen && IsPartStart(text, partEnd + 1))
        {
            int hyphen = partEnd;
            int rightAcc = Entry(text[hyphen]);
            int rightStart = hyphen + 1;
            int rightEnd = ScanPart(text, rightStart, ref rightAcc, out bool rightLetter, out bool rightDigit);
            var left = text[partStart..hyphen];
            var right = text[rightStart..rightEnd];
            if (syllableChain < 0) syllableChain = CountShortParts(text, p);

            bool join;
            if (syllableChain >= 3 && IsShortLetters(left) && IsShortLetters(right))
            {
                join = true;
            }
            else if (rightEnd + 1 < text.Length && ClassAt(text, rightEnd) == CharClass.Hyphen && HyphenatedWords.IsLinker(right)
                && IsLetterAt(text, rightEnd + 1) && !ContainsDigit(left))
            {
                // Ростов-на-Дону, хоч-не-хоч, пліч-о-пліч: three parts make one word.
                rightAcc |= Entry(text[rightEnd]);
                rightStart = rightEnd + 1;
                rightEnd = ScanPart(text, rightStart, ref rightAcc, out _, out bool thirdDigit);
                join = !thirdDigit;
            }
            else
            {
                join = HyphenatedWords.Joins(left, right, leftAllDigits, rightLetter, rightDigit);
                if (join && leftAllDigits && partStart == p && !rightDigit) numberWithSuffix = true;
            }
            if (!join) break;

            acc |= rightAcc;
            hasLetter |= rightLetter;
            hasDigit |= rightDigit;
            leftAllDigits = !rightLetter;
            partStart = rightStart;
            partEnd = rightEnd;
        }

        TokenKind kind;
        if (!hasLetter || numberWithSuffix) kind = TokenKind.Number;
        else if (partEnd < text.Length && text[partEnd] == '.' && IsAbbreviation(text[p..partEnd])) kind = TokenKind.Abbreviation;
        else kind = TokenKind.Word;
        return Emit(output, text, start, partEnd, kind, acc);
    }

    // One hyphen-free piece of a word: letters, digits, marks, invisibles and inner apostrophes.
    private static int ScanPart(ReadOnlySpan<char> text, int p, ref int acc, out bool hasLetter, out bool hasDigit)
    {
        bool letter = false, digit = false;
        int k = p;
        while (k < text.Length)
        {
            byte e = CharClasses.Entry(text[k]);
            if (e == (byte)CharClass.Letter)
            {
                letter = true;
                k++;
                continue;
            }
            if (e == (byte)CharClass.Digit)
            {
                digit = true;
                k++;
                continue;
            }
            var cls = (CharClass)(e & CharClasses.ClassMask);
            if (cls is CharClass.Mark or CharClass.Invisible)
            {
                acc |= e;
                k++;
                continue;
            }
            if (cls == CharClass.Apostrophe && PreviousVisibleIsLetter(text, p, k) && k + 1 < text.Length && IsLetterAt(text, k + 1))
            {
                acc |= e;
                k++;
                continue;
            }
            if (cls == CharClass.HighSurrogate && IsLetterAt(text, k))
            {
                letter = true;
                k += 2;
                continue;
            }
            break;
        }
        hasLetter = letter;
        hasDigit = digit;
        return k;
    }

    private static bool PreviousVisibleIsLetter(ReadOnlySpan<char> text, int partStart, int k)
    {
        for (int i = k - 1; i >= partStart; i--)
        {
            var cls = CharClasses.Of(text[i]);
            if (cls is CharClass.Mark or CharClass.Invisible) continue;
            return cls == CharClass.Letter || (cls == CharClass.LowSurrogate && i > partStart && IsLetterAt(text, i - 1));
        }
        return false;
    }

    private static bool IsPartStart(ReadOnlySpan<char> text, int i) =>
        ClassAt(text, i) is CharClass.Letter or CharClass.Digit || IsLetterAt(text, i);

    // Not inlined: rare enough that the main loop's inlining budget is better spent on the common paths.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (Abbreviations.IsKnown(word)) return true;
        // An initial: one capital letter, possibly with a stress mark or an invisible character.
        int letter = -1;
        for (int i = 0; i < word.Length; i++)
        {
            var cls = CharClasses.Of(word[i]);
            if (cls == CharClass.Letter)
            {
                if (letter >= 0) return false;
                letter = i;
            }
            else if (cls is not (CharClass.Mark or CharClass.Invisible))
            {
                return false;
            }
        }
        return letter >= 0 && char.IsUpper(word[letter]);
    }

    private static bool IsShortLetters(ReadOnlySpan<char> part)
    {
        if (part.Length is 0 or > 3) return false;
        foreach (char c in part)
        {
            if (CharClasses.Of(c) != CharClass.Letter) return false;
        }
        return true;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> part)
    {
        foreach (char c in part)
        {
            if (CharClasses.Of(c) == CharClass.Digit) return true;
        }
        return false;
    }

    // How many short letter-only parts joined by single hyphens start at p (А-БА-БА-ГА), probing a bounded distance.
    private static int CountShortParts(ReadOnlySpan<char> text, int p)
    {
        int count = 0;
        int k = p;
        while (count < MaxSyllableChainProbe)
        {
            int partStart = k;
            while (k < text.Length && k - partStart <= 3 && CharClasses.Of(text[k]) == CharClass.Letter) k++;
            int length = k - partStart;
            if (length is 0 or > 3) break;
            count++;
            if (k + 1 < text.Length && CharClasses.Of(text[k]) == CharClass.Hyphen && CharClasses.Of(text[k + 1]) == CharClass.Letter) k++;
            else break;
        }
        return count;
    }

    // Letter-digit-date shapes the tokenizer marks as DateTime: 14.11.2024, 14/11/2024, 2024-11-14, 18:30(:15).
    // Each part is its own token (as UD splits them); the numbers get TokenKind.DateTime.
    private static int TryDateOrTime(ReadOnlySpan<char> text, int start, int p, int acc, List<RawToken> output)
    {
        int a = DigitRun(text, p);
        int aLen = a - p;
        if (a + 2 >= text.Length || aLen > 4) return 0;
        char sep = text[a];
        if (sep is not ('.' or '/' or '-' or ':')) return 0;
        int b = DigitRun(text, a + 1);
        int bLen = b - (a + 1);
        if (bLen == 0) return 0;

        if (sep == ':')
        {
            if (aLen > 2 || bLen != 2 || Value(text, p, a) > 24 || Value(text, a + 1, b) > 59) return 0;
            int end = b;
            bool seconds = b + 2 < text.Length && text[b] == ':' && DigitRun(text, b + 1) - (b + 1) == 2 && Value(text, b + 1, b + 3) <= 59;
            if (seconds) end = b + 3;
            if (!IsNumberBoundary(text, end)) return 0;
            EmitRaw(output, start, a, TokenKind.DateTime, acc);
            EmitRaw(output, a, a + 1, TokenKind.Punctuation, 0);
            EmitRaw(output, a + 1, b, TokenKind.DateTime, 0);
            if (seconds)
            {
                EmitRaw(output, b, b + 1, TokenKind.Punctuation, 0);
                EmitRaw(output, b + 1, b + 3, TokenKind.DateTime, 0);
            }
            return end;
        }

        if (b + 1 >= text.Length || text[b] != sep) return 0;
        int c = DigitRun(text, b + 1);
        int cLen = c - (b + 1);
        if (!IsNumberBoundary(text, c)) return 0;
        bool iso = sep == '-' && aLen == 4 && bLen == 2 && cLen == 2
            && Value(text, a + 1, b) is >= 1 and <= 12 && Value(text, b + 1, c) is >= 1 and <= 31;
        bool dayFirst = sep != '-' && aLen is 1 or 2 && bLen is 1 or 2 && cLen is 2 or 4
            && Value(text, p, a) is >= 1 and <= 31 && Value(text, a + 1, b) is >= 1 and <= 12;
        if (!iso && !dayFirst) return 0;
        EmitRaw(output, start, a, TokenKind.DateTime, acc);
        EmitRaw(output, a, a + 1, TokenKind.Punctuation, 0);
        EmitRaw(output, a + 1, b, TokenKind.DateTime, 0);
        EmitRaw(output, b, b + 1, TokenKind.Punctuation, 0);
        EmitRaw(output, b + 1, c, TokenKind.DateTime, 0);
        return c;
    }

    private static bool IsNumberBoundary(ReadOnlySpan<char> text, int i) =>
        i >= text.Length || ClassAt(text, i) is not (CharClass.Digit or CharClass.Letter or CharClass.Mark or CharClass.Invisible)
            && !(text[i] is '.' or ',' or ':' or '/' && i + 1 < text.Length && ClassAt(text, i + 1) == CharClass.Digit);

    private static int DigitRun(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is >= '0' and <= '9') i++;
        return i;
    }

    private static int Value(ReadOnlySpan<char> text, int from, int to)
    {
        int v = 0;
        for (int i = from; i < to && i - from < 5; i++) v = v * 10 + (text[i] - '0');
        return v;
    }

    // Cheap look at the character after the first word part: only these can start a URL, domain or e-mail.
    private static bool MayContinueAsUrlOrEmail(ReadOnlySpan<char> text, int p, int partEnd) => text[partEnd] switch
    {
        '.' => IsDomainCharAt(text, partEnd + 1),
        '-' => text[p] < 0x80 && text[partEnd + 1] < 0x80,
        ':' => text[partEnd + 1] == '/',
        '@' or '_' or '+' or '%' => true,
        _ => false,
    };

    private static int TryUrlOrEmail(ReadOnlySpan<char> text, int p, out TokenKind kind)
    {
        kind = TokenKind.Url;
        // Only worth a look when the word is followed by a character a URL or an e-mail could continue with.
        int k = p;
        while (k < text.Length && ClassAt(text, k) is CharClass.Letter or CharClass.Digit && k - p <= MaxEmailLocalLength) k++;
        if (k >= text.Length - 1) return p;
        char next = text[k];
        if (next is not ('.' or ':' or '@' or '_' or '+' or '-' or '%')) return p;

        var word = text[p..k];
        if (next == ':' && k + 2 < text.Length && text[k + 1] == '/' && text[k + 2] == '/'
            && (word.Equals("http", StringComparison.OrdinalIgnoreCase) || word.Equals("https", StringComparison.OrdinalIgnoreCase)
                || word.Equals("ftp", StringComparison.OrdinalIgnoreCase)))
        {
            return UrlEnd(text, k + 3);
        }
        if (next == '.' && word.Equals("www", StringComparison.OrdinalIgnoreCase) && IsDomainCharAt(text, k + 1))
        {
            return UrlEnd(text, k + 1);
        }

        int email = EmailEnd(text, p);
        if (email > p)
        {
            kind = TokenKind.Email;
            return email;
        }
        if (next == '.' || next == '-')
        {
            int domain = DomainEnd(text, p, requireKnownTld: true);
            if (domain > p)
            {
                if (domain < text.Length && text[domain] == '/') return UrlEnd(text, domain);
                return domain;
            }
        }
        return p;
    }

    private static bool IsDomainCharAt(ReadOnlySpan<char> text, int i) =>
        i < text.Length && (ClassAt(text, i) is CharClass.Letter or CharClass.Digit || text[i] == '-');

    // Labels of letters, digits and hyphens joined by periods; the last one a top-level domain; returns p on failure.
    private static int DomainEnd(ReadOnlySpan<char> text, int p, bool requireKnownTld)
    {
        int k = p;
        int labels = 0;
        int lastLabelStart = p;
        while (labels < MaxDomainLabels && k - p <= MaxDomainLength)
        {
            int labelStart = k;
            while (k < text.Length && k - labelStart < 64 && IsDomainCharAt(text, k)) k++;
            if (k == labelStart || text[labelStart] == '-' || text[k - 1] == '-') return p;
            labels++;
            lastLabelStart = labelStart;
            if (k + 1 < text.Length && text[k] == '.' && IsDomainCharAt(text, k + 1) && text[k + 1] != '-') k++;
            else break;
        }
        if (labels < 2) return p;
        if (k < text.Length && (ClassAt(text, k) is CharClass.Letter or CharClass.Digit or CharClass.Mark)) return p;
        var tld = text[lastLabelStart..k];
        if (requireKnownTld ? !HyphenatedWords.IsTopLevelDomain(tld) : !IsLetters(tld, 2)) return p;
        return k;
    }

    private static bool IsLetters(ReadOnlySpan<char> s, int minLength)
    {
        if (s.Length < minLength) return false;
        foreach (char c in s)
        {
            if (CharClasses.Of(c) != CharClass.Letter) return false;
        }
        return true;
    }

    private static int EmailEnd(ReadOnlySpan<char> text, int p)
    {
        int k = p;
        while (k < text.Length && k - p < MaxEmailLocalLength
            && (ClassAt(text, k) is CharClass.Letter or CharClass.Digit || text[k] is '.' or '_' or '%' or '+' or '-'))
        {
            k++;
        }
        if (k >= text.Length || text[k] != '@' || text[k - 1] == '.') return p;
        int domain = DomainEnd(text, k + 1, requireKnownTld: false);
        return domain > k + 1 ? domain : p;
    }

    // Everything up to whitespace or a character that never stands unescaped in a URL, minus trailing punctuation.
    private static int UrlEnd(ReadOnlySpan<char> text, int from)
    {
        int k = from;
        int open = 0;
        while (k < text.Length)
        {
            char c = text[k];
            var cls = ClassAt(text, k);
            if (cls is CharClass.Space or CharClass.Other || c is '«' or '»' or '"' or '<' or '>' or '“' or '”' or '„') break;
            if (cls == CharClass.HighSurrogate || cls == CharClass.LowSurrogate) break;
            if (c == '(') open++;
            else if (c == ')') open--;
            k++;
        }
        // Trailing punctuation belongs to the sentence; a closing bracket only when the URL has no opening one for it.
        while (k > from)
        {
            char last = text[k - 1];
            if (last == ')' && open >= 0) break;
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ')' or ']' or '’' or '…')
            {
                if (last == ')') open++;
                k--;
            }
            else
            {
                break;
            }
        }
        return k;
    }

    private static int ScanTagBody(ReadOnlySpan<char> text, int p, ref int acc)
    {
        int k = p;
        while (k < text.Length)
        {
            byte e = CharClasses.Entry(text[k]);
            var cls = (CharClass)(e & CharClasses.ClassMask);
            if (cls is CharClass.Letter or CharClass.Digit or CharClass.Mark or CharClass.Invisible || text[k] == '_')
            {
                acc |= e;
                k++;
            }
            else if (cls == CharClass.Apostrophe && k + 1 < text.Length && IsLetterAt(text, k + 1) && k > p)
            {
                acc |= e;
                k++;
            }
            else
            {
                break;
            }
        }
        return k;
    }

    // :) :( :-) ;) ;-) followed by a boundary.
    private static int EmoticonEnd(ReadOnlySpan<char> text, int p)
    {
        if (text[p] is not (':' or ';')) return p;
        int k = p + 1;
        if (k < text.Length && text[k] == '-') k++;
        if (k >= text.Length || text[k] is not (')' or '(')) return p;
        k++;
        while (k < text.Length && text[k] == text[k - 1]) k++;
        if (k < text.Length && ClassAt(text, k) is CharClass.Letter or CharClass.Digit) return p;
        if (p > 0 && ClassAt(text, p - 1) is CharClass.Letter or CharClass.Digit && text[p] == ':' && text[k - 1] == '(') return p;
        return k;
    }

    // 1️⃣ #️⃣ *️⃣: a digit, # or * with an optional VS16 and the combining keycap.
    private static int KeycapEnd(ReadOnlySpan<char> text, int p)
    {
        int k = p + 1;
        if (k < text.Length && text[k] == '\uFE0F') k++;
        return k < text.Length && text[k] == '\u20E3' ? k + 1 : p;
    }

    // One emoji: a base pictograph with variation selectors, skin tones, tags, ZWJ-joined pictographs or a flag pair.
    private static int ScanEmoji(ReadOnlySpan<char> text, int p)
    {
        int k = p;
        int baseCp = CodePointAt(text, k, out int width);
        k += width;
        if (IsRegionalIndicator(baseCp))
        {
            if (k < text.Length && IsRegionalIndicator(CodePointAt(text, k, out int w2))) k += w2;
            return k;
        }
        while (k < text.Length)
        {
            char c = text[k];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                k++;
                continue;
            }
            int cp = CodePointAt(text, k, out int w);
            if (cp is >= 0x1F3FB and <= 0x1F3FF || cp is >= 0xE0020 and <= 0xE007F)
            {
                k += w;
                continue;
            }
            if (c == '\u200D' && k + 1 < text.Length)
            {
                int joined = CodePointAt(text, k + 1, out int wj);
                if (IsEmojiStart(joined) || joined is >= 0x2190 and <= 0x2BFF)
                {
                    k += 1 + wj;
                    continue;
                }
            }
            break;
        }
        return k;
    }

    private static int CodePointAt(ReadOnlySpan<char> text, int i, out int width)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[i + 1]);
        }
        width = 1;
        return c;
    }

    private static bool IsRegionalIndicator(int cp) => cp is >= 0x1F1E6 and <= 0x1F1FF;

    private static bool IsEmojiStart(int cp) =>
        cp is >= 0x1F000 and <= 0x1FAFF
            or >= 0x2600 and <= 0x27BF
            or >= 0x2B00 and <= 0x2BFF
            or >= 0x2300 and <= 0x23FF
            or 0x3030 or 0x303D or 0x3297 or 0x3299;

    private static int SkipInvisible(ReadOnlySpan<char> text, int i, ref int acc)
    {
        while (i < text.Length)
        {
            byte e = CharClasses.Entry(text[i]);
            if ((CharClass)(e & CharClasses.ClassMask) is not (CharClass.Mark or CharClass.Invisible)) break;
            acc |= e;
            i++;
        }
        return i;
    }

    private static int Emit(List<RawToken> output, ReadOnlySpan<char> text, int start, int end, TokenKind kind, int acc, bool absorbTrailing = true)
    {
        // Invisible characters and marks right after a token stay inside it.
        if (absorbTrailing && end < text.Length && IsMarkOrInvisible(text[end])) end = SkipInvisible(text, end, ref acc);
        EmitRaw(output, start, end, kind, acc);
        return end;
    }

    private static void EmitRaw(List<RawToken> output, int start, int end, TokenKind kind, int acc)
    {
        var flags = (acc & CharClasses.NormalizeBit) != 0 ? TokenFlags.NeedsNormalization : TokenFlags.None;
        output.Add(new RawToken(start, end - start, kind, flags));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharClass ClassAt(ReadOnlySpan<char> text, int i) => CharClasses.Of(text[i]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Entry(char c) => CharClasses.Entry(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMarkOrInvisible(char c) => CharClasses.Of(c) is CharClass.Mark or CharClass.Invisible;

    private static bool IsLetterAt(ReadOnlySpan<char> text, int i)
    {
        var cls = ClassAt(text, i);
        if (cls == CharClass.Letter) return true;
        return cls == CharClass.HighSurrogate && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            && Rune.IsLetter(new Rune(char.ConvertToUtf32(text[i], text[i + 1])));
    }
}
