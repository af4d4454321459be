using Extraction.Entities;

namespace Extraction.Pipeline;

/// <summary>Retypes and adds mentions from the knowledge base and from classifier nouns before linking (see <see cref="KnowledgeBaseMentionRepair"/>, <see cref="ClassifierNounRetyping"/>, <see cref="ClassifierNounNames"/>).</summary>
internal sealed class MentionRepairStage : IExtractionStage
{
    private readonly KnowledgeBaseMentionRepair _repair;

    public MentionRepairStage(KnowledgeBaseMentionRepair repair) => _repair = repair ?? throw new ArgumentNullException(nameof(repair));

    public string Name => "mention-repair";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        _repair.Repair(document, cancellationToken);
        ClassifierNounRetyping.Apply(document);
        ClassifierNounNames.Apply(document);
    }
}
