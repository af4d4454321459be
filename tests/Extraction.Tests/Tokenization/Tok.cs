using System.Runtime.InteropServices;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Tokenization;

/// <summary>Runs the tokenizer and splitter through <see cref="TokenInvariants"/> and renders readable results.</summary>
internal static class Tok
{
    public static List<RawToken> Raw(string text)
    {
        var tokens = new List<RawToken>();
        UkrainianTokenizer.Instance.Tokenize(text, tokens);
        TokenInvariants.AssertTokens(text, tokens);
        return tokens;
    }

    /// <summary>The token surfaces joined by single spaces (a token never holds whitespace).</summary>
    public static string Surfaces(string text) => string.Join(" ", Raw(text).Select(t => text.Substring(t.Start, t.Length)));

    /// <summary>The kind of the token whose surface is <paramref name="surface"/>.</summary>
    public static TokenKind KindOf(string text, string surface)
    {
        var tokens = Raw(text);
        var match = tokens.Where(t => text.Substring(t.Start, t.Length) == surface).ToList();
        match.Should().ContainSingle($"'{surface}' should be exactly one token of '{text}'");
        return match[0].Kind;
    }

    /// <summary>The text of each sentence.</summary>
    public static string[] Sentences(string text)
    {
        var tokens = Raw(text);
        var sentences = new List<Sentence>();
        SentenceSplitter.Instance.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);
        TokenInvariants.AssertSentences(tokens, sentences);
        return sentences.Select(s => s.Span.Substring(text)).ToArray();
    }
}
