using System.Collections.Immutable;
using Extraction.Entities;
using Extraction.Relations;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>Everything extracted from one document. Immutable; every span indexes <see cref="Text"/>.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(
        string text,
        ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<Mention> mentions,
        ImmutableArray<Entity> entities,
        ImmutableArray<Relation> relations)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Mentions = mentions;
        Entities = entities;
        Relations = relations;
    }

    /// <summary>The caller's original text.</summary>
    public string Text { get; }

    /// <summary>All tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>All sentences in text order; each names its range of <see cref="Tokens"/>.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Entity mentions in text order.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>Document-level entities, in order of first mention.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Relation triples between entities.</summary>
    public ImmutableArray<Relation> Relations { get; }

    /// <summary>The tokens of <paramref name="sentence"/>.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>Finds an entity by id, or returns <see langword="null"/>.</summary>
    public Entity? FindEntity(string id)
    {
        foreach (var entity in Entities)
        {
            if (entity.Id == id) return entity;
        }
        return null;
    }
}
