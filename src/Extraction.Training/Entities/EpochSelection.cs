using Extraction.Entities;

namespace Extraction.Training.Entities;

/// <summary>
/// Early stopping shared by the entity learners: keeps the epoch whose model has the best dev micro-F1 and says when
/// <c>patience</c> epochs have passed without a better one; without dev data the last epoch is kept.
/// </summary>
internal sealed class EpochSelection(
    IReadOnlyList<IobSentence>? dev, IReadOnlyList<(int Start, int Count)>? devDocuments, int patience, Action<string>? log)
{
    private double _bestF1 = -1;

    /// <summary>The kept model (null before the first epoch).</summary>
    public EntityTaggerModel? Best { get; private set; }

    /// <summary>The epoch of <see cref="Best"/>.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>Scores one epoch's model on dev, logs <paramref name="progress"/> with the scores, and returns false when training should stop.</summary>
    public bool Offer(int epoch, EntityTaggerModel model, string progress)
    {
        if (dev is null || dev.Count == 0)
        {
            log?.Invoke(progress);
            (Best, BestEpoch) = (model, epoch);
            return true;
        }
        var result = EntityEvaluator.Evaluate(new EntityTagger(model), dev, devDocuments);
        double f1 = result.Scores.Micro().F1;
        log?.Invoke($"{progress}, dev micro-F1 {f1:0.0000}, PERS+LOC+ORG {result.Scores.PersonLocationOrganizationF1():0.0000}");
        if (f1 > _bestF1)
        {
            _bestF1 = f1;
            (Best, BestEpoch) = (model, epoch);
            return true;
        }
        return epoch - BestEpoch < patience;
    }
}
