using System.Runtime.InteropServices;
using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>Runs the entity tagger over each sentence and adds its mentions to <see cref="AnalysisDocument.Mentions"/>.</summary>
internal sealed class EntityStage : IExtractionStage
{
    private readonly EntityTagger _tagger;

    public EntityStage(EntityTagger tagger) => _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));

    public string Name => "entities";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        var found = new List<TaggedSpan>();
        var types = _tagger.Model.Types;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            found.Clear();
            var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            HyphenJoinedView? view = null;
            if (HyphenJoinedView.IsNeeded(sentenceTokens))
            {
                view = HyphenJoinedView.ForCurrentThread();
                _tagger.Tag(view.Build(sentenceTokens, document.Text), found);
            }
            else
            {
                _tagger.Tag(sentenceTokens, found);
            }
            foreach (var mention in found)
            {
                int first = sentence.FirstToken + (view?.FirstOriginal(mention.FirstToken) ?? mention.FirstToken);
                int end = sentence.FirstToken + (view?.EndOriginal(mention.EndToken - 1, sentence.TokenCount) ?? mention.EndToken);
                var span = new Text.TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
                document.Mentions.Add(new MentionDraft(first, end, span, types[mention.TypeIndex], mention.Confidence));
            }
        }
    }
}
