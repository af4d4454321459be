namespace Extraction.Morphology;

/// <summary>One possible analysis of a word: a lemma rule, a tag and its prior weight among the word's candidates.</summary>
internal struct Candidate
{
    public int Rule;
    public ushort Tag;
    public float Prior;
}

/// <summary>
/// Where a word's analysed part lies: a whole word, or one segment of a hyphenated compound
/// (Комсомольську-на-Амурі analyses its first segment, Івано-Франківська its last).
/// </summary>
internal readonly record struct WordSegment(int Start, int Length, bool Known);
