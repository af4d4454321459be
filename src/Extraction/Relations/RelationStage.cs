using Extraction.Relations;

namespace Extraction.Pipeline;

/// <summary>Finds relation triples between the linked entities (see <see cref="RelationExtractor"/>).</summary>
internal sealed class RelationStage : IExtractionStage
{
    private readonly RelationExtractor _extractor;

    public RelationStage(RelationExtractor extractor) => _extractor = extractor;

    public string Name => "relations";

    /// <summary>A stage over the embedded model and the shipped knowledge base, or null when no relation model is embedded.</summary>
    public static RelationStage? CreateDefault() =>
        RelationModel.Default is { } model ? new RelationStage(new RelationExtractor(model, DefaultStates())) : null;

    /// <summary>A stage over <paramref name="model"/> and the shipped knowledge base.</summary>
    public static RelationStage Create(RelationModel model) => new(new RelationExtractor(model, DefaultStates()));

    public void Process(AnalysisDocument document, CancellationToken cancellationToken) => _extractor.Extract(document, cancellationToken);

    private static IStateLexicon DefaultStates() => new KnowledgeBaseStateLexicon(Entities.KnowledgeBase.Default);
}
