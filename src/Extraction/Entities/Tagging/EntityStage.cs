using System.Runtime.InteropServices;
using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>
/// Runs the entity tagger over the document's sentences (two passes when the model uses document memory) through the
/// NER-UK token view and adds the mentions to <see cref="AnalysisDocument.Mentions"/>.
/// </summary>
internal sealed class EntityStage : IExtractionStage
{
    [ThreadStatic]
    private static DocumentMemory? t_memory;

    private readonly EntityTagger _tagger;

    public EntityStage(EntityTagger tagger) => _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));

    public string Name => "entities";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var types = _tagger.Model.Types;
        NerUkTokenView? view = null;
        _tagger.TagDocument(
            sentences.Count,
            s =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sentenceTokens = CollectionsMarshal.AsSpan(tokens).Slice(sentences[s].FirstToken, sentences[s].TokenCount);
                view = NerUkTokenView.IsNeeded(sentenceTokens) ? NerUkTokenView.ForCurrentThread() : null;
                return view is null ? sentenceTokens : view.Build(sentenceTokens, document.Text);
            },
            t_memory ??= new DocumentMemory(types.Length),
            (s, found) =>
            {
                // The tagger asks for sentence s's tokens right before it emits them, so the view holds sentence s.
                var sentence = sentences[s];
                foreach (var mention in found)
                {
                    int first = sentence.FirstToken + (view?.FirstOriginal(mention.FirstToken) ?? mention.FirstToken);
                    int end = sentence.FirstToken + (view?.EndOriginal(mention.EndToken - 1, sentence.TokenCount) ?? mention.EndToken);
                    var span = new Text.TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
                    document.Mentions.Add(new MentionDraft(first, end, span, types[mention.TypeIndex], mention.Confidence));
                }
            });
    }
}
