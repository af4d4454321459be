using System.Collections.Immutable;
using Extraction.Entities;
using Extraction.Relations;
using Extraction.Text;

namespace Extraction.Pipeline;

/// <summary>
/// Turns Ukrainian text into tokens, sentences, entity mentions, entities and relation triples.
/// Build one with <see cref="CreateDefault"/> or <see cref="ExtractorBuilder"/>, then share it: it is immutable and thread-safe.
/// </summary>
public sealed partial class Extractor
{
    private readonly ImmutableArray<IExtractionStage> _stages;

    internal Extractor(ImmutableArray<IExtractionStage> stages, ExtractorOptions options)
    {
        _stages = stages;
        Options = options;
    }

    /// <summary>The settings this extractor was built with.</summary>
    public ExtractorOptions Options { get; }

    /// <summary>Names of the stages this extractor runs, in order.</summary>
    public IReadOnlyList<string> StageNames => _stages.Select(s => s.Name).ToArray();

    /// <summary>An extractor with every stage on and the embedded models.</summary>
    public static Extractor CreateDefault() => new ExtractorBuilder().Build();

    /// <summary>Extracts everything from <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException">The text is longer than <see cref="ExtractorOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or <see cref="ExtractorOptions.DocumentTimeout"/> ran out.</exception>
    public ExtractionResult Extract(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, cancellationToken, timing: null);
    }

    /// <summary>Extracts everything from <paramref name="text"/>; spans index this memory's characters.</summary>
    /// <exception cref="DocumentTooLargeException">The text is longer than <see cref="ExtractorOptions.MaxDocumentLength"/>.</exception>
    public ExtractionResult Extract(ReadOnlyMemory<char> text, CancellationToken cancellationToken = default)
    {
        string asString = MemoryMarshalHelpers.AsString(text);
        return Run(asString, cancellationToken, timing: null);
    }

    internal ExtractionResult Run(string text, CancellationToken cancellationToken, StageTiming? timing)
    {
        if (text.Length > Options.MaxDocumentLength)
        {
            throw new DocumentTooLargeException(text.Length, Options.MaxDocumentLength);
        }

        using var budget = Options.DocumentTimeout is { } timeout
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : null;
        budget?.CancelAfter(Options.DocumentTimeout!.Value);
        var token = budget?.Token ?? cancellationToken;

        var document = new AnalysisDocument(text);
        foreach (var stage in _stages)
        {
            token.ThrowIfCancellationRequested();
            long started = timing is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            long allocatedBefore = timing is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
            stage.Process(document, token);
            timing?.Add(stage.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started), GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        }
        return Freeze(document);
    }

    private static ExtractionResult Freeze(AnalysisDocument document)
    {
        var mentionIds = new string[document.Mentions.Count];
        for (int i = 0; i < mentionIds.Length; i++) mentionIds[i] = "m" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Entities are numbered in order of first mention, whatever order the linker made them in.
        var entityOrder = Enumerable.Range(0, document.Entities.Count)
            .OrderBy(e => document.Entities[e].MentionIndices.Count == 0 ? int.MaxValue : document.Entities[e].MentionIndices.Min())
            .ThenBy(e => e)
            .ToArray();
        var entityIds = new string[document.Entities.Count];
        for (int rank = 0; rank < entityOrder.Length; rank++) entityIds[entityOrder[rank]] = "E" + (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var mentions = ImmutableArray.CreateBuilder<Mention>(document.Mentions.Count);
        for (int i = 0; i < document.Mentions.Count; i++)
        {
            var draft = document.Mentions[i];
            string surface = draft.Span.Substring(document.Text);
            mentions.Add(new Mention(
                mentionIds[i],
                draft.Type,
                draft.Span,
                surface,
                draft.Lemma ?? surface,
                draft.EntityIndex >= 0 ? entityIds[draft.EntityIndex] : null,
                draft.Confidence));
        }

        var entities = ImmutableArray.CreateBuilder<Entity>(document.Entities.Count);
        foreach (int i in entityOrder)
        {
            var draft = document.Entities[i];
            entities.Add(new Entity(
                entityIds[i],
                draft.Type,
                draft.Name,
                draft.English,
                draft.KnowledgeBaseId,
                draft.Iso,
                draft.MentionIndices.Select(m => mentionIds[m]).ToImmutableArray()));
        }

        return new ExtractionResult(
            document.Text,
            [.. document.Tokens],
            [.. document.Sentences],
            mentions.MoveToImmutable(),
            entities.MoveToImmutable(),
            document.Relations.Select(r => FreezeRelation(r, entityIds)).ToImmutableArray());
    }

    private static Relation FreezeRelation(RelationDraft draft, string[] entityIds)
    {
        var arguments = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        foreach (var argument in draft.Arguments)
        {
            arguments[argument.Name] = argument.EntityIndex >= 0 ? entityIds[argument.EntityIndex] : argument.Text;
        }
        return new Relation(
            entityIds[draft.SubjectEntity],
            draft.Predicate,
            entityIds[draft.ObjectEntity],
            draft.Modality,
            draft.Confidence,
            draft.Evidence,
            arguments.ToImmutable(),
            draft.SourceEntity >= 0 ? entityIds[draft.SourceEntity] : null) { SubjectAnchor = draft.Anchors.Subject, ObjectAnchor = draft.Anchors.Object };
    }
}
