namespace Extraction.Training.Entities;

/// <summary>One brat document: its raw text and gold spans as character offsets into that text.</summary>
internal sealed record BratDocument(string Id, string Text, IReadOnlyList<LabeledSpan> Spans);

/// <summary>
/// Reads NER-UK brat folders (<c>&lt;id&gt;.txt</c> + <c>&lt;id&gt;.ann</c>, fields separated by tabs or spaces),
/// optionally restricted to one part of the official <c>dev-test-split.txt</c>.
/// </summary>
internal static class BratCorpus
{
    /// <summary>Whether <paramref name="folder"/> holds brat annotation files, directly or one level down.</summary>
    public static bool IsBratFolder(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.ann", SearchOption.AllDirectories).Any();

    /// <summary>Reads every document under <paramref name="folder"/> whose id is in <paramref name="ids"/> (all when null).</summary>
    public static List<BratDocument> Read(string folder, IReadOnlySet<string>? ids)
    {
        var documents = new List<BratDocument>();
        foreach (string annPath in Directory.EnumerateFiles(folder, "*.ann", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(annPath);
            if (ids is not null && !ids.Contains(id)) continue;
            string textPath = Path.ChangeExtension(annPath, ".txt");
            if (!File.Exists(textPath)) continue;
            string text = File.ReadAllText(textPath);
            documents.Add(new BratDocument(id, text, ReadSpans(annPath, text)));
        }
        return documents;
    }

    /// <summary>The ids listed under <paramref name="part"/> (<c>DEV</c> or <c>TEST</c>) in a NER-UK split file.</summary>
    public static HashSet<string> ReadSplit(string splitFile, string part)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? current = null;
        foreach (string raw in File.ReadLines(splitFile))
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            if (line is "DEV" or "TEST") { current = line; continue; }
            if (string.Equals(current, part, StringComparison.OrdinalIgnoreCase)) ids.Add(line);
        }
        return ids;
    }

    private static List<LabeledSpan> ReadSpans(string annPath, string text)
    {
        var spans = new List<LabeledSpan>();
        foreach (string line in File.ReadLines(annPath))
        {
            // "T1<TAB>ORG<TAB>0<TAB>17<TAB>surface" or brat's own "T1<TAB>ORG 0 17<TAB>surface"; continuation lines of
            // a surface that spans a line break do not start with "T<n>".
            if (line.Length < 2 || line[0] != 'T' || !char.IsAsciiDigit(line[1])) continue;
            string[] fields = line.Split('\t', ' ');
            if (fields.Length < 4
                || !int.TryParse(fields[2], System.Globalization.CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(fields[3].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture, out int end)
                || start < 0 || end > text.Length || start >= end)
            {
                throw new InvalidDataException($"{annPath}: cannot read the annotation line '{line}'.");
            }
            spans.Add(new LabeledSpan(start, end, fields[1]));
        }
        return spans;
    }
}
