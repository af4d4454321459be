using Extraction.Entities;
using Extraction.Text;

namespace Extraction.Training.Entities;

/// <summary>One sentence of an IOB2 file: its tokens and their tags (O, B-X, I-X).</summary>
internal sealed record IobSentence(string[] Words, string[] Tags)
{
    /// <summary>Tokens with synthetic spans, as if the words were joined by single spaces.</summary>
    public Token[] ToTokens()
    {
        var tokens = new Token[Words.Length];
        int offset = 0;
        for (int i = 0; i < Words.Length; i++)
        {
            string w = Words[i];
            tokens[i] = new Token(TextSpan.FromLength(offset, w.Length), TokenKind.Word, w, w);
            offset += w.Length + 1;
        }
        return tokens;
    }

    /// <summary>Tokens as <see cref="ToTokens()"/>, with the morphology stage's lemma, POS and features when <paramref name="morphology"/> is given.</summary>
    public Token[] ToTokens(Extraction.Morphology.MorphologyTagger? morphology)
    {
        var tokens = ToTokens();
        if (morphology is not null)
        {
            var workspace = t_workspace ??= new Extraction.Morphology.TaggerWorkspace();
            Extraction.Pipeline.MorphologyStage.Annotate(morphology, tokens, workspace);
        }
        return tokens;
    }

    [ThreadStatic]
    private static Extraction.Morphology.TaggerWorkspace? t_workspace;

    /// <summary>The gold spans: B-X starts a span; I-X continues one of the same type or, after anything else, starts one.</summary>
    public List<LabeledSpan> Spans()
    {
        var spans = new List<LabeledSpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= Tags.Length; i++)
        {
            string tag = i < Tags.Length ? Tags[i] : "O";
            bool begins = tag.StartsWith("B-", StringComparison.Ordinal);
            bool inside = tag.StartsWith("I-", StringComparison.Ordinal);
            string? tagType = begins || inside ? tag[2..] : null;
            if (type is not null && (!inside || tagType != type))
            {
                spans.Add(new LabeledSpan(start, i, type));
                type = null;
            }
            if (tagType is not null && type is null)
            {
                start = i;
                type = tagType;
            }
        }
        return spans;
    }

    /// <summary>Gold BILOU labels over <paramref name="typeNames"/>; unknown types count as O.</summary>
    public int[] BilouLabels(IReadOnlyList<string> typeNames)
    {
        var types = new int[Words.Length];
        var begins = new bool[Words.Length];
        Array.Fill(types, -1);
        foreach (var span in Spans())
        {
            int type = IndexOf(typeNames, span.Type);
            if (type < 0) continue;
            for (int i = span.Start; i < span.End; i++) types[i] = type;
            begins[span.Start] = true;
        }
        var labels = new int[Words.Length];
        Extraction.Entities.BilouLabels.FromBio(types, begins, labels);
        return labels;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }
}

/// <summary>A typed token span <c>[Start, End)</c>.</summary>
internal readonly record struct LabeledSpan(int Start, int End, string Type);

/// <summary>Reads CoNLL-style IOB2 files (<c>token SPACE tag</c> per line, blank lines between sentences).</summary>
internal static class IobCorpus
{
    public static List<IobSentence> Read(string path)
    {
        var sentences = new List<IobSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }
            int space = line.LastIndexOf(' ');
            if (space <= 0) throw new FormatException($"{Path.GetFileName(path)}: line '{line}' is not 'token tag'.");
            words.Add(line[..space]);
            tags.Add(line[(space + 1)..]);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count == 0) return;
            sentences.Add(new IobSentence([.. words], [.. tags]));
            words.Clear();
            tags.Clear();
        }
    }

    /// <summary>Sentences per stand-in document: the IOB files keep each document's sentences together but do not mark where one ends.</summary>
    public const int PseudoDocumentSize = 50;

    /// <summary>Runs of <see cref="PseudoDocumentSize"/> consecutive sentences as documents (the dev block size is a multiple, so none straddles train and dev).</summary>
    public static IEnumerable<(int Start, int Count)> PseudoDocuments(int sentences)
    {
        for (int start = 0; start < sentences; start += PseudoDocumentSize) yield return (start, Math.Min(PseudoDocumentSize, sentences - start));
    }

    /// <summary>
    /// Splits the training sentences into train and dev by contiguous blocks (train.iob has no document markers, and
    /// blocks of consecutive sentences keep most of a document on one side): every <paramref name="every"/>-th block is dev.
    /// </summary>
    public static (List<T> Train, List<T> Dev) SplitDev<T>(IReadOnlyList<T> all, int blockSize = 100, int every = 10)
    {
        var train = new List<T>();
        var dev = new List<T>();
        for (int i = 0; i < all.Count; i++)
        {
            int block = i / blockSize;
            (block % every == every - 1 ? dev : train).Add(all[i]);
        }
        return (train, dev);
    }
}
