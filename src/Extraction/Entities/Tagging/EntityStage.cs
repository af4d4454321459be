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
            _tagger.Tag(tokens.Slice(sentence.FirstToken, sentence.TokenCount), found);
            foreach (var mention in found)
            {
                int first = sentence.FirstToken + mention.FirstToken;
                int end = sentence.FirstToken + mention.EndToken;
                var span = new Text.TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
                document.Mentions.Add(new MentionDraft(first, end, span, types[mention.TypeIndex], mention.Confidence));
            }
        }
    }
}
