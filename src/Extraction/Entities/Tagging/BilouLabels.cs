namespace Extraction.Entities;

/// <summary>
/// The BILOU label space of the entity tagger: label 0 is O; type <c>t</c> owns labels <c>1 + 4t</c> (B), <c>2 + 4t</c> (I),
/// <c>3 + 4t</c> (L) and <c>4 + 4t</c> (U).
/// </summary>
internal static class BilouLabels
{
    public const int Outside = 0;

    public enum Part : byte { Outside, Begin, Inside, Last, Unit }

    public static int Count(int typeCount) => 1 + 4 * typeCount;

    public static int Begin(int type) => 1 + 4 * type;

    public static int Inside(int type) => 2 + 4 * type;

    public static int Last(int type) => 3 + 4 * type;

    public static int Unit(int type) => 4 + 4 * type;

    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    public static Part PartOf(int label) => label == Outside ? Part.Outside : (Part)((label - 1) % 4 + 1);

    /// <summary>True when a label may start a sentence (O, B, U).</summary>
    public static bool CanStart(int label) => PartOf(label) is Part.Outside or Part.Begin or Part.Unit;

    /// <summary>True when a label may end a sentence (O, L, U).</summary>
    public static bool CanEnd(int label) => PartOf(label) is Part.Outside or Part.Last or Part.Unit;

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/>.</summary>
    public static bool CanFollow(int previous, int next)
    {
        bool previousOpen = PartOf(previous) is Part.Begin or Part.Inside;
        var nextPart = PartOf(next);
        if (previousOpen) return nextPart is Part.Inside or Part.Last && TypeOf(next) == TypeOf(previous);
        return nextPart is Part.Outside or Part.Begin or Part.Unit;
    }

    /// <summary>
    /// Converts per-token BIO/IOB2 labels (type index or -1 for O, and whether the token begins its entity) into BILOU labels.
    /// </summary>
    public static void FromBio(ReadOnlySpan<int> types, ReadOnlySpan<bool> begins, Span<int> labels)
    {
        for (int i = 0; i < types.Length; i++)
        {
            int type = types[i];
            if (type < 0)
            {
                labels[i] = Outside;
                continue;
            }
            bool starts = begins[i] || i == 0 || types[i - 1] != type;
            bool continues = i + 1 < types.Length && types[i + 1] == type && !begins[i + 1];
            labels[i] = (starts, continues) switch
            {
                (true, false) => Unit(type),
                (true, true) => Begin(type),
                (false, true) => Inside(type),
                (false, false) => Last(type),
            };
        }
    }

    /// <summary>Reads the spans of a valid BILOU sequence, calling <paramref name="onSpan"/> with (first, end, type).</summary>
    public static void ForEachSpan(ReadOnlySpan<int> labels, Action<int, int, int> onSpan)
    {
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            switch (PartOf(labels[i]))
            {
                case Part.Unit:
                    onSpan(i, i + 1, TypeOf(labels[i]));
                    start = -1;
                    break;
                case Part.Begin:
                    start = i;
                    break;
                case Part.Last:
                    if (start >= 0 && TypeOf(labels[start]) == TypeOf(labels[i])) onSpan(start, i + 1, TypeOf(labels[i]));
                    start = -1;
                    break;
                case Part.Outside:
                    start = -1;
                    break;
            }
        }
    }
}
