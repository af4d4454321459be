using System.Text.Encodings.Web;
using System.Text.Json;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using Extraction.Text;

namespace Extraction.Serialization;

/// <summary>Writes results in the JSON contract of the CLI: one object per document, compact (JSONL) or indented.</summary>
public sealed class JsonResultWriter
{
    private readonly ExtractionJsonContext _context;

    /// <summary>Creates a writer.</summary>
    /// <param name="indented">Indent the output (the <c>json</c> format) instead of one line per document (<c>jsonl</c>).</param>
    /// <param name="includeTokens">Include sentences with their tokens (the CLI's <c>--tokens</c>).</param>
    public JsonResultWriter(bool indented = false, bool includeTokens = false)
    {
        IncludeTokens = includeTokens;
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            // Output is data for programs, not HTML: keep Cyrillic readable instead of \uXXXX escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        _context = new ExtractionJsonContext(options);
    }

    /// <summary>True when sentences and tokens are written.</summary>
    public bool IncludeTokens { get; }

    /// <summary>Serializes one document's result.</summary>
    public string Serialize(string id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ToJson(id, result), _context.JsonDocumentModel);
    }

    /// <summary>Serializes the error object <c>{"id": …, "error": …}</c> of a document that could not be processed.</summary>
    public string SerializeError(string id, string error)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(error);
        return JsonSerializer.Serialize(new JsonError(id, error), _context.JsonError);
    }

    private JsonDocumentModel ToJson(string id, ExtractionResult result)
    {
        var mentions = new JsonMention[result.Mentions.Length];
        for (int i = 0; i < mentions.Length; i++)
        {
            var m = result.Mentions[i];
            mentions[i] = new JsonMention(m.Id, m.Type.ToLabel(), m.Span.Start, m.Span.End, m.Text, m.Lemma, m.EntityId, Round(m.Confidence));
        }

        var entities = new JsonEntity[result.Entities.Length];
        for (int i = 0; i < entities.Length; i++)
        {
            var e = result.Entities[i];
            entities[i] = new JsonEntity(e.Id, e.Type.ToLabel(), e.Name, e.English, e.KnowledgeBaseId, e.Iso, e.MentionIds);
        }

        var relations = new JsonRelation[result.Relations.Length];
        for (int i = 0; i < relations.Length; i++)
        {
            var r = result.Relations[i];
            relations[i] = new JsonRelation(
                r.SubjectId, r.Predicate.ToLabel(), r.ObjectId, r.Modality.ToLabel(), Round(r.Confidence),
                new JsonSpan(r.Evidence.Start, r.Evidence.End), r.Arguments, r.SourceId);
        }

        return new JsonDocumentModel(id, IncludeTokens ? Sentences(result) : null, mentions, entities, relations);
    }

    private static JsonSentence[] Sentences(ExtractionResult result)
    {
        var sentences = new JsonSentence[result.Sentences.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = result.Sentences[s];
            var tokens = new JsonToken[sentence.TokenCount];
            var source = result.TokensOf(sentence);
            for (int t = 0; t < tokens.Length; t++)
            {
                var token = source[t];
                tokens[t] = new JsonToken(
                    token.Span.Start, token.Span.End, token.Text, token.Lemma,
                    token.Lemma is null ? null : token.Pos.ToString(), token.Features);
            }
            sentences[s] = new JsonSentence(sentence.Span.Start, sentence.Span.End, tokens);
        }
        return sentences;
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
