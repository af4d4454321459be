using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>Groups tokens into sentences, tuned for news text.</summary>
public sealed class SentenceSplitter
{
    /// <summary>The shared, stateless instance.</summary>
    public static SentenceSplitter Instance { get; } = new();

    private SentenceSplitter()
    {
    }

    /// <summary>Appends the sentences of <paramref name="text"/> (already tokenized into <paramref name="tokens"/>) to <paramref name="output"/>.</summary>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<RawToken> tokens, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            bool end = t.Length == 1 && text[t.Start] is '.' or '!' or '?';
            if (end || i == tokens.Length - 1)
            {
                output.Add(new Sentence(new TextSpan(tokens[first].Start, t.End), first, i - first + 1));
                first = i + 1;
            }
        }
    }
}
