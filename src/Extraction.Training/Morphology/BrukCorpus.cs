using System.IO.Compression;
using Extraction.Text;

namespace Extraction.Training.Morphology;

/// <summary>One gold token: its form, lemma and VESUM tags (or UD part of speech for UD data).</summary>
internal readonly record struct GoldToken(string Form, string Lemma, string Tags);

/// <summary>A gold sentence of the BRUK corpus and the split of its document.</summary>
internal sealed record GoldSentence(string DocumentId, string Split, GoldToken[] Tokens);

/// <summary>Reads the BRUK disambiguated corpus (<c>bruk-disambig.tsv.gz</c>) with the split column of its documents file.</summary>
internal static class BrukCorpus
{
    /// <summary>Reads every sentence, tagged with its document's split (train, dev or test).</summary>
    public static List<GoldSentence> Read(string corpusPath, string documentsPath)
    {
        var splits = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(documentsPath).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length > 4) splits[columns[0]] = columns[4];
        }

        var sentences = new List<GoldSentence>();
        using var file = File.OpenRead(corpusPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        string documentId = "";
        var tokens = new List<GoldToken>();
        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new GoldSentence(documentId, splits.GetValueOrDefault(documentId, "unknown"), tokens.ToArray()));
            tokens.Clear();
        }
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (line.StartsWith("# doc_id = ", StringComparison.Ordinal))
            {
                Flush();
                documentId = line["# doc_id = ".Length..].Trim();
                continue;
            }
            if (line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length < 3) continue;
            tokens.Add(new GoldToken(columns[0], columns[1], columns[2]));
        }
        Flush();
        return sentences;
    }

    /// <summary>Reads a CoNLL-U file as sentences of (form, lemma, UPOS), skipping multiword-token and empty-node lines.</summary>
    public static List<GoldToken[]> ReadConllu(string path)
    {
        var sentences = new List<GoldToken[]>();
        var tokens = new List<GoldToken>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (tokens.Count > 0) sentences.Add(tokens.ToArray());
                tokens.Clear();
                continue;
            }
            if (line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length < 10 || columns[0].Contains('-') || columns[0].Contains('.')) continue;
            tokens.Add(new GoldToken(columns[1], columns[2], columns[3]));
        }
        if (tokens.Count > 0) sentences.Add(tokens.ToArray());
        return sentences;
    }

    /// <summary>Makes tokens from gold forms the way the tokenizer would classify them by their characters.</summary>
    public static Token[] ToTokens(IReadOnlyList<GoldToken> gold)
    {
        var tokens = new Token[gold.Count];
        int position = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            string form = gold[i].Form;
            string normalized = NormalizeApostrophes(form);
            tokens[i] = new Token(new TextSpan(position, position + form.Length), KindOf(form), form, normalized);
            position += form.Length + 1;
        }
        return tokens;
    }

    /// <summary>Unifies apostrophes to U+0027.</summary>
    public static string NormalizeApostrophes(string text) =>
        text.Replace('\u2019', '\'').Replace('\u02BC', '\'').Replace('`', '\'').Replace('\u2018', '\'');

    private static TokenKind KindOf(string form)
    {
        bool letter = false, digit = false, punctuation = true, symbol = true;
        foreach (char c in form)
        {
            if (char.IsLetter(c)) letter = true;
            if (char.IsDigit(c)) digit = true;
            if (!char.IsPunctuation(c)) punctuation = false;
            if (!char.IsSymbol(c)) symbol = false;
        }
        if (letter) return TokenKind.Word;
        if (digit) return TokenKind.Number;
        if (punctuation) return TokenKind.Punctuation;
        if (symbol) return TokenKind.Symbol;
        return TokenKind.Other;
    }
}
