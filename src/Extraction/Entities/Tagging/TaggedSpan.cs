namespace Extraction.Entities;

/// <summary>A mention the tagger found: tokens <c>[FirstToken, EndToken)</c> relative to the tagged sentence, its type index and confidence.</summary>
internal readonly record struct TaggedSpan(int FirstToken, int EndToken, int TypeIndex, double Confidence);
