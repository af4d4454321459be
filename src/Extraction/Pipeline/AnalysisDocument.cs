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

    /// <summary>Relations found by the relation stage, referring to <see cref="Entities"/> by index.</summary>
    public List<RelationDraft> Relations { get; } = [];
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

/// <summary>
/// A relation before it is frozen. Arguments refer to <see cref="AnalysisDocument.Entities"/> by index, because
/// entity ids are given only when the result is frozen.
/// </summary>
internal sealed class RelationDraft
{
    public RelationDraft(int subjectEntity, Predicate predicate, int objectEntity, Modality modality, double confidence, TextSpan evidence)
    {
        SubjectEntity = subjectEntity;
        Predicate = predicate;
        ObjectEntity = objectEntity;
        Modality = modality;
        Confidence = confidence;
        Evidence = evidence;
    }

    public int SubjectEntity { get; }
    public Predicate Predicate { get; }
    public int ObjectEntity { get; }
    public Modality Modality { get; set; }
    public double Confidence { get; set; }
    public TextSpan Evidence { get; }

    /// <summary>The entity the statement is attributed to, or -1.</summary>
    public int SourceEntity { get; set; } = -1;

    /// <summary>The words that express the subject and the object in the evidence (mention, adjective, demonym or pronoun).</summary>
    public (TextSpan Subject, TextSpan Object) Anchors { get; set; }

    /// <summary>Extra arguments by name (recipient, provider, target, weapon: an entity; role, domain: a plain text).</summary>
    public List<RelationArgument> Arguments { get; } = [];
}

/// <summary>One extra argument of a relation: an entity (by index) or a plain text such as a role lemma.</summary>
internal readonly record struct RelationArgument(string Name, int EntityIndex, string? Text)
{
    public static RelationArgument ForEntity(string name, int entityIndex) => new(name, entityIndex, null);

    public static RelationArgument ForText(string name, string text) => new(name, -1, text);
}
