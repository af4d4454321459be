using System.Text.Json.Serialization;

namespace Extraction.Serialization;

// Plain data shapes of the JSON contract (../shared/spec/cli-and-json.md), serialized by source generation.

internal sealed record JsonDocumentModel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("sentences"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonSentence>? Sentences,
    [property: JsonPropertyName("mentions")] IReadOnlyList<JsonMention> Mentions,
    [property: JsonPropertyName("entities")] IReadOnlyList<JsonEntity> Entities,
    [property: JsonPropertyName("relations")] IReadOnlyList<JsonRelation> Relations);

internal sealed record JsonError(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("error")] string Error);

internal sealed record JsonSentence(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("tokens")] IReadOnlyList<JsonToken> Tokens);

internal sealed record JsonToken(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("lemma")] string? Lemma,
    [property: JsonPropertyName("pos")] string? Pos,
    [property: JsonPropertyName("feats")] string? Feats);

internal sealed record JsonMention(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("lemma")] string Lemma,
    [property: JsonPropertyName("entity")] string? Entity,
    [property: JsonPropertyName("confidence")] double Confidence);

internal sealed record JsonEntity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("english")] string? English,
    [property: JsonPropertyName("kb")] string? Kb,
    [property: JsonPropertyName("iso"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Iso,
    [property: JsonPropertyName("mentions")] IReadOnlyList<string> Mentions);

internal sealed record JsonRelation(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("predicate")] string Predicate,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("modality")] string Modality,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("evidence")] JsonSpan Evidence,
    [property: JsonPropertyName("args")] IReadOnlyDictionary<string, string?> Args,
    [property: JsonPropertyName("source")] string? Source);

internal sealed record JsonSpan(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(JsonDocumentModel))]
[JsonSerializable(typeof(JsonError))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext;
