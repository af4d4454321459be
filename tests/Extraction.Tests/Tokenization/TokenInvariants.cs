using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

/// <summary>
/// The one checker every tokenizer and sentence-splitter output in these tests goes through: spans in bounds,
/// ordered and non-overlapping; no surrogate pair split; every non-whitespace character covered exactly once;
/// no whitespace inside a token; the normalization flag consistent with the surface; sentences covering the tokens
/// in order without gaps or overlaps.
/// </summary>
internal static class TokenInvariants
{
    public static void AssertTokens(ReadOnlySpan<char> text, IReadOnlyList<RawToken> tokens)
    {
        int covered = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Length <= 0) Fail(i, t, "is empty");
            if (t.Start < covered) Fail(i, t, $"starts before the previous token's end {covered}");
            if (t.End > text.Length) Fail(i, t, $"ends after the text ({text.Length})");
            for (int k = covered; k < t.Start; k++)
            {
                if (!char.IsWhiteSpace(text[k])) Fail(i, t, $"leaves U+{(int)text[k]:X4} at {k} uncovered");
            }
            SplitsPair(text, t.Start, i, t);
            SplitsPair(text, t.End, i, t);
            var surface = text.Slice(t.Start, t.Length);
            for (int k = 0; k < surface.Length; k++)
            {
                if (char.IsWhiteSpace(surface[k])) Fail(i, t, $"contains whitespace U+{(int)surface[k]:X4}");
            }
            bool needs = TokenNormalizer.NeedsNormalization(surface);
            bool flagged = (t.Flags & TokenFlags.NeedsNormalization) != 0;
            if (t.Kind != TokenKind.Emoji && needs != flagged) Fail(i, t, $"has NeedsNormalization={flagged} but the surface says {needs}");
            covered = t.End;
        }
        for (int k = covered; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k])) throw new InvalidOperationException($"U+{(int)text[k]:X4} at {k} after the last token is uncovered");
        }
    }

    public static void AssertSentences(IReadOnlyList<RawToken> tokens, IReadOnlyList<Sentence> sentences)
    {
        if (tokens.Count == 0)
        {
            sentences.Should().BeEmpty();
            return;
        }
        sentences.Should().NotBeEmpty();
        int next = 0;
        foreach (var s in sentences)
        {
            s.FirstToken.Should().Be(next, "sentences follow each other without gaps or overlaps");
            s.TokenCount.Should().BePositive();
            s.Span.Should().Be(new TextSpan(tokens[s.FirstToken].Start, tokens[s.EndToken - 1].End));
            next = s.EndToken;
        }
        next.Should().Be(tokens.Count, "the sentences cover every token");
    }

    private static void SplitsPair(ReadOnlySpan<char> text, int boundary, int index, RawToken token)
    {
        if (boundary > 0 && boundary < text.Length && char.IsHighSurrogate(text[boundary - 1]) && char.IsLowSurrogate(text[boundary]))
        {
            Fail(index, token, $"splits the surrogate pair at {boundary}");
        }
    }

    private static void Fail(int index, RawToken token, string what) =>
        throw new InvalidOperationException($"Token {index} {token} {what}.");
}
