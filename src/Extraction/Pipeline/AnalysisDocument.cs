using Extraction.Entities;
using Extraction.Relations;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>
/// The mutable working state of one document while the stages run. Each stage reads what the earlier stages
/// wrote here and adds its own layer; <see cref="Extractor"/> freezes it into an <see cref="ExtractionResult"/>.
/// </summary>
internal sealed class AnalysisDocument
{
    public AnalysisDocument(string text) => Text = text;

    /// <summary>The caller's original text.</summary>
    public string Text { get; }

    /// <summary>Tokens in text order; the morphology stage fills their lemma, pos and features in place.</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>Sentences in text order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Mentions found by the entity stage, in text order.</summary>
    public List<MentionDraft> Mentions { get; } = [];

    /// <summary>Document-level entities made by the linking stage.</summary>
    public List<EntityDraft> Entities { get; } = [];

    /// <summary>Relations found by the relation stage.</summary>
    public List<Relation> Relations { get; } = [];
}

/// <summary>A mention before it is frozen: token range, type, confidence, lemma and the entity it links to.</summary>
internal sealed class MentionDraft
{
    public MentionDraft(int firstToken, int endToken, TextSpan span, EntityType type, double confidence)
    {
        FirstToken = firstToken;
        EndToken = endToken;
        Span = span;
        Type = type;
        Confidence = confidence;
    }

    public int FirstToken { get; }
    public int EndToken { get; }
    public TextSpan Span { get; }
    public EntityType Type { get; set; }
    public double Confidence { get; }
    public string? Lemma { get; set; }
    public int EntityIndex { get; set; } = -1;
}

/// <summary>A document-level entity before it is frozen.</summary>
internal sealed class EntityDraft
{
    public EntityDraft(EntityType type, string name)
    {
        Type = type;
        Name = name;
    }

    public EntityType Type { get; set; }
    public string Name { get; set; }
    public string? English { get; set; }
    public string? KnowledgeBaseId { get; set; }
    public string? Iso { get; set; }
    public List<int> MentionIndices { get; } = [];
    /// <summary>For a capital standing for its state: index of that COUNTRY entity (see Entities.EntityStates), else -1.</summary>
    public int StateIndex { get; set; } = -1;
}
