namespace Extraction.Morphology;

/// <summary>Universal Dependencies part-of-speech tags (https://universaldependencies.org/u/pos/).</summary>
public enum UniversalPos : byte
{
    /// <summary>Other or unknown.</summary>
    X = 0,
    /// <summary>Adjective.</summary>
    ADJ,
    /// <summary>Adposition (preposition).</summary>
    ADP,
    /// <summary>Adverb.</summary>
    ADV,
    /// <summary>Auxiliary verb.</summary>
    AUX,
    /// <summary>Coordinating conjunction.</summary>
    CCONJ,
    /// <summary>Determiner.</summary>
    DET,
    /// <summary>Interjection.</summary>
    INTJ,
    /// <summary>Noun.</summary>
    NOUN,
    /// <summary>Numeral.</summary>
    NUM,
    /// <summary>Particle.</summary>
    PART,
    /// <summary>Pronoun.</summary>
    PRON,
    /// <summary>Proper noun.</summary>
    PROPN,
    /// <summary>Punctuation.</summary>
    PUNCT,
    /// <summary>Subordinating conjunction.</summary>
    SCONJ,
    /// <summary>Symbol.</summary>
    SYM,
    /// <summary>Verb.</summary>
    VERB,
}
