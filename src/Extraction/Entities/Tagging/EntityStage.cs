using System.Runtime.InteropServices;
using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>Runs the entity tagger over each sentence and adds its mentions to <see cref="AnalysisDocument.Mentions"/>.</summary>
internal sealed class EntityStage : IExtractionStage
{
    private readonly EntityTagger _tagger;
    private readonly int _organizationType;
    private readonly int _dateType;

    public EntityStage(EntityTagger tagger)
    {
        _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        _organizationType = Array.IndexOf(tagger.Model.Types, EntityType.Organization);
        _dateType = Array.IndexOf(tagger.Model.Types, EntityType.Date);
    }

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
            ReadOnlySpan<Text.Token> sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            NerUkTokenView? view = null;
            var tagged = sentenceTokens;
            if (NerUkTokenView.IsNeeded(sentenceTokens))
            {
                view = NerUkTokenView.ForCurrentThread();
                tagged = view.Build(sentenceTokens, document.Text);
            }
            _tagger.Tag(tagged, found);
            QuoteBalancer.Balance(tagged, found, _organizationType);
            DateCompleter.Complete(tagged, found, _dateType);
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
