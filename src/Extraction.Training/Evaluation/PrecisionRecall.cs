namespace Extraction.Training.Evaluation;

/// <summary>Counts of a span-exact comparison and the precision, recall and F1 they give.</summary>
/// <param name="Gold">Number of gold items.</param>
/// <param name="Predicted">Number of predicted items.</param>
/// <param name="Matched">Number of predicted items equal to a gold item.</param>
public readonly record struct PrecisionRecall(int Gold, int Predicted, int Matched)
{
    /// <summary>Matched / Predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    /// <summary>Matched / Gold (1 when there is no gold item).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two sets of counts.</summary>
    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched);
}
