using System.Runtime.InteropServices;
using Extraction.Morphology;

namespace Extraction.Pipeline;

/// <summary>
/// Gives every mention its phrase lemma (Сергієм Шойгу → Сергій Шойгу, Північної Кореї → Північна Корея) from the
/// morphology stage's analyses, so linking and output see dictionary forms. Mentions that already carry a lemma keep it.
/// </summary>
internal sealed class MentionLemmaStage : IExtractionStage
{
    private readonly PhraseLemmatizer _lemmatizer;

    public MentionLemmaStage(PhraseLemmatizer lemmatizer) => _lemmatizer = lemmatizer;

    public string Name => "lemmas";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        foreach (var mention in document.Mentions)
        {
            if (mention.Lemma is not null || mention.EndToken <= mention.FirstToken) continue;
            mention.Lemma = _lemmatizer.Lemmatize(tokens[mention.FirstToken..mention.EndToken], document.Text);
        }
    }
}
