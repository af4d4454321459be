using System.Globalization;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;

namespace Extraction.Soak;

/// <summary>
/// The invariants every <see cref="ExtractionResult"/> must satisfy, whatever the input: spans in bounds and slicing
/// the original string, ordered and non-overlapping tokens that never split a surrogate pair and cover every
/// non-whitespace character, sentences that partition the tokens, mentions inside one sentence, entities and
/// relations that reference what exists, and relations that respect their type signatures.
/// </summary>
public static class ResultInvariants
{
    /// <summary>Returns the first violated invariant, or <see langword="null"/> when all hold.</summary>
    public static string? FindViolation(string input, ExtractionResult result)
    {
        if (!ReferenceEquals(result.Text, input) && result.Text != input) return "result.Text differs from the input";
        string text = result.Text;

        int previousEnd = 0;
        var covered = new bool[text.Length];
        for (int i = 0; i < result.Tokens.Length; i++)
        {
            var token = result.Tokens[i];
            var span = token.Span;
            if (span.Start < previousEnd || span.End <= span.Start || span.End > text.Length)
                return F($"token {i} span {span} is out of order, empty or out of bounds");
            if (token.Text != text[span.Start..span.End]) return F($"token {i} text does not slice the input at {span}");
            if (SplitsPair(text, span.Start) || SplitsPair(text, span.End)) return F($"token {i} at {span} splits a surrogate pair");
            for (int c = span.Start; c < span.End; c++) covered[c] = true;
            previousEnd = span.End;
        }
        for (int c = 0; c < text.Length; c++)
        {
            if (!covered[c] && !char.IsWhiteSpace(text[c])) return F($"non-whitespace U+{(int)text[c]:X4} at {c} is in no token");
        }

        int nextToken = 0;
        var sentenceOfToken = new int[result.Tokens.Length];
        for (int s = 0; s < result.Sentences.Length; s++)
        {
            var sentence = result.Sentences[s];
            if (sentence.FirstToken != nextToken || sentence.TokenCount <= 0) return F($"sentence {s} does not continue the token sequence");
            if (sentence.EndToken > result.Tokens.Length) return F($"sentence {s} runs past the tokens");
            if (sentence.Span.Start != result.Tokens[sentence.FirstToken].Span.Start || sentence.Span.End != result.Tokens[sentence.EndToken - 1].Span.End)
                return F($"sentence {s} span {sentence.Span} does not match its tokens");
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++) sentenceOfToken[t] = s;
            nextToken = sentence.EndToken;
        }
        if (nextToken != result.Tokens.Length) return "sentences do not cover every token";

        var entityIds = result.Entities.Select(e => e.Id).ToHashSet();
        var mentionIds = new HashSet<string>();
        foreach (var mention in result.Mentions)
        {
            var span = mention.Span;
            if (span.Start < 0 || span.End > text.Length || span.End <= span.Start) return F($"mention {mention.Id} span {span} out of bounds");
            if (mention.Text != text[span.Start..span.End]) return F($"mention {mention.Id} text does not slice the input");
            if (SplitsPair(text, span.Start) || SplitsPair(text, span.End)) return F($"mention {mention.Id} splits a surrogate pair");
            if (mention.Confidence is < 0 or > 1 or double.NaN) return F($"mention {mention.Id} confidence {mention.Confidence} outside [0, 1]");
            if (!InOneSentence(result, sentenceOfToken, span)) return F($"mention {mention.Id} at {span} crosses a sentence boundary");
            if (mention.EntityId is not null && !entityIds.Contains(mention.EntityId)) return F($"mention {mention.Id} links to a missing entity");
            if (!mentionIds.Add(mention.Id)) return F($"mention id {mention.Id} repeats");
        }
        foreach (var entity in result.Entities)
        {
            // A state named only by a nationality adjective, demonym or capital ("російські ракети"), a force named in
            // lower case ("сили ППО") or the city of "Салтівському районі Харкова" is an entity without mentions; it
            // exists for the relations that refer to it.
            if (entity.MentionIds.IsDefaultOrEmpty && !(result.Relations.Any(r =>
                r.SubjectId == entity.Id || r.ObjectId == entity.Id || r.SourceId == entity.Id || r.Arguments.Values.Contains(entity.Id))))
            {
                return F($"entity {entity.Id} has no mentions");
            }
            if (entity.MentionIds.Any(m => !mentionIds.Contains(m))) return F($"entity {entity.Id} lists a missing mention");
        }
        foreach (var relation in result.Relations)
        {
            var subject = result.FindEntity(relation.SubjectId);
            var obj = result.FindEntity(relation.ObjectId);
            if (subject is null || obj is null) return F($"relation {relation.Predicate} references a missing entity");
            if (!RelationSignatures.Allows(relation.Predicate, subject.Type, obj.Type))
                return F($"relation {relation.Predicate} breaks its signature: {subject.Type} -> {obj.Type}");
            if (relation.Evidence.Start < 0 || relation.Evidence.End > text.Length) return F($"relation evidence {relation.Evidence} out of bounds");
            if (relation.Confidence is < 0 or > 1 or double.NaN) return F($"relation confidence {relation.Confidence} outside [0, 1]");
            if (relation.SourceId is not null && result.FindEntity(relation.SourceId) is null) return "relation source is a missing entity";
        }
        return null;
    }

    private static bool InOneSentence(ExtractionResult result, int[] sentenceOfToken, Text.TextSpan span)
    {
        int first = -1;
        for (int t = 0; t < result.Tokens.Length; t++)
        {
            var tokenSpan = result.Tokens[t].Span;
            if (tokenSpan.End <= span.Start) continue;
            if (tokenSpan.Start >= span.End) break;
            if (first < 0) first = sentenceOfToken[t];
            else if (sentenceOfToken[t] != first) return false;
        }
        return true;
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static string F(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
