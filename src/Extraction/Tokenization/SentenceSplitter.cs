using System.Buffers;
using System.Runtime.CompilerServices;
using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// Groups tokens into sentences, tuned for news: a line break always ends a sentence (headlines, bylines,
/// "Читайте також:" lines, list items), and so does a capitalized word that only ever opens one (see
/// <see cref="SentenceOpeners"/>: a heading glued to its paragraph); . ! ? … end one when the next word starts a new sentence; a closing quote
/// or bracket after them stays in the sentence («…?» — запитав він); initials and abbreviations such as
/// <c>В. Путін</c>, <c>ім. Шевченка</c>, <c>вул. Хрещатик</c> do not end a sentence, while <c>т. д.</c>,
/// <c>2016 р.</c> or <c>5 млн грн.</c> do when a capitalized word follows.
/// </summary>
/// <remarks>Stateless and thread-safe. Sentences cover the tokens in order, without gaps or overlaps.</remarks>
public sealed class SentenceSplitter
{
    /// <summary>The shared, stateless instance.</summary>
    public static SentenceSplitter Instance { get; } = new();

    private SentenceSplitter()
    {
    }

    /// <summary>Appends the sentences of <paramref name="text"/> (already tokenized into <paramref name="tokens"/>) to <paramref name="output"/>.</summary>
    /// <remarks>Sentence token indices count from 0 within <paramref name="tokens"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (tokens.IsEmpty) return;
        int first = 0;
        for (int i = NextCandidate(text, tokens, 0); i < tokens.Length - 1; i = NextCandidate(text, tokens, i + 1))
        {
            if (EndsSentence(text, tokens, first, i))
            {
                output.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[i].End), first, i - first + 1));
                first = i + 1;
            }
        }
        output.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[^1].End), first, tokens.Length - first));
    }

    // The first token at or after i that a sentence may end after (one with anything but nothing or a single space
    // after it, or a terminal mark or a closer), or the last token. Most tokens are words followed by a space; a leaf
    // loop passes over them without calls.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NextCandidate(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i)
    {
        for (; i < tokens.Length - 1; i++)
        {
            ref readonly var token = ref tokens[i];
            int end = token.Start + token.Length;
            int gap = tokens[i + 1].Start - end;
            if ((gap != 0) & ((gap != 1) | (text[end] != ' '))) return i;
            if (token.Kind == TokenKind.Punctuation && MayEndOrClose(text[token.Start])) return i;
            if (char.IsUpper(text[tokens[i + 1].Start]) && SentenceOpeners.StartsGluedSentence(text, token, tokens[i + 1])) return i;
        }
        return i;
    }

    // The first character of a terminal mark (the Period and Terminal classes) or of a closer: a superset of what
    // IsTerminal and IsCloser accept.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayEndOrClose(char c) =>
        c < 0x40 ? ((EndingOrClosingAscii >> c) & 1) != 0 : c is ']' or '»' or '”' or '’' or '›' or '“' or '…';

    private const ulong EndingOrClosingAscii = 1UL << '.' | 1UL << '!' | 1UL << '?' | 1UL << '"' | 1UL << '\'' | 1UL << ')';

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int sentenceFirst, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        int gap = next.Start - token.End;
        if (gap == 1 ? IsLineBreak(text[token.End]) : gap > 1 && HasLineBreak(text[token.End..next.Start])) return true;
        // Only a terminal mark or a closer after one can end a sentence on the same line, or a heading glued to its paragraph.
        if (token.Kind != TokenKind.Punctuation) return gap == 1 && SentenceOpeners.StartsGluedSentence(text, token, next);

        // Closers glued to the mark stay with it: the boundary falls after the last of them.
        if (IsCloser(text, next) && next.Start == token.End && (IsTerminal(text, token) || IsCloser(text, token))) return false;

        int mark = i;
        while (mark >= 0 && IsCloser(text, tokens[mark]))
        {
            if (mark == 0 || tokens[mark - 1].End != tokens[mark].Start) return false;
            mark--;
        }
        if (mark < 0 || !IsTerminal(text, tokens[mark])) return false;

        var terminal = tokens[mark];
        bool plainPeriod = terminal.Length == 1 && text[terminal.Start] == '.';
        bool glued = next.Start == token.End;
        int firstWord = FirstWordAfter(text, tokens, i + 1);
        var start = firstWord < 0 ? StartKind.Other : StartOf(text, tokens[firstWord]);

        if (plainPeriod && mark == i && mark > 0 && tokens[mark - 1].End == terminal.Start)
        {
            var before = tokens[mark - 1];
            if (before.Kind == TokenKind.Abbreviation)
            {
                var word = text[before.Start..before.End];
                bool afterNumber = mark >= 2 && tokens[mark - 2].Kind is TokenKind.Number or TokenKind.DateTime;
                if (IsInitial(word))
                {
                    if (!IsEndingLetter(text, tokens, mark - 1, firstWord)) return false;
                }
                else if (IsLastOfDottedAbbreviation(text, tokens, mark - 1) || (afterNumber && IsUnit(word)))
                {
                    // к.с., т.д., кв. м., 10,4 с.: the last part of a dotted abbreviation or a unit after a number may end a sentence.
                }
                else if (!Abbreviations.MayEnd(word))
                {
                    return false;
                }
                else if (IsYearAbbreviation(word) && (!afterNumber || mark - 2 - sentenceFirst <= 2))
                {
                    // р. before a name is "річка"; a year that opens the sentence (У 2016 р. Президент …) is an adverbial.
                    return false;
                }
                return start == StartKind.Upper && !glued;
            }
            if (glued)
            {
                // 14.11.2024, readme.txt, "України.Також" (a missing space before a capital is still a boundary).
                return start == StartKind.Upper && before.Kind == TokenKind.Word && before.Length > 1;
            }
        }
        if (glued && !plainPeriod) return start == StartKind.Upper;
        return start is StartKind.Upper or StartKind.Digit or StartKind.Other && !IsContinuationPunctuation(text, tokens, i + 1);
    }

    // В. Зеленський, Е. Макрон: a capital letter before a period is an initial, even where "е." could mean "ери".
    private static bool IsInitial(ReadOnlySpan<char> word)
    {
        int letters = 0;
        bool upper = false;
        foreach (char c in word)
        {
            if (CharClasses.Of(c) != CharClass.Letter) continue;
            letters++;
            upper = char.IsUpper(c);
        }
        return letters == 1 && upper;
    }

    // A capital letter that ends a sentence rather than starting a name: glued to a hyphen (Іскандер-М.), or a Latin
    // letter between Cyrillic words (групи A. Там), where a Latin initial would be out of place.
    private static bool IsEndingLetter(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int letter, int firstWord)
    {
        var token = tokens[letter];
        if (letter > 0 && tokens[letter - 1].End == token.Start && CharClasses.Of(text[tokens[letter - 1].Start]) == CharClass.Hyphen) return true;
        if (text[token.Start] >= 0x80) return false;
        bool previousCyrillic = letter > 0 && IsCyrillic(text[tokens[letter - 1].Start]);
        bool nextCyrillic = firstWord >= 0 && IsCyrillic(text[tokens[firstWord].Start]);
        return previousCyrillic && nextCyrillic;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsLastOfDottedAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int word)
    {
        if (word < 2) return false;
        var period = tokens[word - 1];
        var previous = tokens[word - 2];
        return period.Length == 1 && text[period.Start] == '.' && previous.End == period.Start
            && (previous.Kind == TokenKind.Abbreviation || (previous.Kind == TokenKind.Word && previous.Length <= 2 && char.IsLower(text[previous.Start])))
            && !IsInitial(text[previous.Start..previous.End]);
    }

    private static bool IsUnit(ReadOnlySpan<char> word) => word is "м" or "с" or "г" or "ст";

    private static bool IsYearAbbreviation(ReadOnlySpan<char> word) =>
        word.Equals("р", StringComparison.OrdinalIgnoreCase) || word.Equals("рр", StringComparison.OrdinalIgnoreCase);

    // A comma, colon, semicolon or closing bracket right after the mark continues the sentence (Так?, — сказав).
    private static bool IsContinuationPunctuation(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i)
    {
        var t = tokens[i];
        return t.Kind == TokenKind.Punctuation && text[t.Start] is ',' or ';' or ':' or ')' or ']' or '}';
    }

    private enum StartKind
    {
        Upper,
        Lower,
        Digit,
        Other,
    }

    // The first token after openers and dashes (« „ “ " ( [ — –), or -1.
    private static int FirstWordAfter(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, int i)
    {
        for (int k = i; k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Punctuation) return k;
            char c = text[t.Start];
            if (c is not ('«' or '„' or '“' or '"' or '\'' or '(' or '[' or '—' or '–' or '-' or '‘' or '‹')) return k;
            if (HasLineBreak(text[t.End..(k + 1 < tokens.Length ? tokens[k + 1].Start : t.End)])) return -1;
        }
        return -1;
    }

    private static StartKind StartOf(ReadOnlySpan<char> text, RawToken token)
    {
        if (token.Kind == TokenKind.Punctuation) return StartKind.Lower;
        foreach (char c in text[token.Start..token.End])
        {
            var cls = CharClasses.Of(c);
            if (cls is CharClass.Mark or CharClass.Invisible) continue;
            if (cls == CharClass.Digit) return StartKind.Digit;
            if (cls != CharClass.Letter) return StartKind.Other;
            if (char.IsUpper(c)) return StartKind.Upper;
            return char.IsLower(c) ? StartKind.Lower : StartKind.Other;
        }
        return StartKind.Other;
    }

    private static bool IsTerminal(ReadOnlySpan<char> text, RawToken token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        var cls = CharClasses.Of(text[token.Start]);
        return cls is CharClass.Period or CharClass.Terminal;
    }

    private static bool IsCloser(ReadOnlySpan<char> text, RawToken token) =>
        token.Kind == TokenKind.Punctuation && token.Length <= 2
            && text[token.Start] is '»' or '”' or '"' or '\'' or '’' or ')' or ']' or '›' or '“';

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    private static bool HasLineBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny(LineBreaks) >= 0;

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
