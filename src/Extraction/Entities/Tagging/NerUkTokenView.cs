using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// The tagger's view of a sentence. Our tokens follow UD Ukrainian, which splits many hyphenated compounds
/// (прем'єр - міністр, Ту - 95МС) and numbers at their separators (7 , 08; 14 . 11 . 2024), while the tagger learned
/// from NER-UK, whose tokens keep them whole. This view joins word parts linked by a hyphen, and digit groups linked by
/// a comma, period, colon or slash, with no space around the link, into one token; it also keeps an abbreviation's
/// period inside a sentence on its word (грн., вул., тис.), as NER-UK does. It maps tagged tokens back.
/// </summary>
internal sealed class NerUkTokenView
{
    [ThreadStatic]
    private static NerUkTokenView? t_instance;

    private readonly List<Token> _tokens = [];
    private readonly List<int> _firstOriginal = [];

    /// <summary>A per-thread instance; its contents are valid until the next <see cref="Build"/> on the thread.</summary>
    public static NerUkTokenView ForCurrentThread() => t_instance ??= new NerUkTokenView();

    public int Count => _tokens.Count;

    /// <summary>True when <paramref name="sentence"/> has a hyphen-joined compound, so a view is needed.</summary>
    public static bool IsNeeded(ReadOnlySpan<Token> sentence)
    {
        for (int i = 1; i + 1 < sentence.Length; i++)
        {
            if (JoinsAt(sentence, i) || IsInnerAbbreviationPeriod(sentence, i)) return true;
        }
        return false;
    }

    /// <summary>Builds the joined view of <paramref name="sentence"/>, whose tokens index <paramref name="text"/>.</summary>
    public ReadOnlySpan<Token> Build(ReadOnlySpan<Token> sentence, string text)
    {
        _tokens.Clear();
        _firstOriginal.Clear();
        int i = 0;
        while (i < sentence.Length)
        {
            int end = i + 1;
            while (end + 1 < sentence.Length && JoinsAt(sentence, end)) end += 2;
            if (end + 1 < sentence.Length && IsInnerAbbreviationPeriod(sentence, end)) end++;
            _firstOriginal.Add(i);
            _tokens.Add(end == i + 1 ? sentence[i] : Join(sentence[i..end], text));
            i = end;
        }
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);
    }

    /// <summary>The first original token of view token <paramref name="index"/>.</summary>
    public int FirstOriginal(int index) => _firstOriginal[index];

    /// <summary>One past the last original token of view token <paramref name="index"/>.</summary>
    public int EndOriginal(int index, int sentenceLength) => index + 1 < _firstOriginal.Count ? _firstOriginal[index + 1] : sentenceLength;

    private static bool JoinsAt(ReadOnlySpan<Token> sentence, int hyphen)
    {
        var mark = sentence[hyphen];
        var left = sentence[hyphen - 1];
        var right = sentence[hyphen + 1];
        if (left.Span.End != mark.Span.Start || mark.Span.End != right.Span.Start) return false;
        return mark.Text switch
        {
            "-" or "\u2010" or "\u2011" => char.IsLetterOrDigit(left.Text[^1]) && char.IsLetterOrDigit(right.Text[0]),
            "," or "." or ":" or "/" => char.IsAsciiDigit(left.Text[^1]) && char.IsAsciiDigit(right.Text[0]),
            _ => false,
        };
    }

    /// <summary>A period glued to a lower-case word, not ending the sentence: the word's abbreviation mark.</summary>
    private static bool IsInnerAbbreviationPeriod(ReadOnlySpan<Token> sentence, int period)
    {
        var mark = sentence[period];
        var word = sentence[period - 1];
        return mark.Text == "." && period + 1 < sentence.Length && word.Span.End == mark.Span.Start
            && word.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsLower(word.Text[0]);
    }

    private static Token Join(ReadOnlySpan<Token> parts, string text)
    {
        var first = parts[0];
        var last = parts[^1];
        var span = new TextSpan(first.Span.Start, last.Span.End);
        string surface = span.Substring(text);
        string normalized = Tokenization.TokenNormalizer.Normalize(surface);
        string? lemma = last.Lemma is null ? null : text[first.Span.Start..last.Span.Start] + last.Lemma;
        var kind = first.Kind is TokenKind.Number or TokenKind.DateTime && last.Kind is TokenKind.Number or TokenKind.DateTime
            ? first.Kind
            : TokenKind.Word;
        return new Token(span, kind, surface, normalized) { Lemma = lemma, Pos = last.Pos, Features = last.Features };
    }
}
