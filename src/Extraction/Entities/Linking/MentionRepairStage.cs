using Extraction.Entities;

namespace Extraction.Pipeline;

/// <summary>Retypes and adds mentions from the knowledge base and from classifier nouns before linking (see <see cref="KnowledgeBaseMentionRepair"/>, <see cref="ForceNames"/>, <see cref="LeaderGovernments"/>, <see cref="ClassifierNounRetyping"/>, <see cref="ClassifierNounNames"/>).</summary>
internal sealed class MentionRepairStage : IExtractionStage
{
    private readonly KnowledgeBaseMentionRepair _repair;
    private readonly ForceNames _forceNames;
    private readonly Morphology.PhraseLemmatizer _lemmatizer;

    public MentionRepairStage(KnowledgeBaseMentionRepair repair, ForceNames forceNames, Morphology.PhraseLemmatizer lemmatizer)
    {
        _repair = repair ?? throw new ArgumentNullException(nameof(repair));
        _forceNames = forceNames ?? throw new ArgumentNullException(nameof(forceNames));
        _lemmatizer = lemmatizer ?? throw new ArgumentNullException(nameof(lemmatizer));
    }

    /// <summary>The stage over knowledge base <paramref name="kb"/>.</summary>
    public static MentionRepairStage Create(KnowledgeBase kb, Morphology.PhraseLemmatizer lemmatizer) =>
        new(new KnowledgeBaseMentionRepair(kb, lemmatizer), new ForceNames(kb, lemmatizer), lemmatizer);

    public string Name => "mention-repair";

    public void Process(AnalysisDocument document, CancellationToken cancellationToken)
    {
        _repair.Repair(document, cancellationToken);
        _forceNames.Apply(document);
        LeaderGovernments.Apply(document, _lemmatizer);
        ClassifierNounRetyping.Apply(document);
        ClassifierNounNames.Apply(document);
    }
}
