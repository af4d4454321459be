using Extraction.Entities;
using Extraction.Text;

namespace Extraction.Tests.Entities;

/// <summary>Small hand-built models and token helpers for the tagger tests.</summary>
internal static class TaggerTestModels
{
    public const int Bits = 12;

    public static Token[] Tokens(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new Token[words.Length];
        int offset = 0;
        for (int i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token(TextSpan.FromLength(offset, words[i].Length), TokenKind.Word, words[i], words[i]);
            offset += words[i].Length + 1;
        }
        return tokens;
    }

    /// <summary>A model with seeded random weights over two types (PERS, ORG) and a few gazetteer keys (a surname with its stem, as the lexicon builder adds) a cluster and one word analysis.</summary>
    public static EntityTaggerModel Random(int seed, bool usesMorphology = false, bool usesDocumentMemory = false, bool usesStackedLabels = false)
    {
        var random = new Random(seed);
        string[] types = ["PERS", "ORG"];
        int labels = BilouLabels.Count(types.Length);
        int buckets = 1 << Bits;
        var dense = new float[buckets * labels];
        for (int i = 0; i < dense.Length; i++)
        {
            if (random.Next(4) == 0) dense[i] = (float)(random.NextDouble() * 2 - 1);
        }
        var pair = new float[labels * labels];
        for (int i = 0; i < pair.Length; i++) pair[i] = (float)random.NextDouble();
        var lexicon = new EntityLexicon(
            [[FeatureHashing.HashFolded("Петро")], [FeatureHashing.HashFolded("Коваленко"), FeatureHashing.HashFolded("Коваленк")], [], [], [], []],
            new Dictionary<ulong, int> { [FeatureHashing.HashFolded("київ")] = (3 << 16) | 17 },
            new Dictionary<ulong, EntityLexicon.WordAnalysis>
            {
                [FeatureHashing.HashFolded("києва")] = new(FeatureHashing.HashFolded("київ"), 42),
            });
        return new EntityTaggerModel(
            types,
            Bits,
            usesMorphology,
            lexicon,
            new BilouTransitions(types.Length, pair, new float[labels], new float[labels]),
            SparseLabelWeights.FromDense(dense, buckets, labels, 0),
            usesDocumentMemory,
            usesStackedLabels: usesStackedLabels);
    }
}
