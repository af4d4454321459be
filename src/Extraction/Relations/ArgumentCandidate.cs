using Extraction.Entities;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>How an argument is expressed in the sentence.</summary>
internal enum ArgumentKind : byte
{
    /// <summary>An entity mention from the entity stage.</summary>
    Mention,
    /// <summary>A nationality adjective standing for its state (російські ракети).</summary>
    Adjective,
    /// <summary>A demonym standing for its state's forces (росіяни атакували).</summary>
    Demonym,
    /// <summary>A pronoun resolved to an earlier entity.</summary>
    Pronoun,
}

/// <summary>One possible argument of a relation inside a sentence.</summary>
internal sealed class ArgumentCandidate
{
    public ArgumentCandidate(int firstToken, int endToken, TextSpan span, EntityType type, ArgumentKind kind)
    {
        FirstToken = firstToken;
        EndToken = endToken;
        Span = span;
        Type = type;
        Kind = kind;
    }

    /// <summary>Index of the first token in the document.</summary>
    public int FirstToken { get; }

    /// <summary>Index one past the last token.</summary>
    public int EndToken { get; }

    /// <summary>The words that express the argument (the anchor reported with a triple).</summary>
    public TextSpan Span { get; }

    /// <summary>The entity type the argument stands for (COUNTRY for an adjective or demonym, the antecedent's type for a pronoun).</summary>
    public EntityType Type { get; }

    public ArgumentKind Kind { get; }

    /// <summary>The document entity, or -1 while a state named only by an adjective or demonym has no entity yet.</summary>
    public int EntityIndex { get; set; } = -1;

    /// <summary>For adjectives and demonyms, the state to find or add; for a capital, the state it can stand for.</summary>
    public StateReference? State { get; init; }

    /// <summary>
    /// For words the entity stage left without a mention of their own (an untagged "сили ППО", the city part of
    /// "Салтівському районі Харкова"): the entity to find by name or add when a triple is emitted.
    /// </summary>
    public string? NewEntityName { get; init; }

    /// <summary>For the inner part of a split place mention, the container part that follows it (Салтівському районі → Харкова).</summary>
    public ArgumentCandidate? ContainedIn { get; set; }

    /// <summary>True for a government named by its leader ("адміністрація Джо Байдена"): a party, never the body of a title.</summary>
    public bool IsLeadersGovernment { get; init; }

    /// <summary>For a pronoun, the antecedent's span.</summary>
    public TextSpan? Antecedent { get; init; }

    /// <summary>True for a capital LOCATION that may stand for its state.</summary>
    public bool IsCapital => Type == EntityType.Location && State is not null;

    /// <summary>Case of the argument's head (Nom, Gen, Dat, Acc, Ins, Loc, Voc) or null.</summary>
    public string? Case { get; init; }

    /// <summary>Lemma of the preposition right before the argument, or null.</summary>
    public string? Preposition { get; init; }
}
