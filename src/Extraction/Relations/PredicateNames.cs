namespace Extraction.Relations;

/// <summary>Conversions between <see cref="Predicate"/>/<see cref="Modality"/> and the schema's upper-case labels.</summary>
public static class PredicateNames
{
    private static readonly string[] PredicateLabels =
    [
        "MET_WITH", "HOLDS_ROLE", "VISITED", "INSPECTED", "COOPERATES_WITH", "SUPPLIES", "SEEKS", "POSSESSES",
        "PRODUCES", "USES", "ATTACKS", "DESTROYED", "SANCTIONS", "MEMBER_OF", "LOCATED_IN",
    ];

    private static readonly string[] ModalityLabels = ["ASSERTED", "POSSIBLE", "NEGATED"];

    /// <summary>The schema label of <paramref name="predicate"/>, e.g. <c>MET_WITH</c>.</summary>
    public static string ToLabel(this Predicate predicate) => PredicateLabels[(int)predicate];

    /// <summary>The schema label of <paramref name="modality"/>, e.g. <c>POSSIBLE</c>.</summary>
    public static string ToLabel(this Modality modality) => ModalityLabels[(int)modality];

    /// <summary>Parses a predicate label (case-insensitive).</summary>
    public static bool TryParsePredicate(ReadOnlySpan<char> label, out Predicate predicate)
    {
        int index = IndexOf(PredicateLabels, label);
        predicate = (Predicate)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a modality label (case-insensitive).</summary>
    public static bool TryParseModality(ReadOnlySpan<char> label, out Modality modality)
    {
        int index = IndexOf(ModalityLabels, label);
        modality = (Modality)Math.Max(index, 0);
        return index >= 0;
    }

    private static int IndexOf(string[] labels, ReadOnlySpan<char> label)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (label.Equals(labels[i], StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
