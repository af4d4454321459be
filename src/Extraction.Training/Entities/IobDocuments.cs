using System.Text;

namespace Extraction.Training.Entities;

/// <summary>
/// Recovers where documents begin in a NER-UK IOB file, which has no document markers, by finding its sentences in the
/// brat texts of the same split. Each document's sentences are contiguous in the IOB file (in another order than the
/// split list), but the IOB sentence splitter sometimes glued a document's last sentence to the next one's title, so
/// such a sentence is found in no text: it stays with the document before it.
/// </summary>
internal static class IobDocuments
{
    /// <summary>How far past the current position a sentence may be found and still continue the same document.</summary>
    private const int MaxSkip = 200;

    /// <summary>
    /// The document index of each sentence (indices of <paramref name="texts"/>), or -1 before the first sentence that
    /// was found; each document is one contiguous run.
    /// </summary>
    public static int[] Assign(IReadOnlyList<IobSentence> sentences, IReadOnlyList<string> texts)
    {
        var normalized = texts.Select(t => Normalize(t)).ToArray();
        var used = new bool[texts.Count];
        var owner = new int[sentences.Count];
        int current = -1, position = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            string key = Normalize(string.Concat(sentences[s].Words));
            owner[s] = current;
            if (key.Length == 0) continue;
            if (current >= 0 && string.CompareOrdinal(normalized[current], position, key, 0, key.Length) == 0)
            {
                position += key.Length;
                continue;
            }
            int next = Find(normalized, used, key, start: true);
            if (next < 0 && current >= 0)
            {
                int at = normalized[current].IndexOf(key, position, StringComparison.Ordinal);
                if (at >= 0 && at - position <= MaxSkip)
                {
                    position = at + key.Length;
                    continue;
                }
            }
            if (next < 0) next = Find(normalized, used, key, start: false);
            if (next < 0) continue; // glued across a boundary or written differently: stays with the current document
            current = next;
            used[next] = true;
            position = normalized[next].IndexOf(key, StringComparison.Ordinal) + key.Length;
            owner[s] = current;
        }
        return owner;
    }

    /// <summary>Runs of consecutive sentences with the same owner as (start, count) documents; unowned leading sentences form one run.</summary>
    public static List<(int Start, int Count)> Runs(IReadOnlyList<int> owner)
    {
        var runs = new List<(int, int)>();
        int start = 0;
        for (int s = 1; s <= owner.Count; s++)
        {
            if (s == owner.Count || owner[s] != owner[s - 1])
            {
                runs.Add((start, s - start));
                start = s;
            }
        }
        return runs;
    }

    /// <summary>
    /// <see cref="Assign"/> for the sentences of a NER-UK <c>train.iob</c> (<paramref name="part"/> DEV) or <c>test.iob</c>
    /// (TEST), against the brat texts under <paramref name="bratFolder"/> of that part of <paramref name="splitFile"/>.
    /// </summary>
    public static int[] AssignFromBrat(IReadOnlyList<IobSentence> sentences, string bratFolder, string splitFile, string part)
    {
        var documents = BratCorpus.Read(bratFolder, BratCorpus.ReadSplit(splitFile, part));
        return Assign(sentences, documents.Select(d => d.Text).ToList());
    }

    /// <summary>Text without white space, apostrophe variants unified.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            builder.Append(c is '’' or 'ʼ' or '`' ? '\'' : c);
        }
        return builder.ToString();
    }

    private static int Find(string[] texts, bool[] used, string key, bool start)
    {
        for (int d = 0; d < texts.Length; d++)
        {
            if (used[d]) continue;
            if (start ? texts[d].StartsWith(key, StringComparison.Ordinal) : texts[d].Contains(key, StringComparison.Ordinal)) return d;
        }
        return -1;
    }
}
