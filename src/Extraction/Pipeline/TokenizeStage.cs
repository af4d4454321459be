using System.Runtime.InteropServices;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Pipeline;

/// <summary>Tokenizes the original text and splits it into sentences.</summary>
internal sealed class TokenizeStage : IExtractionStage
{
    private readonly bool _pretokenized;

    public TokenizeStage(bool pretokenized) => _pretokenized = pretokenized;

    public string Name => "tokenize";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        string text = document.Text;
        var raw = new List<RawToken>(Math.Max(16, text.Length / 6));
        if (_pretokenized)
        {
            PretokenizedReader.Read(text, raw, document.Sentences);
        }
        else
        {
            UkrainianTokenizer.Instance.Tokenize(text, raw);
            SentenceSplitter.Instance.Split(text, CollectionsMarshal.AsSpan(raw), document.Sentences);
        }

        document.Tokens.Capacity = raw.Count;
        for (int i = 0; i < raw.Count; i++)
        {
            if ((i & 0x1FFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var token = raw[i];
            string surface = text.Substring(token.Start, token.Length);
            string normalized = (token.Flags & TokenFlags.NeedsNormalization) != 0
                ? TokenNormalizer.Normalize(surface)
                : surface;
            document.Tokens.Add(new Token(token.Span, token.Kind, surface, normalized));
        }
    }
}
