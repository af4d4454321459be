namespace Extraction.Entities;

/// <summary>Whether a WEAPON mention names a model or designation, or is a class noun phrase.</summary>
internal enum WeaponKind : byte
{
    /// <summary>A named system or designation: HIMARS, Су-34, Шахед.</summary>
    System,

    /// <summary>A class noun phrase with its defining modifiers: крилаті ракети, дрони-камікадзе.</summary>
    Class,
}

/// <summary>A WEAPON mention found by <see cref="WeaponRecognizer"/>: a token range of one sentence.</summary>
/// <param name="FirstToken">Index of the first token (relative to the token span given to the recognizer).</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="Kind">Named system or class phrase.</param>
/// <param name="Confidence">1 for a lexicon or knowledge-base match, lower for a match made from context alone.</param>
internal readonly record struct WeaponMatch(int FirstToken, int EndToken, WeaponKind Kind, double Confidence);
