using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// The tagger's view of a sentence. Our tokens follow UD Ukrainian, which splits many hyphenated compounds
/// (прем'єр - міністр, Ту - 95МС), while the tagger learned from NER-UK, whose tokens keep them whole. This view joins
/// word parts linked by a hyphen with no space around it into one token, and maps tagged tokens back.
/// </summary>
internal sealed class HyphenJoinedView
{
    [ThreadStatic]
    private static HyphenJoinedView? t_instance;

    private readonly List<Token> _tokens = [];
    private readonly List<int> _firstOriginal = [];

    /// <summary>A per-thread instance; its contents are valid until the next <see cref="Build"/> on the thread.</summary>
    public static HyphenJoinedView ForCurrentThread() => t_instance ??= new HyphenJoinedView();

    public int Count => _tokens.Count;

    /// <summary>True when <paramref name="sentence"/> has a hyphen-joined compound, so a view is needed.</summary>
    public static bool IsNeeded(ReadOnlySpan<Token> sentence)
    {
        for (int i = 1; i + 1 < sentence.Length; i++)
        {
            if (JoinsAt(sentence, i)) return true;
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
        if (mark.Text is not ("-" or "\u2010" or "\u2011")) return false;
        var left = sentence[hyphen - 1];
        var right = sentence[hyphen + 1];
        return left.Span.End == mark.Span.Start && mark.Span.End == right.Span.Start
            && char.IsLetterOrDigit(left.Text[^1]) && char.IsLetterOrDigit(right.Text[0]);
    }

    private static Token Join(ReadOnlySpan<Token> parts, string text)
    {
        var first = parts[0];
        var last = parts[^1];
        var span = new TextSpan(first.Span.Start, last.Span.End);
        string surface = span.Substring(text);
        string normalized = Tokenization.TokenNormalizer.Normalize(surface);
        string? lemma = last.Lemma is null ? null : text[first.Span.Start..last.Span.Start] + last.Lemma;
        return new Token(span, TokenKind.Word, surface, normalized) { Lemma = lemma, Pos = last.Pos, Features = last.Features };
    }
}
