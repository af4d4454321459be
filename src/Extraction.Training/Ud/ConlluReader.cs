using System.Text;

namespace Extraction.Training.Ud;

/// <summary>One syntactic word of a CoNLL-U sentence (a line with an integer id).</summary>
/// <param name="Form">The word form.</param>
/// <param name="Lemma">The lemma.</param>
/// <param name="Upos">The universal part-of-speech tag.</param>
/// <param name="Features">The morphological features, or <c>_</c>.</param>
public sealed record ConlluWord(string Form, string Lemma, string Upos, string Features);

/// <summary>
/// One surface token: either a plain word, or a multiword token (a <c>1-2</c> line) holding several words.
/// </summary>
/// <param name="Form">The surface form as it stands in the text.</param>
/// <param name="SpaceAfter">False when the token carries <c>SpaceAfter=No</c>.</param>
/// <param name="Words">The syntactic words the token is made of (one for a plain word).</param>
public sealed record ConlluToken(string Form, bool SpaceAfter, IReadOnlyList<ConlluWord> Words);

/// <summary>A CoNLL-U sentence with the document and paragraph markers that precede it.</summary>
/// <param name="Id">The <c># sent_id</c>, or an empty string.</param>
/// <param name="NewDocument">True when a <c># newdoc</c> comment precedes it (or it is the file's first sentence).</param>
/// <param name="NewParagraph">True when a <c># newpar</c> comment precedes it (or it starts a document).</param>
/// <param name="Tokens">The surface tokens.</param>
public sealed record ConlluSentence(string Id, bool NewDocument, bool NewParagraph, IReadOnlyList<ConlluToken> Tokens);

/// <summary>Reads CoNLL-U files (https://universaldependencies.org/format.html), keeping what tokenization needs.</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of the file at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FormatException">A token line has fewer than ten fields or a malformed id.</exception>
    public static IReadOnlyList<ConlluSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads every sentence from <paramref name="reader"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">A token line has fewer than ten fields or a malformed id.</exception>
    public static IReadOnlyList<ConlluSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConlluSentence>();
        var tokens = new List<ConlluToken>();
        bool newDoc = false, newPar = false;
        string id = "";
        int multiwordEnd = 0;
        string? multiwordForm = null;
        bool multiwordSpaceAfter = true;
        List<ConlluWord>? multiwordWords = null;
        int lineNumber = 0;

        void Finish()
        {
            if (tokens.Count == 0) return;
            bool first = sentences.Count == 0;
            sentences.Add(new ConlluSentence(id, newDoc || first, newPar || newDoc || first, tokens.ToArray()));
            tokens.Clear();
            newDoc = newPar = false;
            id = "";
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                Finish();
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal)) newDoc = true;
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) newPar = true;
                else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line["# sent_id = ".Length..].Trim();
                continue;
            }
            string[] fields = line.Split('\t');
            if (fields.Length < 10) throw new FormatException($"Line {lineNumber}: expected 10 tab-separated fields, found {fields.Length}.");
            string tokenId = fields[0];
            bool spaceAfter = !HasSpaceAfterNo(fields[9]);
            int dash = tokenId.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(tokenId.AsSpan(dash + 1), out multiwordEnd)) throw new FormatException($"Line {lineNumber}: bad range id '{tokenId}'.");
                multiwordForm = fields[1];
                multiwordSpaceAfter = spaceAfter;
                multiwordWords = [];
                continue;
            }
            if (tokenId.Contains('.')) continue; // empty nodes of the enhanced graph are not in the text
            if (!int.TryParse(tokenId, out int wordId)) throw new FormatException($"Line {lineNumber}: bad id '{tokenId}'.");
            var word = new ConlluWord(fields[1], fields[2], fields[3], fields[5]);
            if (multiwordWords is not null)
            {
                multiwordWords.Add(word);
                if (wordId >= multiwordEnd)
                {
                    tokens.Add(new ConlluToken(multiwordForm!, multiwordSpaceAfter, multiwordWords));
                    multiwordWords = null;
                }
                continue;
            }
            tokens.Add(new ConlluToken(word.Form, spaceAfter, [word]));
        }
        Finish();
        return sentences;
    }

    private static bool HasSpaceAfterNo(string misc)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part == "SpaceAfter=No") return true;
        }
        return false;
    }
}
