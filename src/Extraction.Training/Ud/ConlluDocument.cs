using System.Text;
using Extraction.Text;

namespace Extraction.Training.Ud;

/// <summary>A gold token placed in rebuilt raw text.</summary>
/// <param name="Span">Where the token stands in <see cref="ConlluDocument.Text"/>.</param>
/// <param name="Token">The CoNLL-U token.</param>
public readonly record struct GoldToken(TextSpan Span, ConlluToken Token);

/// <summary>
/// Raw text rebuilt from CoNLL-U tokens and <c>SpaceAfter=No</c>, with the gold token and sentence spans:
/// sentences of a paragraph are joined by a space, paragraphs by a newline, one text per <c># newdoc</c>.
/// </summary>
public sealed class ConlluDocument
{
    private ConlluDocument(string text, IReadOnlyList<GoldToken> tokens, IReadOnlyList<TextSpan> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The rebuilt raw text.</summary>
    public string Text { get; }

    /// <summary>Gold tokens in text order.</summary>
    public IReadOnlyList<GoldToken> Tokens { get; }

    /// <summary>Gold sentence spans in text order.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Groups <paramref name="sentences"/> into documents and rebuilds each one's text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> is null.</exception>
    public static IReadOnlyList<ConlluDocument> Build(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var documents = new List<ConlluDocument>();
        var text = new StringBuilder();
        var tokens = new List<GoldToken>();
        var spans = new List<TextSpan>();

        void Flush()
        {
            if (tokens.Count > 0) documents.Add(new ConlluDocument(text.ToString(), tokens.ToArray(), spans.ToArray()));
            text.Clear();
            tokens.Clear();
            spans.Clear();
        }

        foreach (var sentence in sentences)
        {
            if (sentence.NewDocument) Flush();
            if (text.Length > 0) text.Append(sentence.NewParagraph ? '\n' : ' ');
            int sentenceStart = text.Length;
            for (int i = 0; i < sentence.Tokens.Count; i++)
            {
                var token = sentence.Tokens[i];
                int start = text.Length;
                text.Append(token.Form);
                tokens.Add(new GoldToken(new TextSpan(start, text.Length), token));
                if (token.SpaceAfter && i < sentence.Tokens.Count - 1) text.Append(' ');
            }
            spans.Add(new TextSpan(sentenceStart, text.Length));
        }
        Flush();
        return documents;
    }
}
