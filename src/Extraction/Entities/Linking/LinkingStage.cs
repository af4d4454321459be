using Extraction.Entities;

namespace Extraction.Pipeline;

/// <summary>Links the entity stage's mentions into document-level entities (see <see cref="EntityLinker"/>).</summary>
internal sealed class LinkingStage : IExtractionStage
{
    private readonly EntityLinker _linker;

    public LinkingStage(KnowledgeBase knowledgeBase) => _linker = new EntityLinker(knowledgeBase);

    public string Name => "linking";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken) => _linker.Link(document, cancellationToken);
}
